import type { Api } from '@api';
import { currentTurn, startPlay, takeTurn } from '../../engine/play/player';
import type { Reply } from '../../engine/play/types';
import { bestChoice } from '../../engine/scenario/best-choice';
import type { Scenario } from '../../engine/scenario/format';

let counter = 0;

/**
 * Puts an attempt played on a given day into the Api, the way another installation's results
 * arrive: as a transfer-file line, replayed and scored by the Api itself. Replies are choice ids or
 * "text:…"; after them, the best authored choice (or the model reply) until the conversation ends,
 * unless `leaveEarly` stops it there.
 */
export async function seedAttempt(
  api: Api,
  scenario: Scenario,
  traineeName: string,
  startedAt: string,
  replies: string[] = [],
  leaveEarly = false,
): Promise<string> {
  let state = startPlay(scenario);
  const turns: Array<{ nodeId: string; reply: Reply; recordedAt: string }> = [];
  const queue = [...replies];
  for (let guard = 0; guard < 40 && !state.outcome; guard++) {
    const turn = currentTurn(scenario, state)!;
    const scripted = queue.shift();
    if (scripted === undefined && leaveEarly) break;
    const reply: Reply = scripted
      ? scripted.startsWith('text:')
        ? { kind: 'text', text: scripted.slice(5) }
        : { kind: 'choice', choiceId: scripted }
      : turn.choices
        ? { kind: 'choice', choiceId: bestChoice(turn.choices)!.id }
        : { kind: 'text', text: turn.freeText!.modelReply };
    turns.push({ nodeId: turn.id, reply, recordedAt: new Date(Date.parse(startedAt) + (guard + 1) * 60_000).toISOString() });
    state = takeTurn(scenario, state, reply);
  }
  const id = `seeded-${++counter}`;
  const line = JSON.stringify({
    id,
    traineeName,
    scenarioId: scenario.id,
    startedAt,
    finishedAt: state.outcome ? turns.at(-1)!.recordedAt : null,
    status: state.outcome ? 'finished' : 'abandoned',
    turns,
  });
  const header = JSON.stringify({ format: 'rapport-attempts', version: 1, exportedAt: startedAt });
  const report = await api.importTransfer({ fileName: 'seed.jsonl', header, firstLineNumber: 2, lines: [line] });
  if (report.imported !== 1) throw new Error(`seeding failed: ${JSON.stringify(report)}`);
  return id;
}
