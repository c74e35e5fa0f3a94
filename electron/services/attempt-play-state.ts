import type { PlayedTurn, PlayState } from '../../engine/play/types';
import type { Scenario } from '../../engine/scenario/format';
import type { StoredAttempt } from './attempt-store';

/**
 * Rebuilds where a stored attempt's conversation stands. The database keeps the node, mood, outcome
 * and turns; the customer's closing line and the debrief belong to the scenario's ending, so they are
 * filled in when the scenario is still in the library (and left out when it has been removed).
 */
export function playStateOf(attempt: StoredAttempt, turns: PlayedTurn[], scenario?: Scenario): PlayState {
  const state: PlayState = {
    scenarioId: attempt.summary.scenarioId,
    nodeId: attempt.currentNodeId,
    mood: attempt.currentMood,
    ...(attempt.choiceSeed === undefined ? {} : { choiceSeed: attempt.choiceSeed }),
    turns,
  };
  const outcome = attempt.summary.outcome;
  if (outcome === null) return state;
  const ending = scenario?.nodes.find((node) => node.id === attempt.currentNodeId);
  if (ending?.kind !== 'end') return { ...state, outcome };
  return { ...state, outcome, closingLine: ending.closingLine, debrief: ending.debrief };
}
