/**
 * How the team's finished attempts spread over weak, fair and strong, per scenario and dimension:
 * the "distribution of scores per scenario" chart. Bands match the score colours everywhere else
 * (weak < 40 ≤ fair < 70 ≤ strong). The running totals already hold the counts.
 */
import { sql } from 'kysely';
import { SCORE_BANDS, STRONG_FROM, WEAK_BELOW, type ScoreBand } from '../../../engine/review/score-bands';
import { DIMENSIONS, type Dimension } from '../../../engine/scenario/format';
import type { ScenarioDistribution, ScoreBands } from '@api';
import type { DaySpan } from './day-totals';
import { attemptConditions, isDated, scenarioCondition, type ReviewScope } from './review-scope';
import type { ReviewDb } from './review-schema';
import type { ScenarioCatalogue } from './scenario-catalogue';

type BandRow = { scenario_id: string; finished: number } & Record<`${Dimension}_${keyof ScoreBands}`, number>;

function fromTotals(scope: ReviewScope) {
  const sums = DIMENSIONS.flatMap((d) =>
    SCORE_BANDS.map((b) => sql`sum(${sql.ref(`${d}_${b}`)})::int as ${sql.ref(`${d}_${b}`)}`),
  );
  return sql<BandRow>`
    select scenario_id, sum(scored)::int as finished, ${sql.join(sums)}
    from trainee_scenario_totals where ${scenarioCondition(scope)}
    group by scenario_id having sum(scored) > 0`;
}

function fromDays(scope: ReviewScope, days: DaySpan) {
  const sums = DIMENSIONS.flatMap((d) =>
    SCORE_BANDS.map((b) => sql`sum(${sql.ref(`${d}_${b}`)})::int as ${sql.ref(`${d}_${b}`)}`),
  );
  return sql<BandRow>`
    select scenario_id, sum(scored)::int as finished, ${sql.join(sums)}
    from scenario_day_totals
    where ${scenarioCondition(scope)} and ${days.fromDay === null ? sql`true` : sql`day >= ${days.fromDay}::date`}
      and ${days.toDay === null ? sql`true` : sql`day < ${days.toDay}::date`}
    group by scenario_id having sum(scored) > 0`;
}

function fromAttempts(scope: ReviewScope) {
  const band = (d: Dimension, b: ScoreBand) => {
    const column = sql.ref(`a.${d}`);
    const test =
      b === 'weak'
        ? sql`${column} < ${sql.lit(WEAK_BELOW)}`
        : b === 'fair'
          ? sql`${column} >= ${sql.lit(WEAK_BELOW)} and ${column} < ${sql.lit(STRONG_FROM)}`
          : sql`${column} >= ${sql.lit(STRONG_FROM)}`;
    return sql`(count(*) filter (where ${test}))::int as ${sql.ref(`${d}_${b}`)}`;
  };
  return sql<BandRow>`
    select a.scenario_id, count(*)::int as finished, ${sql.join(DIMENSIONS.flatMap((d) => SCORE_BANDS.map((b) => band(d, b))))}
    from attempts a
    where ${attemptConditions(scope)} and a.status = 'finished' and a.respect is not null
    group by a.scenario_id`;
}

/** A title for every scenario: the library's, else the one stored with its latest attempt. */
async function titlesOf(db: ReviewDb, ids: string[], catalogue: ScenarioCatalogue): Promise<Map<string, string>> {
  const titles = new Map((await catalogue.scenarios()).map((s) => [s.id, s.title]));
  for (const id of ids.filter((i) => !titles.has(i))) {
    const row = await db
      .selectFrom('attempts')
      .select('scenario_title')
      .where('scenario_id', '=', id)
      .orderBy('started_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    titles.set(id, row?.scenario_title ?? id);
  }
  return titles;
}

/**
 * Per scenario, in title order: from the all-time totals without dates, from the day totals when
 * the dates are whole days in their zone (`days`), otherwise from the attempts.
 */
export async function loadScoreDistribution(
  db: ReviewDb,
  scope: ReviewScope,
  catalogue: ScenarioCatalogue,
  days: DaySpan | null,
): Promise<ScenarioDistribution[]> {
  const query = !isDated(scope) ? fromTotals(scope) : days ? fromDays(scope, days) : fromAttempts(scope);
  const { rows } = await query.execute(db);
  const titles = await titlesOf(
    db,
    rows.map((r) => r.scenario_id),
    catalogue,
  );
  return rows
    .map((row) => ({
      scenarioId: row.scenario_id,
      scenarioTitle: titles.get(row.scenario_id) ?? row.scenario_id,
      finishedAttempts: row.finished,
      bands: Object.fromEntries(
        DIMENSIONS.map((d) => [d, { weak: row[`${d}_weak`], fair: row[`${d}_fair`], strong: row[`${d}_strong`] }]),
      ) as Record<Dimension, ScoreBands>,
    }))
    .sort((a, b) => a.scenarioTitle.localeCompare(b.scenarioTitle) || a.scenarioId.localeCompare(b.scenarioId));
}
