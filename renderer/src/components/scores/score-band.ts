/** Score bands used for colour and wording, so a score never relies on colour alone. */
import type { ScoreBand } from '../../../../engine/review/score-bands';

// The bands are the reports' own (engine/review/score-bands.ts): a colour always agrees with the distribution chart.
export { scoreBand, STRONG_FROM, WEAK_BELOW, type ScoreBand } from '../../../../engine/review/score-bands';

export const BAND_LABEL: Record<ScoreBand, string> = { strong: 'strong', fair: 'fair', weak: 'needs work' };
