import type { Api, AttemptDetail } from '@api';
import { currentTurn } from '../../engine/play/player';
import { bestChoice } from '../../engine/scenario/best-choice';
import type { Scenario } from '../../engine/scenario/format';

/**
 * Plays an attempt to its end through the Api: the given replies first (choice ids, or typed text
 * prefixed with "text:"), then for every remaining turn the best authored choice, or the model
 * reply where only free text is offered. Returns the finished attempt.
 */
export async function playThrough(
  api: Api,
  scenario: Scenario,
  traineeName: string,
  replies: string[] = [],
): Promise<AttemptDetail> {
  let attempt = await api.startAttempt({ scenarioId: scenario.id, traineeName });
  const queue = [...replies];
  for (let guard = 0; guard < 50 && !attempt.state.outcome; guard++) {
    const turn = currentTurn(scenario, attempt.state);
    if (!turn) throw new Error(`no turn at ${attempt.state.nodeId}`);
    const scripted = queue.shift();
    const reply = scripted
      ? scripted.startsWith('text:')
        ? { kind: 'text' as const, text: scripted.slice(5) }
        : { kind: 'choice' as const, choiceId: scripted }
      : turn.choices
        ? { kind: 'choice' as const, choiceId: bestChoice(turn.choices)!.id }
        : { kind: 'text' as const, text: turn.freeText!.modelReply };
    attempt = await api.recordTurn({ attemptId: attempt.id, nodeId: turn.id, reply });
  }
  return attempt;
}
