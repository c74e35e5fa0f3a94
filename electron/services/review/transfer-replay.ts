/**
 * Replays an imported attempt through this installation's scenario and scorer, so the scores
 * stored are recomputed from the transcript (what the trainee replied), never copied from the
 * file. Pure: the same function backs the service and the renderer tests' in-memory Api.
 */
import { averageScores, PlayError, startPlay, takeTurn } from '../../../engine/play/player';
import type { PlayState } from '../../../engine/play/types';
import type { Scenario, Scores } from '../../../engine/scenario/format';
import type { AttemptStatus } from '@api';
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

/**
 * The turn just played, showing the order the file recorded when that order is a rearrangement of
 * the turn's own choices: the file knows what the trainee saw, which the seed alone cannot say for
 * a retry's carried turns.
 */
function keepShownOrder(state: PlayState, recorded: readonly string[] | undefined): PlayState {
  const played = state.turns.at(-1);
  if (!played?.shownChoiceIds || !recorded) return state;
  const same = [...recorded].sort().join('\n') === [...played.shownChoiceIds].sort().join('\n');
  if (!same) return state;
  return { ...state, turns: [...state.turns.slice(0, -1), { ...played, shownChoiceIds: [...recorded] }] };
}

export function replayAttempt(scenario: Scenario, attempt: TransferAttempt): ReplayResult {
  let state = startPlay(scenario, undefined, attempt.choiceSeed ?? undefined);
  for (const [i, turn] of attempt.turns.entries()) {
    if (state.outcome) return { ok: false, problem: `turn ${i + 1} comes after the conversation ended here; ${DIFFERENT}` };
    if (state.nodeId !== turn.nodeId) {
      return {
        ok: false,
        problem: `turn ${i + 1} answers "${turn.nodeId}" but here the customer is at "${state.nodeId}"; ${DIFFERENT}`,
      };
    }
    try {
      state = keepShownOrder(takeTurn(scenario, state, turn.reply), turn.shownChoiceIds);
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
