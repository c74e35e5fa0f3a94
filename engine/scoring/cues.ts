import type { Cue } from './cue';
import { EMPATHY_CUES } from './empathy-cues';
import { HELPFULNESS_CUES } from './helpfulness-cues';
import { RESPECT_CUES } from './respect-cues';

export type { Cue };

/** Every cue the scorer listens for, by dimension. */
export const CUES: Cue[] = [...RESPECT_CUES, ...EMPATHY_CUES, ...HELPFULNESS_CUES];
