/**
 * Replays an imported attempt through this installation's scenario and scorer, so the scores
 * stored are recomputed from the transcript (what the trainee replied), never copied from the
 * file. Pure: the same function backs the service and the renderer tests' in-memory Api.
 */
import { averageScores, PlayError, startPlay, takeTurn } from '../../../engine/play/player';
import type { PlayState } from '../../../engine/play/types';
import type { Scenario, Scores } from '../../../engine/scenario/format';
import type { AttemptStatus } from '../../api';
import type { TransferAttempt } from './transfer-format';

export interface ReplayedAttempt {
  state: PlayState;
  status: AttemptStatus;
  finishedAt: Date | null;
  /** Averages of the recomputed turns; null when no turn was played. */
  scores: Scores | null;
}

export type ReplayResult = { ok: true; attempt: ReplayedAttempt } | { ok: false; problem: string };

const DIFFERENT = 'the scenario differs between the two installations; give both the same scenario file, then import again';

export function replayAttempt(scenario: Scenario, attempt: TransferAttempt): ReplayResult {
  let state = startPlay(scenario);
  for (const [i, turn] of attempt.turns.entries()) {
    if (state.outcome) return { ok: false, problem: `turn ${i + 1} comes after the conversation ended here; ${DIFFERENT}` };
    if (state.nodeId !== turn.nodeId) {
      return {
        ok: false,
        problem: `turn ${i + 1} answers "${turn.nodeId}" but here the customer is at "${state.nodeId}"; ${DIFFERENT}`,
      };
    }
    try {
      state = takeTurn(scenario, state, turn.reply);
    } catch (error) {
      if (error instanceof PlayError) return { ok: false, problem: `turn ${i + 1}: ${error.message}; ${DIFFERENT}` };
      throw error;
    }
  }
  if (attempt.status === 'finished' && !state.outcome) {
    return {
      ok: false,
      problem: `the file says this attempt finished, but here its replies do not reach an ending; ${DIFFERENT}`,
    };
  }
  const lastTurn = attempt.turns.at(-1);
  const finishedAt = state.outcome ? new Date(attempt.finishedAt ?? lastTurn?.recordedAt ?? attempt.startedAt) : null;
  return {
    ok: true,
    attempt: {
      state,
      status: state.outcome ? 'finished' : attempt.status === 'in-progress' ? 'in-progress' : 'abandoned',
      finishedAt,
      scores: state.turns.length > 0 ? averageScores(state.turns) : null,
    },
  };
}
