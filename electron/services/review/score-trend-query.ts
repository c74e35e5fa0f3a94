/**
 * Average scores per day, week or month, in the manager's time zone, for the team or one trainee:
 * the "each dimension over time" charts. The team's chart reads only a recent span unless the
 * filter names a start, so it stays quick over years of attempts; a trainee's covers all of theirs.
 */
import { sql } from 'kysely';
import { chartSpanProblem, defaultChartStart, earliestChartStart } from '../../../engine/review/chart-span';
import { ApiError, type ScoreTrend } from '@api';
import type { DaySpan, DayTotals } from './day-totals';
import { attemptConditions, scenarioCondition, type ReviewScope } from './review-scope';
import type { ReviewDb } from './review-schema';

export type TrendBucket = ScoreTrend['bucket'];

export interface ScoreTrendRequest {
  bucket: TrendBucket;
  timeZone: string;
  traineeName?: string;
}

interface PointRow {
  start: string;
  attempts: number;
  respect: number;
  helpfulness: number;
  empathy: number;
}

const STEP: Record<TrendBucket, string> = { day: '1 day', week: '1 week', month: '1 month' };

/** A trainee's chart starts at their first attempt. */
async function firstAttemptOf(db: ReviewDb, traineeName: string): Promise<Date | null> {
  const row = await db
    .selectFrom('attempts')
    .select('started_at')
    .where('trainee_name', '=', traineeName)
    .orderBy('started_at')
    .limit(1)
    .executeTakeFirst();
  return row?.started_at ?? null;
}

/** The buckets' first local days, numbered: both ways of counting place rows against them. */
function bucketStarts(request: ScoreTrendRequest, from: Date, to: Date) {
  return sql`starts as (
      select local_start, row_number() over (order by local_start)::int as n
      from generate_series(date_trunc(${request.bucket}, ${from}::timestamptz at time zone ${request.timeZone}),
                           ${to}::timestamptz at time zone ${request.timeZone}, ${STEP[request.bucket]}::interval) as local_start
    )`;
}

/**
 * From the attempts: each is placed by a binary search on the buckets' first instants
 * (width_bucket) rather than by converting every timestamp to the time zone, which PGlite does
 * slowly.
 */
async function fromAttempts(db: ReviewDb, scope: ReviewScope, request: ScoreTrendRequest, from: Date, to: Date) {
  const trainee = request.traineeName === undefined ? sql`true` : sql`a.trainee_name = ${request.traineeName}`;
  const { rows } = await sql<PointRow>`
    with ${bucketStarts(request, from, to)},
    bounds as (select array_agg(local_start at time zone ${request.timeZone} order by n) as b from starts),
    counted as (
      select width_bucket(a.started_at, (select b from bounds)) as n, count(*)::int as attempts,
        round(avg(a.respect))::int as respect, round(avg(a.helpfulness))::int as helpfulness, round(avg(a.empathy))::int as empathy
      from attempts a
      where ${attemptConditions({ ...scope, from, to })} and ${trainee} and a.status = 'finished' and a.respect is not null
      group by 1
    )
    select to_char(s.local_start, 'YYYY-MM-DD') as start, c.attempts, c.respect, c.helpfulness, c.empathy
    from counted c join starts s using (n)
    order by s.n`.execute(db);
  return rows;
}

/** From the day totals: the same figures, a few rows per day instead of one per attempt. */
async function fromDays(db: ReviewDb, scope: ReviewScope, request: ScoreTrendRequest, from: Date, to: Date, days: DaySpan) {
  const average = (d: string) => sql`round(sum(${sql.ref(`d.sum_${d}`)})::numeric / sum(d.scored))::int as ${sql.ref(d)}`;
  const { rows } = await sql<PointRow>`
    with ${bucketStarts(request, from, to)},
    bounds as (select array_agg(local_start::date order by n) as b from starts),
    counted as (
      select width_bucket(d.day, (select b from bounds)) as n, sum(d.scored)::int as attempts,
        ${average('respect')}, ${average('helpfulness')}, ${average('empathy')}
      from scenario_day_totals d
      where d.day >= ${days.fromDay}::date and d.day < ${days.toDay}::date and ${scenarioCondition(scope, sql`d.scenario_id`)}
      group by 1 having sum(d.scored) > 0
    )
    select to_char(s.local_start, 'YYYY-MM-DD') as start, c.attempts, c.respect, c.helpfulness, c.empathy
    from counted c join starts s using (n)
    order by s.n`.execute(db);
  return rows;
}

/** The chart's points: the team's from the day totals when the range is whole days, otherwise (and for a trainee) from the attempts. */
export async function loadScoreTrend(
  db: ReviewDb,
  scope: ReviewScope,
  request: ScoreTrendRequest,
  context: { now: Date; dayTotals: DayTotals },
): Promise<ScoreTrend> {
  const to = scope.to ?? context.now;
  // A span asked for is refused past the limit; one Rapport chose (a trainee's whole history) is shortened.
  const problem = scope.from && chartSpanProblem(scope.from, to);
  if (problem) throw new ApiError('invalid-argument', problem);
  const chosen =
    scope.from ??
    (request.traineeName === undefined
      ? defaultChartStart(to, request.bucket, request.timeZone)
      : await firstAttemptOf(db, request.traineeName));
  const from = chosen && new Date(Math.max(chosen.getTime(), earliestChartStart(to).getTime()));
  if (from === null || from >= to)
    return { bucket: request.bucket, from: (from ?? to).toISOString(), to: to.toISOString(), points: [] };
  let days: DaySpan | null = null;
  if (request.traineeName === undefined) {
    await context.dayTotals.useZone(request.timeZone);
    days = await context.dayTotals.spanOf(request.timeZone, from, to, scope.to === null);
  }
  const rows = days ? await fromDays(db, scope, request, from, to, days) : await fromAttempts(db, scope, request, from, to);
  return {
    bucket: request.bucket,
    from: from.toISOString(),
    to: to.toISOString(),
    points: rows.map((r) => ({
      start: r.start,
      attempts: r.attempts,
      averages: { respect: r.respect, helpfulness: r.helpfulness, empathy: r.empathy },
    })),
  };
}
