/** Score bands used for colour and wording, so a score never relies on colour alone. */
export type ScoreBand = 'strong' | 'fair' | 'weak';

export function scoreBand(score: number): ScoreBand {
  if (score >= 70) return 'strong';
  if (score >= 40) return 'fair';
  return 'weak';
}

export const BAND_LABEL: Record<ScoreBand, string> = { strong: 'strong', fair: 'fair', weak: 'needs work' };
