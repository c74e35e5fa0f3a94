import type { AttemptSummary } from '@api';
import { DIMENSIONS, type Scores } from '../../../../engine/scenario/format';
import { plural } from '../common/plural';

/** One point on the progress chart: a finished attempt with scores, oldest first. */
export interface TrendPoint extends Scores {
  label: string;
  attemptId: string;
}

/**
 * Only finished attempts, as the Team report counts them: an unfinished retry holds the scores of
 * a turn or two (or one copied turn) and would chart as a fall that never happened.
 */
export function trendPoints(attempts: readonly AttemptSummary[]): TrendPoint[] {
  return attempts
    .filter((a): a is AttemptSummary & { scores: Scores } => a.status === 'finished' && a.scores !== null && a.turnCount > 0)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    .map((a, i) => ({ ...a.scores, attemptId: a.id, label: `#${i + 1}` }));
}

/**
 * The chart in words, for screen readers and anyone who prefers text: where each score started,
 * where it is now, and the direction.
 */
export function trendSummary(points: readonly TrendPoint[]): string {
  if (points.length === 0) return 'No scored attempts yet.';
  const last = points[points.length - 1]!;
  if (points.length === 1) {
    return `One scored attempt: respect ${last.respect}, helpfulness ${last.helpfulness}, empathy ${last.empathy}.`;
  }
  const first = points[0]!;
  const parts = DIMENSIONS.map((d) => {
    const change = last[d] - first[d];
    const direction = change > 0 ? `up ${change}` : change < 0 ? `down ${-change}` : 'unchanged';
    return `${d} ${first[d]} to ${last[d]} (${direction})`;
  });
  return `Over ${plural(points.length, 'scored attempt')}, from first to latest: ${parts.join(', ')}.`;
}
