/**
 * The attempt half of the Api: starting, playing, abandoning and reading attempts. The rules live
 * here (which scenario, whose turn, has it ended); the SQL lives in attempt-store.ts and the
 * conversation itself in the engine's player.
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { CHOICE_SEED_LIMIT } from '../../engine/play/choice-order';
import { PlayError, resumeAt, startPlay, takeTurn } from '../../engine/play/player';
import type { PlayedTurn, PlayState } from '../../engine/play/types';
import type { Scenario } from '../../engine/scenario/format';
import { SCORER_VERSION } from '../../engine/scoring/score-reply';
import { ApiError, type Api, type ApiArgs, type AttemptDetail } from '@api';
import { playStateOf } from './attempt-play-state';
import * as store from './attempt-store';
import type { DatabaseSchema } from './database-schema';
import type { ScenarioLibrary } from './scenario-library';

export type AttemptApi = Pick<Api, 'startAttempt' | 'recordTurn' | 'abandonAttempt' | 'listAttempts' | 'getAttempt'>;

export interface AttemptServiceOptions {
  db: Kysely<DatabaseSchema>;
  library: ScenarioLibrary;
  now: () => Date;
  /** Draws each new attempt's choice order seed; random unless a test fixes it. */
  drawChoiceSeed?: () => number;
}

const randomChoiceSeed = () => randomInt(CHOICE_SEED_LIMIT);

/** The engine refuses replies the current turn cannot take; to the caller that is a bad argument. */
function playing<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof PlayError) throw new ApiError('invalid-argument', error.message);
    throw error;
  }
}

function detailOf(attempt: store.StoredAttempt, state: PlayState): AttemptDetail {
  return { ...attempt.summary, turns: state.turns, state };
}

const ENDED = 'this attempt has already ended';

export function createAttemptService({ db, library, now, drawChoiceSeed = randomChoiceSeed }: AttemptServiceOptions): AttemptApi {
  async function scenarioNamed(scenarioId: string): Promise<Scenario> {
    const scenario = await library.find(scenarioId);
    if (!scenario) throw new ApiError('not-found', `no scenario "${scenarioId}" in the library`);
    return scenario;
  }

  async function attemptNamed(attemptId: string): Promise<store.StoredAttempt> {
    const attempt = await store.findAttempt(db, attemptId);
    if (!attempt) throw new ApiError('not-found', `no attempt "${attemptId}"; it may have been made on another computer`);
    return attempt;
  }

  /**
   * The opening state of a retry: the earlier attempt's turns before `fromTurn`, then that turn
   * again. The carried turns keep the order they were shown in; the retry draws its own from `seed`.
   */
  async function retryState(
    scenario: Scenario,
    retryOf: { attemptId: string; fromTurn: number },
    seed: number,
  ): Promise<PlayState> {
    const earlier = await attemptNamed(retryOf.attemptId);
    if (earlier.summary.scenarioId !== scenario.id) {
      throw new ApiError(
        'invalid-argument',
        `attempt "${retryOf.attemptId}" is of scenario "${earlier.summary.scenarioId}", not "${scenario.id}"; ` +
          'retry it with its own scenario',
      );
    }
    const turns = await store.loadTurns(db, retryOf.attemptId);
    return playing(() => startPlay(scenario, resumeAt(turns, retryOf.fromTurn), seed));
  }

  async function startAttempt({ scenarioId, traineeName, retryOf }: ApiArgs['startAttempt']): Promise<AttemptDetail> {
    const scenario = await scenarioNamed(scenarioId);
    // Every attempt, a retry included, draws its own order, so a trainee cannot learn positions by heart.
    const seed = drawChoiceSeed();
    const state = retryOf ? await retryState(scenario, retryOf, seed) : playing(() => startPlay(scenario, undefined, seed));
    const attempt = await store.insertAttempt(db, {
      id: randomUUID(),
      traineeName,
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      startedAt: now(),
      scorerVersion: SCORER_VERSION,
      retryOf: retryOf?.attemptId ?? null,
      state,
    });
    return detailOf(attempt, state);
  }

  /** The attempt, checked to be waiting for a reply to `nodeId`: this guards against double submission. */
  async function attemptAwaiting(attemptId: string, nodeId: string): Promise<store.StoredAttempt> {
    const attempt = await attemptNamed(attemptId);
    if (attempt.summary.status !== 'in-progress') throw new ApiError('conflict', ENDED);
    if (attempt.currentNodeId !== nodeId) {
      throw new ApiError(
        'conflict',
        `this attempt is waiting for a reply to turn ${attempt.summary.turnCount + 1} ("${attempt.currentNodeId}"), ` +
          `not to "${nodeId}"; the reply may have been sent twice. Reload the conversation to continue.`,
      );
    }
    return attempt;
  }

  async function recordTurn({ attemptId, nodeId, reply }: ApiArgs['recordTurn']): Promise<AttemptDetail> {
    const attempt = await attemptAwaiting(attemptId, nodeId);
    const scenario = await library.find(attempt.summary.scenarioId);
    if (!scenario) {
      throw new ApiError(
        'not-found',
        `scenario "${attempt.summary.scenarioId}" is no longer in the library; restore its file to continue this attempt`,
      );
    }
    const turns: PlayedTurn[] = await store.loadTurns(db, attemptId);
    // The service scores the reply itself: scores sent by the renderer are never trusted.
    const next = playing(() => takeTurn(scenario, playStateOf(attempt, turns), reply));
    const stored = await store.appendTurn(db, attemptId, next, now());
    if (!stored) {
      // Another request recorded this turn or ended the attempt between the check above and this
      // write; checking again reports which.
      await attemptAwaiting(attemptId, nodeId);
      throw new ApiError('conflict', 'this turn was just recorded by another request; reload the conversation');
    }
    return detailOf(stored, next);
  }

  async function abandonAttempt({ attemptId }: ApiArgs['abandonAttempt']) {
    const attempt = await attemptNamed(attemptId);
    // Leaving twice (a window closed during a slow save) is harmless: the attempt stays abandoned.
    if (attempt.summary.status === 'abandoned') return attempt.summary;
    const abandoned = await store.markAbandoned(db, attemptId);
    if (!abandoned) throw new ApiError('conflict', ENDED);
    return abandoned.summary;
  }

  async function getAttempt({ attemptId }: ApiArgs['getAttempt']): Promise<AttemptDetail> {
    const attempt = await attemptNamed(attemptId);
    const turns = await store.loadTurns(db, attemptId);
    const scenario = attempt.summary.outcome ? await library.find(attempt.summary.scenarioId) : undefined;
    return detailOf(attempt, playStateOf(attempt, turns, scenario));
  }

  async function listAttempts({ traineeName }: ApiArgs['listAttempts']) {
    return store.listAttempts(db, { traineeName });
  }

  return { startAttempt, recordTurn, abandonAttempt, listAttempts, getAttempt };
}
