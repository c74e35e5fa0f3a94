/**
 * The trend arrows read from the database: for each trainee on screen, the averages of their
 * finished attempts in the two trend windows (engine/review/dimension-trend.ts says which windows
 * and how a change is judged). The windows follow the filter's scenarios; only the trainees shown
 * are read, through the per-trainee index.
 */
import { sql } from 'kysely';
import { NO_TREND, trendsOf, type DimensionTrend, type TrendWindows } from '../../../engine/review/dimension-trend';
import { DIMENSIONS, type Dimension } from '../../../engine/scenario/format';
import { scenarioCondition, type ReviewScope } from './review-scope';
import type { ReviewDb } from './review-schema';
import { weekRangeSums, type TimeRange } from './week-range-sums';

export type TraineeTrends = Map<string, Record<Dimension, DimensionTrend>>;

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
    for (const name of traineeNames) trends.set(name, trendsOf(recent.get(name) ?? null, previous.get(name) ?? null));
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
  const windowOf = (row: WindowRow, window: 'recent' | 'previous') =>
    Object.fromEntries(DIMENSIONS.map((d) => [d, row[`${d}_${window}`]])) as Record<Dimension, number | null>;
  for (const row of rows) trends.set(row.trainee_name, trendsOf(windowOf(row, 'recent'), windowOf(row, 'previous')));
  return trends;
}
