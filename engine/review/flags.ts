/**
 * The manager's flags: a trainee is flagged on a dimension when their average there is below the
 * threshold the manager set. A threshold of null turns that flag off; a trainee with no finished
 * attempt has no average and is never flagged.
 */
import { DIMENSIONS, type Dimension, type Scores } from '../scenario/format';

/** The lowest acceptable average per dimension; null: not flagged on that dimension. */
export type ReviewThresholds = Record<Dimension, number | null>;

/** Below 60 on any dimension is worth a manager's look until they choose otherwise. */
export const DEFAULT_THRESHOLDS: ReviewThresholds = { respect: 60, helpfulness: 60, empathy: 60 };

/** Whether an average is below its threshold. */
export function isBelowThreshold(average: number | null, threshold: number | null): boolean {
  return average !== null && threshold !== null && average < threshold;
}

/** The dimensions flagged for these averages, in the usual dimension order. */
export function flaggedDimensions(averages: Scores | null, thresholds: ReviewThresholds): Dimension[] {
  return DIMENSIONS.filter((d) => isBelowThreshold(averages?.[d] ?? null, thresholds[d]));
}
