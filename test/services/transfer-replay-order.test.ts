import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { shownChoices } from '../../engine/play/choice-order';
import type { CustomerTurn, Scenario } from '../../engine/scenario/format';
import { validateScenarioText } from '../../engine/scenario/validate';
import { replayAttempt } from '../../electron/services/review/transfer-replay';
import type { TransferAttempt } from '../../electron/services/review/transfer-format';
import { BUNDLED_SCENARIOS } from './temp-folders';

let scenario: Scenario;
let opening: CustomerTurn;

beforeAll(async () => {
  const file = path.join(BUNDLED_SCENARIOS, 'double-charged-broadband.json');
  scenario = validateScenarioText(file, await readFile(file, 'utf8')).scenario!;
  opening = scenario.nodes.find((n) => n.id === 'opening') as CustomerTurn;
});

function attemptWith(extra: Partial<TransferAttempt>, shownChoiceIds?: string[]): TransferAttempt {
  return {
    id: 'moved-attempt',
    traineeName: 'Ana Trainee',
    scenarioId: scenario.id,
    startedAt: '2025-03-01T09:00:00.000Z',
    finishedAt: null,
    status: 'in-progress',
    turns: [
      {
        nodeId: 'opening',
        reply: { kind: 'choice', choiceId: 'procedure-first' },
        recordedAt: '2025-03-01T09:01:00.000Z',
        ...(shownChoiceIds ? { shownChoiceIds } : {}),
      },
    ],
    ...extra,
  };
}

describe('replayAttempt and the order choices were shown in', () => {
  it('keeps the attempt’s seed, so an imported attempt in progress goes on showing its order', () => {
    const result = replayAttempt(scenario, attemptWith({ choiceSeed: 6 }));
    if (!result.ok) throw new Error(result.problem);
    expect(result.attempt.state.choiceSeed).toBe(6);
    expect(result.attempt.state.turns[0]!.shownChoiceIds).toEqual(shownChoices(opening, 6).map((c) => c.id));
  });

  it('keeps the order a turn recorded, as a retry’s carried turns were drawn by another attempt', () => {
    const recorded = ['calm-down', 'procedure-first', 'own-it'];
    const result = replayAttempt(scenario, attemptWith({ choiceSeed: 6 }, recorded));
    if (!result.ok) throw new Error(result.problem);
    expect(result.attempt.state.turns[0]!.shownChoiceIds).toEqual(recorded);
  });

  it('ignores a recorded order that is not an arrangement of the turn’s own choices', () => {
    const result = replayAttempt(scenario, attemptWith({}, ['own-it', 'made-up']));
    if (!result.ok) throw new Error(result.problem);
    expect(result.attempt.state.turns[0]!.shownChoiceIds).toEqual(opening.choices!.map((c) => c.id));
  });
});
