/**
 * The score bands every report and colour uses: weak below 40, fair below 70, strong from 70; and
 * the ten 10-point bins of a scenario's histogram (90–100 is the last).
 */

export const WEAK_BELOW = 40;
export const STRONG_FROM = 70;

export type ScoreBand = 'weak' | 'fair' | 'strong';

export const SCORE_BANDS: readonly ScoreBand[] = ['weak', 'fair', 'strong'];

/** The band of a score (0–100). */
export function scoreBand(score: number): ScoreBand {
  return score < WEAK_BELOW ? 'weak' : score < STRONG_FROM ? 'fair' : 'strong';
}

export const HISTOGRAM_BINS = 10;

/** The histogram bin of a whole-point score: 0 for 0–9 … 9 for 90–100. */
export function histogramBin(score: number): number {
  return Math.min(HISTOGRAM_BINS - 1, Math.floor(score / 10));
}
