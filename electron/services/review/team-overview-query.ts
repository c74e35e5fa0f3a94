/**
 * The team dashboard's table: one page of trainees under a filter, searched, sorted and flagged in
 * SQL so a team of thousands still answers with one short query, plus the whole team's summary.
 */
import { sql, type RawBuilder } from 'kysely';
import { NO_TREND, trendWindows } from '../../../engine/review/dimension-trend';
import { flaggedDimensions } from '../../../engine/review/flags';
import type { Dimension, Scores } from '../../../engine/scenario/format';
import type { ReviewThresholds, TeamOverview, TeamOverviewRow, TeamSortKey } from '@api';
import { loadTrends } from './dimension-trend';
import type { ReviewScope } from './review-scope';
import type { ReviewDb } from './review-schema';
import { averageOf, scenariosCompleted, traineeAggregates, type TraineeAggregateRow } from './trainee-aggregates';

export interface TeamPageRequest {
  search: string;
  flaggedOnly: boolean;
  sort: TeamSortKey;
  direction: 'asc' | 'desc';
  offset: number;
  limit: number;
}

const SORT_COLUMN: Record<TeamSortKey, string> = {
  traineeName: 'trainee_name',
  attempts: 'attempts',
  respect: 'respect',
  helpfulness: 'helpfulness',
  empathy: 'empathy',
  scenariosCompleted: 'scenarios_completed',
  lastActive: 'last_active',
  flagged: 'flagged_count',
};

export interface PageRow {
  trainee_name: string;
  attempts: number;
  finished: number;
  respect: number | null;
  helpfulness: number | null;
  empathy: number | null;
  scenarios_completed: number | null;
  first_active: Date;
  last_active: Date;
  flagged_respect: boolean;
  flagged_helpfulness: boolean;
  flagged_empathy: boolean;
}

interface TeamRow {
  trainees: number;
  attempts: number;
  respect: number | null;
  helpfulness: number | null;
  empathy: number | null;
  flagged_trainees: number;
}

