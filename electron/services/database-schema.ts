/**
 * The tables of Rapport's database, as Kysely sees them: the one place that says which columns exist
 * and what TypeScript type each holds. Migrations create these tables; every query is checked against
 * these types, so a renamed column breaks the build instead of a trainee's attempt.
 */
import type { ColumnType } from 'kysely';
import type { PlayedTurn } from '../../engine/play/types';
import type { Mood, Outcome } from '../../engine/scenario/format';
import type { AttemptStatus } from '@api';

/** timestamptz: PGlite and the pg driver both read it back as a Date. */
type Timestamp = ColumnType<Date, Date, Date>;

/** Small remembered values such as the trainee's name, keyed by a fixed name. */
export interface SettingsTable {
  key: string;
  value: string;
}

/** One try at a scenario by one trainee; its progress columns are updated turn by turn. */
export interface AttemptsTable {
  /** crypto.randomUUID(), so attempts from different machines never collide on a shared server. */
  id: string;
  trainee_name: string;
  scenario_id: string;
  /** Copied at start, so the results list still reads well after the scenario file is renamed or removed. */
  scenario_title: string;
  status: AttemptStatus;
  outcome: Outcome | null;
  started_at: Timestamp;
  finished_at: ColumnType<Date | null, Date | null, Date | null>;
  current_node_id: string;
  current_mood: Mood;
  turn_count: number;
  /** Averages over the turns so far, whole points 0–100; null before the first turn. */
  respect: number | null;
  helpfulness: number | null;
  empathy: number | null;
  scorer_version: string;
  /** The attempt this one retried from a turn of, if any. */
  retry_of: string | null;
  /** The seed of the attempt's choice order; null for attempts from before orders were drawn. */
  choice_seed: ColumnType<number | null, number | null | undefined, number | null>;
}

/** One played turn. Scores get their own columns for dashboards; `played` keeps the whole turn. */
export interface TurnsTable {
  attempt_id: string;
  /** 0-based position in the attempt, equal to `played.index`. */
  idx: number;
  node_id: string;
  recorded_at: Timestamp;
  respect: number;
  helpfulness: number;
  empathy: number;
  /** Written as JSON text (what both PGlite and pg accept for jsonb), read back parsed. */
  played: ColumnType<PlayedTurn, string, string>;
}

export interface DatabaseSchema {
  settings: SettingsTable;
  attempts: AttemptsTable;
  turns: TurnsTable;
}
