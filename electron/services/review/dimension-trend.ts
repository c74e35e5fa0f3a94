/**
 * The trend arrows: for each trainee on screen, the average of their finished attempts in the last
 * 30 days against the 30 days before, per dimension. The windows end where the filter ends (or now)
 * and follow its scenarios; only the trainees shown are read, through the per-trainee index.
 */
import { sql } from 'kysely';
import { DIMENSIONS, type Dimension } from '../../../engine/scenario/format';
import type { DimensionTrend } from '@api';
import { scenarioCondition, type ReviewScope } from './review-scope';
import type { ReviewDb } from './review-schema';
import { weekRangeSums, type TimeRange } from './week-range-sums';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Changes smaller than this are noise from one conversation to the next, not a trend. */
export const STEADY_WITHIN = 3;

export interface TrendWindows {
  from: Date;
  middle: Date;
  to: Date;
}

export function trendWindows(scope: ReviewScope, now: Date): TrendWindows {
  const to = scope.to ?? now;
  return { from: new Date(to.getTime() - 60 * DAY_MS), middle: new Date(to.getTime() - 30 * DAY_MS), to };
}

/** A dimension's trend from its two window averages. */
export function dimensionTrend(recent: number | null, previous: number | null): DimensionTrend {
  if (recent === null || previous === null) return { recent, previous, change: null, direction: 'unknown' };
  const change = recent - previous;
  const direction = change >= STEADY_WITHIN ? 'up' : change <= -STEADY_WITHIN ? 'down' : 'steady';
  return { recent, previous, change, direction };
}

export type TraineeTrends = Map<string, Record<Dimension, DimensionTrend>>;

export const NO_TREND: Record<Dimension, DimensionTrend> = {
  respect: dimensionTrend(null, null),
  helpfulness: dimensionTrend(null, null),
  empathy: dimensionTrend(null, null),
};

type WindowRow = { trainee_name: string } & Record<`${Dimension}_${'recent' | 'previous'}`, number | null>;

/** Each named trainee's whole-point averages over finished attempts in a window, from the weekly totals. */
async function windowAverages(db: ReviewDb, zone: string, window: TimeRange, traineeNames: string[]) {
  const sums = await weekRangeSums(db, zone, window, traineeNames);
  const average = (d: Dimension) => sql`round(${sql.ref(`sum_${d}`)}::numeric / nullif(scored, 0))::int as ${sql.ref(d)}`;
  const { rows } = await sql<{ trainee_name: string } & Record<Dimension, number | null>>`
    select trainee_name, ${sql.join(DIMENSIONS.map(average))} from (${sums}) s`.execute(db);
  return new Map(rows.map((r) => [r.trainee_name, r]));
}

/**
 * The trends of the named trainees; a trainee with no finished attempt in a window gets an
 * unknown trend. Without a scenario filter the weekly totals answer; with one, the trainees'
 * attempts in the windows are read through the per-trainee index.
 */
export async function loadTrends(
  db: ReviewDb,
  scope: ReviewScope,
  windows: TrendWindows,
  traineeNames: string[],
  zone: string,
): Promise<TraineeTrends> {
  const trends: TraineeTrends = new Map(traineeNames.map((name) => [name, NO_TREND]));
  if (traineeNames.length === 0) return trends;
  if (scope.scenarioIds === null) {
    const [recent, previous] = await Promise.all([
      windowAverages(db, zone, { from: windows.middle, to: windows.to }, traineeNames),
      windowAverages(db, zone, { from: windows.from, to: windows.middle }, traineeNames),
    ]);
    for (const name of traineeNames) {
      const trend = Object.fromEntries(
        DIMENSIONS.map((d) => [d, dimensionTrend(recent.get(name)?.[d] ?? null, previous.get(name)?.[d] ?? null)]),
      );
      trends.set(name, trend as Record<Dimension, DimensionTrend>);
    }
    return trends;
  }
  const columns = DIMENSIONS.map(
    (d) =>
      sql`round(avg(${sql.ref(d)}) filter (where started_at >= ${windows.middle}))::int as ${sql.ref(`${d}_recent`)},
          round(avg(${sql.ref(d)}) filter (where started_at < ${windows.middle}))::int as ${sql.ref(`${d}_previous`)}`,
  );
  const { rows } = await sql<WindowRow>`
    select trainee_name, ${sql.join(columns)}
    from attempts
    where trainee_name = any(${traineeNames}::text[]) and started_at >= ${windows.from} and started_at < ${windows.to}
      and status = 'finished' and respect is not null and ${scenarioCondition(scope)}
    group by trainee_name`.execute(db);
  for (const row of rows) {
    const trend = Object.fromEntries(DIMENSIONS.map((d) => [d, dimensionTrend(row[`${d}_recent`], row[`${d}_previous`])]));
    trends.set(row.trainee_name, trend as Record<Dimension, DimensionTrend>);
  }
  return trends;
}
