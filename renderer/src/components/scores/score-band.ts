/** Score bands used for colour and wording, so a score never relies on colour alone. */
export type ScoreBand = 'strong' | 'fair' | 'weak';

/** Scores below this are weak ("needs work"); from it up to STRONG_FROM they are fair. */
export const WEAK_BELOW = 40;
export const STRONG_FROM = 70;

export function scoreBand(score: number): ScoreBand {
  if (score >= STRONG_FROM) return 'strong';
  if (score >= WEAK_BELOW) return 'fair';
  return 'weak';
}

export const BAND_LABEL: Record<ScoreBand, string> = { strong: 'strong', fair: 'fair', weak: 'needs work' };
