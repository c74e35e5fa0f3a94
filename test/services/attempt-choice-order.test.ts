import { shownChoices } from '../../engine/play/choice-order';
import { currentTurn, startPlay } from '../../engine/play/player';
import type { Scenario } from '../../engine/scenario/format';
import type { AttemptDetail } from '@api';
import { createAttemptService, type AttemptApi } from '../../electron/services/attempt-service';
import { findAttempt, insertAttempt } from '../../electron/services/attempt-store';
import { openDatabase, type RapportDatabase } from '../../electron/services/database';
import { createScenarioLibrary, type ScenarioLibrary } from '../../electron/services/scenario-library';
import { makeScenariosFolder, makeTempFolder, removeFolder } from './temp-folders';

let root: string;
let database: RapportDatabase;
let library: ScenarioLibrary;
let attempts: AttemptApi;
let scenario: Scenario;
const seeds: number[] = [];

beforeAll(async () => {
  root = await makeTempFolder();
  database = await openDatabase(root);
  library = createScenarioLibrary(await makeScenariosFolder(root));
  scenario = (await library.find('double-charged-broadband'))!;
  let next = 1000;
  attempts = createAttemptService({
    db: database.db,
    library,
    now: () => new Date('2025-03-01T09:00:00.000Z'),
    drawChoiceSeed: () => {
      seeds.push(++next);
      return next;
    },
  });
});

afterAll(async () => {
  await database.close();
  await removeFolder(root);
});

const start = () => attempts.startAttempt({ scenarioId: scenario.id, traineeName: 'Order Tester' });
const shownIds = (attempt: AttemptDetail) =>
  shownChoices(currentTurn(scenario, attempt.state)!, attempt.state.choiceSeed).map((c) => c.id);

describe('the order choices are shown in', () => {
  it('is drawn when an attempt starts, returned with it, and the same when the attempt is read back', async () => {
    const attempt = await start();
    expect(attempt.state.choiceSeed).toBe(seeds.at(-1));
    const resumed = await attempts.getAttempt({ attemptId: attempt.id });
    expect(resumed.state.choiceSeed).toBe(attempt.state.choiceSeed);
    expect(shownIds(resumed)).toEqual(shownIds(attempt));
  });

  it('is drawn anew for every attempt', async () => {
    const [a, b] = [await start(), await start()];
    expect(a.state.choiceSeed).not.toBe(b.state.choiceSeed);
  });

  it('is kept in the transcript turn by turn, as the trainee saw it', async () => {
    const attempt = await start();
    const order = shownIds(attempt);
    await attempts.recordTurn({
      attemptId: attempt.id,
      nodeId: 'opening',
      reply: { kind: 'choice', choiceId: 'procedure-first' },
    });
    const stored = await attempts.getAttempt({ attemptId: attempt.id });
    expect(stored.turns[0]!.shownChoiceIds).toEqual(order);
  });

  it('is drawn anew for a retry, while the carried turns keep the order they were shown in', async () => {
    let attempt = await start();
    attempt = await attempts.recordTurn({
      attemptId: attempt.id,
      nodeId: 'opening',
      reply: { kind: 'choice', choiceId: 'procedure-first' },
    });
    attempt = await attempts.recordTurn({
      attemptId: attempt.id,
      nodeId: attempt.state.nodeId,
      reply: { kind: 'text', text: "I'm sorry, Ms Okafor, I'll sort this out for you now." },
    });
    const retry = await attempts.startAttempt({
      scenarioId: scenario.id,
      traineeName: 'Order Tester',
      retryOf: { attemptId: attempt.id, fromTurn: 1 },
    });
    expect(retry.state.choiceSeed).not.toBe(attempt.state.choiceSeed);
    expect(retry.turns[0]!.shownChoiceIds).toEqual(attempt.turns[0]!.shownChoiceIds);
  });

  it('stays as authored for an attempt stored before orders were drawn', async () => {
    await insertAttempt(database.db, {
      id: 'from-before-orders',
      traineeName: 'Order Tester',
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      startedAt: new Date('2025-01-01T09:00:00.000Z'),
      scorerVersion: 'old',
      retryOf: null,
      state: startPlay(scenario),
    });
    expect((await findAttempt(database.db, 'from-before-orders'))!.choiceSeed).toBeUndefined();
    const old = await attempts.getAttempt({ attemptId: 'from-before-orders' });
    expect(old.state).not.toHaveProperty('choiceSeed');
    expect(shownIds(old)).toEqual(currentTurn(scenario, old.state)!.choices!.map((c) => c.id));
  });
});
