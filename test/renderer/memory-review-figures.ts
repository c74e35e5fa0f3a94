/**
 * The manager's reports over attempts held in memory, for the renderer tests' in-memory Api. The
 * rules themselves (what a filter covers, averages, trend windows and arrows, flags) are the
 * services' own, from engine/review; only the counting over a list of attempts is written here.
 * test/contract/review-contract.ts holds this double and the services to the same answers.
 */
import type { AttemptDetail, ReviewFilter, ReviewThresholds, TeamOverviewRow } from '@api';
import { averageScores, countsTowardsAverages } from '../../engine/review/averages';
import { trendsOf, trendWindows as windowsEnding, type TrendWindows } from '../../engine/review/dimension-trend';
import { flaggedDimensions } from '../../engine/review/flags';
import { isOfKind, startedWithin } from '../../engine/review/review-filter';
import type { Scenario, Scores } from '../../engine/scenario/format';

export function inScope(attempt: AttemptDetail, filter: ReviewFilter, scenarios: Map<string, Scenario>): boolean {
  if (!startedWithin(attempt.startedAt, filter)) return false;
  if (filter.scenarioId && attempt.scenarioId !== filter.scenarioId) return false;
  const scenario = scenarios.get(attempt.scenarioId);
  if ((filter.industry || filter.channel) && !(scenario && isOfKind(scenario, filter))) return false;
  return true;
}

export const scoredFinished = (a: AttemptDetail): a is AttemptDetail & { scores: Scores } => countsTowardsAverages(a);

/** Whole-point averages of the finished attempts' scores; null for none. */
export function averagesOf(attempts: readonly AttemptDetail[]): Scores | null {
  return averageScores(attempts.filter(scoredFinished).map((a) => a.scores));
}

export function trendWindows(filter: ReviewFilter, now: Date): TrendWindows {
  return windowsEnding(filter.to ? new Date(filter.to) : null, now);
}

/** One trainee's dashboard row from their attempts under the filter (trend windows from all their attempts). */
export function traineeRow(
  traineeName: string,
  mine: readonly AttemptDetail[],
  trendSource: readonly AttemptDetail[],
  thresholds: ReviewThresholds,
  windows: TrendWindows,
): TeamOverviewRow & { firstActive: string } {
  const averages = averagesOf(mine);
  const within = (from: Date, to: Date) =>
    trendSource.filter((a) => a.startedAt >= from.toISOString() && a.startedAt < to.toISOString());
  const recent = averagesOf(within(windows.middle, windows.to));
  const previous = averagesOf(within(windows.from, windows.middle));
  const activity = mine.flatMap((a) => [a.startedAt, ...(a.finishedAt ? [a.finishedAt] : [])]).sort();
  return {
    traineeName,
    attempts: mine.length,
    finishedAttempts: mine.filter((a) => a.status === 'finished').length,
    averages,
    trend: trendsOf(recent, previous),
    scenariosCompleted: new Set(mine.filter((a) => a.status === 'finished').map((a) => a.scenarioId)).size,
    lastActive: activity.at(-1)!,
    firstActive: [...mine].map((a) => a.startedAt).sort()[0]!,
    flagged: flaggedDimensions(averages, thresholds),
  };
}

/** Groups by a key, keeping first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
