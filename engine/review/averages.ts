/**
 * How the manager's reports average scores: over finished attempts with scores only, to whole
 * points, halves rounded up (as Postgres rounds a positive numeric). Every average a report shows
 * is made this way, whether a service sums rows in SQL or the test double sums attempts in memory.
 */
import { DIMENSIONS, type Dimension, type Scores } from '../scenario/format';

/** The whole-point average of a total over `count` items; null for none. */
export function wholePointAverage(total: number, count: number): number | null {
  return count === 0 ? null : Math.round(total / count);
}

/** Whole-point averages of score sets per dimension; null for none. */
export function averageScores(scores: readonly Scores[]): Scores | null {
  if (scores.length === 0) return null;
  const average = (d: Dimension) =>
    wholePointAverage(
      scores.reduce((sum, s) => sum + s[d], 0),
      scores.length,
    )!;
  return Object.fromEntries(DIMENSIONS.map((d) => [d, average(d)])) as Scores;
}

/** Whether an attempt counts towards averages: finished, with scores. */
export function countsTowardsAverages<A extends { status: string; scores: Scores | null }>(
  attempt: A,
): attempt is A & { scores: Scores } {
  return attempt.status === 'finished' && attempt.scores !== null;
}