/** `%part%` for ILIKE, with the user's own % and _ taken literally. */
function containing(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Trainees with their averages and flags, from per-trainee sums: the shared start of both queries.
 * The flag columns are engine/review/flags.ts's rule in SQL, so the table can filter and sort by
 * them; the contract suite (test/contract/review-contract.ts) holds the two to the same answers.
 */
export function flaggedTrainees(sums: RawBuilder<TraineeAggregateRow>, thresholds: ReviewThresholds): RawBuilder<unknown> {
  const flag = (d: Dimension) => sql`coalesce(${sql.ref(d)} < ${thresholds[d]}::int, false)`;
  return sql`
    averaged as (
      select trainee_name, attempts, finished, scored, sum_respect, sum_helpfulness, sum_empathy,
        scenarios_completed, first_active, last_active,
        ${averageOf('sum_respect')} as respect, ${averageOf('sum_helpfulness')} as helpfulness,
        ${averageOf('sum_empathy')} as empathy
      from (${sums}) sums
    ),
    flagged as (
      select averaged.*,
        ${flag('respect')} as flagged_respect, ${flag('helpfulness')} as flagged_helpfulness, ${flag('empathy')} as flagged_empathy,
        ${flag('respect')}::int + ${flag('helpfulness')}::int + ${flag('empathy')}::int as flagged_count
      from averaged
    )`;
}

export function scoresOf(row: { respect: number | null; helpfulness: number | null; empathy: number | null }): Scores | null {
  if (row.respect === null || row.helpfulness === null || row.empathy === null) return null;
  return { respect: row.respect, helpfulness: row.helpfulness, empathy: row.empathy };
}

/** A page row without its trend, which is read separately for the trainees on the page. */
export function overviewRowOf(row: PageRow, thresholds: ReviewThresholds): TeamOverviewRow {
  const averages = scoresOf(row);
  return {
    traineeName: row.trainee_name,
    attempts: row.attempts,
    finishedAttempts: row.finished,
    averages,
    trend: NO_TREND,
    scenariosCompleted: row.scenarios_completed ?? 0,
    lastActive: row.last_active.toISOString(),
    flagged: flaggedDimensions(averages, thresholds),
  };
}

type SummaryRow = { [K in keyof TeamRow as `team_${K}`]: TeamRow[K] } & { total: number };

/** Team figures over every trainee under the scope (search ignored), as `team_*` columns. */
function teamColumns(): RawBuilder<unknown> {
  const average = (d: Dimension) => sql`round(sum(${sql.ref(`sum_${d}`)})::numeric / nullif(sum(scored), 0))::int`;
  return sql`count(*)::int as team_trainees, coalesce(sum(attempts), 0)::int as team_attempts,
    ${average('respect')} as team_respect, ${average('helpfulness')} as team_helpfulness,
    ${average('empathy')} as team_empathy, (count(*) filter (where flagged_count > 0))::int as team_flagged_trainees`;
}

/**
 * One page of the dashboard, its total, the team summary and the trend windows used. The page,
 * the total and the team come from one query, so the aggregates are computed once; the trend
 * arrows are read afterwards for the trainees on the page only.
 */
export async function loadTeamOverview(
  db: ReviewDb,
  scope: ReviewScope,
  request: TeamPageRequest,
  context: { thresholds: ReviewThresholds; now: Date; zone: string },
): Promise<TeamOverview> {
  const { thresholds, now, zone } = context;
  const sums = await traineeAggregates(db, scope, { zone, needScenariosCompleted: request.sort === 'scenariosCompleted' });
  const direction = sql.raw(request.direction === 'desc' ? 'desc' : 'asc');
  const conditions = [
    request.search === '' ? sql`true` : sql`trainee_name ilike ${containing(request.search)}`,
    request.flaggedOnly ? sql`flagged_count > 0` : sql`true`,
  ];
  const { rows } = await sql<SummaryRow & Partial<PageRow> & { position: number | null }>`
    with ${flaggedTrainees(sums, thresholds)},
    matching as (
      select *, row_number() over (order by ${sql.ref(SORT_COLUMN[request.sort])} ${direction} nulls last, trainee_name asc) as position
      from flagged where ${sql.join(conditions, sql` and `)}
    ),
    summary as (select ${teamColumns()}, (select count(*) from matching)::int as total from flagged)
    select summary.*, page.* from summary left join (
      select trainee_name, attempts, finished, respect, helpfulness, empathy, scenarios_completed, first_active,
        last_active, flagged_respect, flagged_helpfulness, flagged_empathy, position
      from matching where position > ${request.offset} and position <= ${request.offset + request.limit}
    ) page on true
    order by page.position`.execute(db);
  const pageRows = rows.filter((r) => r.position !== null) as Array<SummaryRow & PageRow>;
  const windows = trendWindows(scope.to, now);
  const names = pageRows.map((r) => r.trainee_name);
  const [trends, completed] = await Promise.all([
    loadTrends(db, scope, windows, names, zone),
    pageRows.some((r) => r.scenarios_completed === null) ? scenariosCompleted(db, scope, names) : Promise.resolve(null),
  ]);
  if (completed) for (const row of pageRows) row.scenarios_completed = completed.get(row.trainee_name) ?? 0;
  const summary = rows[0]!;
  return {
    rows: pageRows.map((row) => ({ ...overviewRowOf(row, thresholds), trend: trends.get(row.trainee_name) ?? NO_TREND })),
    offset: request.offset,
    total: summary.total,
    team: teamOf(summary),
    thresholds,
    trendWindows: { from: windows.from.toISOString(), middle: windows.middle.toISOString(), to: windows.to.toISOString() },
  };
}

function teamOf(summary: SummaryRow): TeamOverview['team'] {
  return {
    trainees: summary.team_trainees,
    attempts: summary.team_attempts,
    averages: scoresOf({ respect: summary.team_respect, helpfulness: summary.team_helpfulness, empathy: summary.team_empathy }),
    flaggedTrainees: summary.team_flagged_trainees,
  };
}
