/**
 * Per-trainee sums over any time range, read mostly from the weekly totals: the whole weeks
 * inside the range come from `trainee_week_totals` (one row per trainee and week), and only the
 * days at each end from the attempts themselves. Exact for any range, in any time zone: the
 * weeks are those of the zone the totals count in, and the edges are cut at its week boundaries.
 * Used when no scenario, industry or kind of call narrows the attempts (the weeks hold all of a
 * trainee's scenarios together).
 */
import { sql, type RawBuilder } from 'kysely';
import type { ReviewDb } from './review-schema';
import type { TraineeAggregateRow } from './trainee-aggregates';

/** A time range; null ends are open. */
export interface TimeRange {
  from: Date | null;
  to: Date | null;
}

interface WeekSplit {
  /** Whole weeks `[fromWeek, toWeek)` by their Mondays, or null when the range holds none. */
  weeks: { fromWeek: string | null; toWeek: string | null } | null;
  /** The parts of the range outside those weeks. */
  edges: TimeRange[];
}

/** Cuts the range at the first and last week boundary inside it, in `zone`. */
async function splitIntoWeeks(db: ReviewDb, zone: string, range: TimeRange): Promise<WeekSplit> {
  const { rows } = await sql<{ ws_day: string | null; ws_at: Date | null; we_day: string | null; we_at: Date | null }>`
    select to_char(ws, 'YYYY-MM-DD') as ws_day, ws at time zone ${zone} as ws_at, to_char(we, 'YYYY-MM-DD') as we_day, we at time zone ${zone} as we_at
    from (select date_trunc('week', (${range.from}::timestamptz at time zone ${zone}) + interval '1 week' - interval '1 microsecond') as ws,
                 date_trunc('week', ${range.to}::timestamptz at time zone ${zone}) as we) bounds`.execute(db);
  const b = rows[0]!;
  const noWholeWeek = b.ws_at !== null && b.we_at !== null && b.ws_at >= b.we_at;
  if (noWholeWeek) return { weeks: null, edges: [range] };
  const edges: TimeRange[] = [];
  if (range.from !== null) edges.push({ from: range.from, to: b.ws_at });
  if (range.to !== null) edges.push({ from: b.we_at, to: range.to });
  return { weeks: { fromWeek: b.ws_day, toWeek: b.we_day }, edges };
}

function edgeCondition(edges: TimeRange[]): RawBuilder<unknown> {
  if (edges.length === 0) return sql`false`;
  const one = (e: TimeRange) =>
    sql`(${e.from === null ? sql`true` : sql`a.started_at >= ${e.from}`} and ${e.to === null ? sql`true` : sql`a.started_at < ${e.to}`})`;
  return sql`(${sql.join(edges.map(one), sql` or `)})`;
}

/**
 * TraineeAggregateRow for every trainee with attempts in the range (or only `traineeNames`);
 * scenarios_completed is left null: weeks do not say which scenarios were finished.
 */
export async function weekRangeSums(
  db: ReviewDb,
  zone: string,
  range: TimeRange,
  traineeNames?: string[],
): Promise<RawBuilder<TraineeAggregateRow>> {
  const split = await splitIntoWeeks(db, zone, range);
  const trainees = (column: string) =>
    traineeNames === undefined ? sql`true` : sql`${sql.ref(column)} = any(${traineeNames}::text[])`;
  const weeks = split.weeks;
  const weekRows = weeks
    ? sql`select trainee_name, attempts, finished, scored, sum_respect, sum_helpfulness, sum_empathy, first_active, last_active
          from trainee_week_totals
          where ${weeks.fromWeek === null ? sql`true` : sql`week >= ${weeks.fromWeek}::date`}
            and ${weeks.toWeek === null ? sql`true` : sql`week < ${weeks.toWeek}::date`} and ${trainees('trainee_name')}`
    : sql`select null::text as trainee_name, 0::bigint as attempts, 0::bigint as finished, 0::bigint as scored,
            0::bigint as sum_respect, 0::bigint as sum_helpfulness, 0::bigint as sum_empathy,
            null::timestamptz as first_active, null::timestamptz as last_active
          where false`;
  const scored = sql`a.status = 'finished' and a.respect is not null`;
  return sql<TraineeAggregateRow>`
    select trainee_name, sum(attempts)::int as attempts, sum(finished)::int as finished, sum(scored)::int as scored,
      sum(sum_respect)::float8 as sum_respect, sum(sum_helpfulness)::float8 as sum_helpfulness, sum(sum_empathy)::float8 as sum_empathy,
      null::int as scenarios_completed, min(first_active) as first_active, max(last_active) as last_active
    from (
      ${weekRows}
      union all
      select a.trainee_name, count(*), count(*) filter (where a.status = 'finished'), count(*) filter (where ${scored}),
        coalesce(sum(a.respect) filter (where ${scored}), 0), coalesce(sum(a.helpfulness) filter (where ${scored}), 0),
        coalesce(sum(a.empathy) filter (where ${scored}), 0), min(a.started_at), max(greatest(a.started_at, a.finished_at))
      from attempts a where ${edgeCondition(split.edges)} and ${trainees('a.trainee_name')}
      group by a.trainee_name
    ) parts
    group by trainee_name`;
}
