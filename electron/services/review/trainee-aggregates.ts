/**
 * Per-trainee sums under a scope, the base of the dashboard and the trainee page: from the
 * running totals kept by triggers (all time per trainee and scenario, or per trainee and week),
 * or from the attempts themselves when the totals cannot say.
 */
import { sql, type RawBuilder } from 'kysely';
import { attemptConditions, isDated, scenarioCondition, type ReviewScope } from './review-scope';
import type { ReviewDb } from './review-schema';
import { weekRangeSums } from './week-range-sums';

/** Columns of every aggregate row; the two sources below produce exactly these. */
export interface TraineeAggregateRow {
  trainee_name: string;
  attempts: number;
  finished: number;
  scored: number;
  sum_respect: number;
  sum_helpfulness: number;
  sum_empathy: number;
  /** Null when read from the weekly totals (see scenariosCompleted). */
  scenarios_completed: number | null;
  first_active: Date;
  last_active: Date;
}

function fromTotals(scope: ReviewScope, trainee: RawBuilder<unknown>): RawBuilder<TraineeAggregateRow> {
  return sql<TraineeAggregateRow>`
    select trainee_name,
      sum(attempts)::int as attempts, sum(finished)::int as finished, sum(scored)::int as scored,
      sum(sum_respect)::float8 as sum_respect, sum(sum_helpfulness)::float8 as sum_helpfulness,
      sum(sum_empathy)::float8 as sum_empathy,
      (count(*) filter (where finished > 0))::int as scenarios_completed,
      min(first_active) as first_active, max(last_active) as last_active
    from trainee_scenario_totals
    where ${scenarioCondition(scope)} and ${trainee}
    group by trainee_name`;
}

function fromAttempts(scope: ReviewScope, trainee: RawBuilder<unknown>): RawBuilder<TraineeAggregateRow> {
  const scored = sql`a.status = 'finished' and a.respect is not null`;
  return sql<TraineeAggregateRow>`
    select trainee_name,
      sum(n)::int as attempts, sum(finished)::int as finished, sum(scored)::int as scored,
      sum(sum_respect)::float8 as sum_respect, sum(sum_helpfulness)::float8 as sum_helpfulness,
      sum(sum_empathy)::float8 as sum_empathy,
      (count(*) filter (where finished > 0))::int as scenarios_completed,
      min(first_active) as first_active, max(last_active) as last_active
    from (
      select a.trainee_name, a.scenario_id, count(*) as n,
        count(*) filter (where a.status = 'finished') as finished,
        count(*) filter (where ${scored}) as scored,
        coalesce(sum(a.respect) filter (where ${scored}), 0) as sum_respect,
        coalesce(sum(a.helpfulness) filter (where ${scored}), 0) as sum_helpfulness,
        coalesce(sum(a.empathy) filter (where ${scored}), 0) as sum_empathy,
        min(a.started_at) as first_active, max(greatest(a.started_at, a.finished_at)) as last_active
      from attempts a
      where ${attemptConditions(scope)} and ${trainee}
      group by a.trainee_name, a.scenario_id
    ) per_scenario
    group by trainee_name`;
}

export interface AggregateOptions {
  traineeName?: string;
  /** The zone the weekly totals count weeks in (see day-totals.ts). */
  zone: string;
  /** Sorting by scenarios completed needs them for every trainee, which only the attempts can say for a date range. */
  needScenariosCompleted: boolean;
}

/**
 * A select of TraineeAggregateRow for every trainee with attempts in the scope, or only
 * `traineeName`. Averages are over finished attempts with scores: sum_x / scored. Without dates
 * the all-time totals answer; between dates the weekly totals do (scenarios_completed is then
 * null, to be filled for the rows shown by `scenariosCompleted`), unless the scope narrows the
 * scenarios or every row needs scenarios completed: then the attempts in the range are read.
 */
export async function traineeAggregates(
  db: ReviewDb,
  scope: ReviewScope,
  options: AggregateOptions,
): Promise<RawBuilder<TraineeAggregateRow>> {
  const { traineeName } = options;
  const trainee = traineeName === undefined ? sql`true` : sql`trainee_name = ${traineeName}`;
  if (!isDated(scope)) return fromTotals(scope, trainee);
  if (scope.scenarioIds === null && !options.needScenariosCompleted) {
    return weekRangeSums(db, options.zone, scope, traineeName === undefined ? undefined : [traineeName]);
  }
  return fromAttempts(scope, trainee);
}

/** Distinct scenarios each named trainee finished in the scope: the column the weekly totals cannot give. */
export async function scenariosCompleted(db: ReviewDb, scope: ReviewScope, traineeNames: string[]): Promise<Map<string, number>> {
  if (traineeNames.length === 0) return new Map();
  const { rows } = await sql<{ trainee_name: string; completed: number }>`
    select a.trainee_name, count(distinct a.scenario_id)::int as completed
    from attempts a
    where a.trainee_name = any(${traineeNames}::text[]) and a.status = 'finished' and ${attemptConditions(scope)}
    group by a.trainee_name`.execute(db);
  return new Map(rows.map((r) => [r.trainee_name, r.completed]));
}

/** `round(sum / scored)` as a whole-point average, half away from zero like Math.round on positives. */
export function averageOf(sum: string, count = 'scored'): RawBuilder<number | null> {
  return sql<number | null>`round(${sql.ref(sum)}::numeric / nullif(${sql.ref(count)}, 0))::int`;
}

/** The team's whole-point averages under the scope (finished attempts), for comparing one trainee with. */
export async function teamAverages(db: ReviewDb, scope: ReviewScope, zone: string) {
  const sums = await traineeAggregates(db, scope, { zone, needScenariosCompleted: false });
  const average = (d: string) => sql`round(sum(${sql.ref(`sum_${d}`)})::numeric / nullif(sum(scored), 0))::int as ${sql.ref(d)}`;
  const { rows } = await sql<{ respect: number | null; helpfulness: number | null; empathy: number | null }>`
    select ${average('respect')}, ${average('helpfulness')}, ${average('empathy')} from (${sums}) s`.execute(db);
  return rows[0]!;
}
