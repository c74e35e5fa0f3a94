/**
 * The arithmetic of the manager's reports over attempts held in memory, for the renderer tests'
 * in-memory Api: which attempts a filter covers, averages over finished attempts, 30-day trends,
 * flags. Written plainly from the Api's documented rules, not from the SQL, so the two can disagree.
 */
import type { AttemptDetail, DimensionTrend, ReviewFilter, ReviewThresholds, TeamOverviewRow } from '@api';
import { DIMENSIONS, type Dimension, type Scenario, type Scores } from '../../engine/scenario/format';

const DAY_MS = 86_400_000;

export function inScope(attempt: AttemptDetail, filter: ReviewFilter, scenarios: Map<string, Scenario>): boolean {
  if (filter.from && attempt.startedAt < new Date(filter.from).toISOString()) return false;
  if (filter.to && attempt.startedAt >= new Date(filter.to).toISOString()) return false;
  if (filter.scenarioId && attempt.scenarioId !== filter.scenarioId) return false;
  const scenario = scenarios.get(attempt.scenarioId);
  if (filter.industry && scenario?.industry !== filter.industry) return false;
  if (filter.channel && scenario?.channel !== filter.channel) return false;
  return true;
}

export const scoredFinished = (a: AttemptDetail): a is AttemptDetail & { scores: Scores } =>
  a.status === 'finished' && a.scores !== null;

/** Whole-point averages of the attempts' scores; null for none. */
export function averagesOf(attempts: readonly AttemptDetail[]): Scores | null {
  const scored = attempts.filter(scoredFinished);
  if (scored.length === 0) return null;
  const avg = (d: Dimension) => Math.round(scored.reduce((n, a) => n + a.scores[d], 0) / scored.length);
  return { respect: avg('respect'), helpfulness: avg('helpfulness'), empathy: avg('empathy') };
}

export function trendWindows(filter: ReviewFilter, now: Date) {
  const to = filter.to ? new Date(filter.to) : now;
  return { from: new Date(to.getTime() - 60 * DAY_MS), middle: new Date(to.getTime() - 30 * DAY_MS), to };
}

function trendOf(recent: number | null, previous: number | null): DimensionTrend {
  if (recent === null || previous === null) return { recent, previous, change: null, direction: 'unknown' };
  const change = recent - previous;
  return { recent, previous, change, direction: change >= 3 ? 'up' : change <= -3 ? 'down' : 'steady' };
}

/** One trainee's dashboard row from their attempts under the filter (trend windows from all their attempts). */
export function traineeRow(
  traineeName: string,
  mine: readonly AttemptDetail[],
  trendSource: readonly AttemptDetail[],
  thresholds: ReviewThresholds,
  windows: ReturnType<typeof trendWindows>,
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
    trend: Object.fromEntries(
      DIMENSIONS.map((d) => [d, trendOf(recent?.[d] ?? null, previous?.[d] ?? null)]),
    ) as TeamOverviewRow['trend'],
    scenariosCompleted: new Set(mine.filter((a) => a.status === 'finished').map((a) => a.scenarioId)).size,
    lastActive: activity.at(-1)!,
    firstActive: [...mine].map((a) => a.startedAt).sort()[0]!,
    flagged: DIMENSIONS.filter((d) => averages !== null && thresholds[d] !== null && averages[d] < thresholds[d]!),
  };
}

/** Groups by a key, keeping first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** The calendar day of an instant in a time zone, `YYYY-MM-DD`. */
export function localDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** The first day of the day's week (Monday) or month. */
export function bucketStart(day: string, bucket: 'day' | 'week' | 'month'): string {
  if (bucket === 'day') return day;
  if (bucket === 'month') return `${day.slice(0, 8)}01`;
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}
