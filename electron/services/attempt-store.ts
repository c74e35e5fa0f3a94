/**
 * The SQL for attempts and their turns, and nothing else: no scenario logic, no Api errors. Functions
 * take the Kysely handle so the services can run them against PGlite or a shared PostgreSQL server.
 */
import type { Kysely, Selectable } from 'kysely';
import { averageScores } from '../../engine/play/player';
import type { PlayedTurn, PlayState } from '../../engine/play/types';
import type { Mood } from '../../engine/scenario/format';
import type { AttemptSummary } from '@api';
import type { AttemptsTable, DatabaseSchema } from './database-schema';

type Db = Kysely<DatabaseSchema>;

/** An attempt as stored: the Api's summary, plus where the conversation stands. */
export interface StoredAttempt {
  summary: AttemptSummary;
  currentNodeId: string;
  currentMood: Mood;
  retryOf: string | null;
  /** See PlayState.choiceSeed; undefined for attempts from before orders were drawn. */
  choiceSeed: number | undefined;
}

export interface NewAttempt {
  id: string;
  traineeName: string;
  scenarioId: string;
  scenarioTitle: string;
  startedAt: Date;
  scorerVersion: string;
  retryOf: string | null;
  /** The opening state; its turns (carried over by a retry) are stored with the attempt. */
  state: PlayState;
}

/** An attempts row as the Api's summary; also used by the manager's reports. */
export function toSummary(row: Selectable<AttemptsTable>): AttemptSummary {
  const scored = row.respect !== null && row.helpfulness !== null && row.empathy !== null;
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    scenarioTitle: row.scenario_title,
    traineeName: row.trainee_name,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
    status: row.status,
    outcome: row.outcome,
    turnCount: row.turn_count,
    scores: scored ? { respect: row.respect!, helpfulness: row.helpfulness!, empathy: row.empathy! } : null,
    scorerVersion: row.scorer_version,
  };
}

function toStoredAttempt(row: Selectable<AttemptsTable>): StoredAttempt {
  return {
    summary: toSummary(row),
    currentNodeId: row.current_node_id,
    currentMood: row.current_mood,
    retryOf: row.retry_of,
    choiceSeed: row.choice_seed ?? undefined,
  };
}

/** The attempt's columns that follow the conversation; an outcome finishes the attempt. */
function progressColumns(state: PlayState, at: Date) {
  const averages = state.turns.length > 0 ? averageScores(state.turns) : null;
  return {
    current_node_id: state.nodeId,
    current_mood: state.mood,
    turn_count: state.turns.length,
    respect: averages && averages.respect,
    helpfulness: averages && averages.helpfulness,
    empathy: averages && averages.empathy,
    ...(state.outcome
      ? { status: 'finished' as const, outcome: state.outcome, finished_at: at }
      : { status: 'in-progress' as const, outcome: null, finished_at: null }),
  };
}

/** Score columns are integers, so they are rounded; `played` keeps the turn's exact scores. */
function turnRow(attemptId: string, turn: PlayedTurn, recordedAt: Date) {
  return {
    attempt_id: attemptId,
    idx: turn.index,
    node_id: turn.nodeId,
    recorded_at: recordedAt,
    respect: Math.round(turn.scores.respect),
    helpfulness: Math.round(turn.scores.helpfulness),
    empathy: Math.round(turn.scores.empathy),
    played: JSON.stringify(turn),
  };
}

/** Stores a new attempt and any turns it carries (a retry's earlier turns) in one transaction. */
export async function insertAttempt(db: Db, attempt: NewAttempt): Promise<StoredAttempt> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('attempts')
      .values({
        id: attempt.id,
        trainee_name: attempt.traineeName,
        scenario_id: attempt.scenarioId,
        scenario_title: attempt.scenarioTitle,
        started_at: attempt.startedAt,
        scorer_version: attempt.scorerVersion,
        retry_of: attempt.retryOf,
        choice_seed: attempt.state.choiceSeed ?? null,
        ...progressColumns(attempt.state, attempt.startedAt),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (attempt.state.turns.length > 0) {
      await trx
        .insertInto('turns')
        .values(attempt.state.turns.map((turn) => turnRow(attempt.id, turn, attempt.startedAt)))
        .execute();
    }
    return toStoredAttempt(row);
  });
}

/**
 * Stores the newest turn of `state` and the attempt's new progress in one transaction, so a crash
 * never leaves a turn without its attempt update or the reverse. The update only applies while the
 * attempt is still in progress and waiting at that turn; otherwise (the reply was sent twice, or the
 * attempt ended meanwhile) nothing is written and the result is undefined.
 */
export async function appendTurn(
  db: Db,
  attemptId: string,
  state: PlayState,
  recordedAt: Date,
): Promise<StoredAttempt | undefined> {
  const turn = state.turns.at(-1);
  if (!turn) throw new Error('appendTurn needs a state with at least one turn');
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('attempts')
      .set(progressColumns(state, recordedAt))
      .where('id', '=', attemptId)
      .where('status', '=', 'in-progress')
      .where('turn_count', '=', turn.index)
      .where('current_node_id', '=', turn.nodeId)
      .returningAll()
      .executeTakeFirst();
    if (!row) return undefined;
    await trx
      .insertInto('turns')
      .values(turnRow(attemptId, turn, recordedAt))
      .execute();
    return toStoredAttempt(row);
  });
}

/** Marks an in-progress attempt abandoned; undefined when it is missing or no longer in progress. */
export async function markAbandoned(db: Db, attemptId: string): Promise<StoredAttempt | undefined> {
  const row = await db
    .updateTable('attempts')
    .set({ status: 'abandoned' })
    .where('id', '=', attemptId)
    .where('status', '=', 'in-progress')
    .returningAll()
    .executeTakeFirst();
  return row && toStoredAttempt(row);
}

export async function findAttempt(db: Db, attemptId: string): Promise<StoredAttempt | undefined> {
  const row = await db.selectFrom('attempts').selectAll().where('id', '=', attemptId).executeTakeFirst();
  return row && toStoredAttempt(row);
}

/** The attempt's turns in the order they were played. */
export async function loadTurns(db: Db, attemptId: string): Promise<PlayedTurn[]> {
  const rows = await db.selectFrom('turns').select('played').where('attempt_id', '=', attemptId).orderBy('idx').execute();
  return rows.map((r) => r.played);
}

/**
 * Attempts newest first, optionally one trainee's. Ties in start time are broken by id so the order
 * never changes between calls; both orders are served by the attempts_by_* indexes.
 */
export async function listAttempts(db: Db, filter: { traineeName?: string }): Promise<AttemptSummary[]> {
  let query = db.selectFrom('attempts').selectAll();
  if (filter.traineeName !== undefined) query = query.where('trainee_name', '=', filter.traineeName);
  const rows = await query.orderBy('started_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toSummary);
}
