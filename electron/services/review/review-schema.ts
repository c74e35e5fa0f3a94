/**
 * The tables migration 0002 adds for the manager's reports, as Kysely sees them, on top of the
 * app's own schema. Kept here rather than in database-schema.ts so the review queries own their
 * types; the database handle is widened with `reviewDb`.
 */
import type { ColumnType, Kysely } from 'kysely';
import type { DatabaseSchema } from '../database-schema';

/** bigint counters: PGlite and pg hand them back as strings, so they are read through Number(). */
type Counter = ColumnType<string | number, number, number>;

export interface CoachingNotesTable {
  id: string;
  trainee_name: string;
  text: string;
  created_at: ColumnType<Date, Date, Date>;
  updated_at: ColumnType<Date, Date, Date>;
}

/** Running totals per trainee and scenario, kept by triggers on `attempts` (see 0002-review-reports). */
export interface TraineeScenarioTotalsTable {
  trainee_name: string;
  scenario_id: string;
  attempts: Counter;
  finished: Counter;
  /** Finished attempts with scores: the denominator of the averages. */
  scored: Counter;
  sum_respect: Counter;
  sum_helpfulness: Counter;
  sum_empathy: Counter;
  respect_weak: Counter;
  respect_fair: Counter;
  respect_strong: Counter;
  helpfulness_weak: Counter;
  helpfulness_fair: Counter;
  helpfulness_strong: Counter;
  empathy_weak: Counter;
  empathy_fair: Counter;
  empathy_strong: Counter;
  first_active: ColumnType<Date, Date, Date>;
  last_active: ColumnType<Date, Date, Date>;
}

/** The same counters per scenario and calendar day in the zone `review_day_zone` names. */
export type ScenarioDayTotalsTable = Omit<TraineeScenarioTotalsTable, 'trainee_name' | 'first_active' | 'last_active'> & {
  day: ColumnType<string, string, string>;
};

/** The same counters per trainee and week (its Monday, in the zone `review_day_zone` names), with first and last activity. */
export type TraineeWeekTotalsTable = Omit<TraineeScenarioTotalsTable, 'scenario_id'> & {
  week: ColumnType<string, string, string>;
};

export interface ReviewDayZoneTable {
  zone: string;
}

/** A slim copy of each turn's scores, kept by a trigger on `turns` (see 0002-review-reports). */
export interface TurnScoresTable {
  attempt_id: string;
  idx: number;
  trainee_name: string;
  scenario_id: string;
  /** The attempt's start, so date filters need no join. */
  started_at: ColumnType<Date, Date, Date>;
  node_id: string;
  /** The authored choice picked, or null for a typed reply. */
  choice_id: string | null;
  typed: boolean;
  respect: number;
  helpfulness: number;
  empathy: number;
}

export interface ReviewSchema extends DatabaseSchema {
  coaching_notes: CoachingNotesTable;
  trainee_scenario_totals: TraineeScenarioTotalsTable;
  scenario_day_totals: ScenarioDayTotalsTable;
  trainee_week_totals: TraineeWeekTotalsTable;
  review_day_zone: ReviewDayZoneTable;
  turn_scores: TurnScoresTable;
}

export type ReviewDb = Kysely<ReviewSchema>;

/** The same connection, seen with the review tables too. */
export function reviewDb(db: Kysely<DatabaseSchema>): ReviewDb {
  return db as unknown as ReviewDb;
}
