/**
 * The trainee page in one call: the trainee's dashboard row (with first activity), the team's
 * averages to compare with, results by kind of call and industry, the weakest skills with the
 * turns that show them, and the coaching notes.
 */
import { sql } from 'kysely';
import { NO_TREND, trendWindows } from '../../../engine/review/dimension-trend';
import { weakestFirst } from '../../../engine/review/weakest-skills';
import { DIMENSIONS } from '../../../engine/scenario/format';
import type { ReviewThresholds, TeamOverviewRow, TraineeReport } from '@api';
import { listNotes } from './coaching-notes-store';
import { loadTrends } from './dimension-trend';
import type { ReviewScope } from './review-scope';
import type { ReviewDb } from './review-schema';
import type { ScenarioCatalogue } from './scenario-catalogue';
import { loadSkillsByKind } from './skills-by-kind';
import { flaggedTrainees, overviewRowOf, scoresOf, type PageRow } from './team-overview-query';
import { scenariosCompleted, teamAverages, traineeAggregates } from './trainee-aggregates';
import { loadWeakestTurns } from './weakest-turns-query';

async function loadSummary(db: ReviewDb, scope: ReviewScope, traineeName: string, thresholds: ReviewThresholds, zone: string) {
  const sums = await traineeAggregates(db, scope, { traineeName, zone, needScenariosCompleted: false });
  const { rows } = await sql<PageRow>`
    with ${flaggedTrainees(sums, thresholds)}
    select * from flagged`.execute(db);
  const row = rows[0];
  if (row && row.scenarios_completed === null) {
    row.scenarios_completed = (await scenariosCompleted(db, scope, [traineeName])).get(traineeName) ?? 0;
  }
  return row;
}

/** The report, or undefined when the trainee has no attempt under the filter. */
export async function loadTraineeReport(
  db: ReviewDb,
  scope: ReviewScope,
  traineeName: string,
  context: { thresholds: ReviewThresholds; catalogue: ScenarioCatalogue; now: Date; zone: string },
): Promise<TraineeReport | undefined> {
  const { thresholds, catalogue, now, zone } = context;
  const summary = await loadSummary(db, scope, traineeName, thresholds, zone);
  if (!summary) return undefined;
  const [trends, team, kinds, weakest, coachingNotes] = await Promise.all([
    loadTrends(db, scope, trendWindows(scope.to, now), [traineeName], zone),
    teamAverages(db, scope, zone),
    catalogue.scenarios().then((scenarios) => loadSkillsByKind(db, scope, traineeName, scenarios)),
    loadWeakestTurns(db, scope, traineeName),
    listNotes(db, traineeName),
  ]);
  const row: TeamOverviewRow = { ...overviewRowOf(summary, thresholds), trend: trends.get(traineeName) ?? NO_TREND };
  const weakestSkills = DIMENSIONS.map((dimension) => ({
    dimension,
    average: row.averages?.[dimension] ?? null,
    flagged: row.flagged.includes(dimension),
    turns: weakest.get(dimension) ?? [],
  })).sort(weakestFirst);
  return {
    summary: { ...row, firstActive: summary.first_active.toISOString() },
    teamAverages: scoresOf(team),
    ...kinds,
    weakestSkills,
    coachingNotes,
    thresholds,
  };
}
