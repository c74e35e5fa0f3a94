import { takeTurn } from '../../engine/play/player';
import { ApiError, type Api, type AttemptDetail } from '@api';
import { createRapportServices, type RapportServices } from '../../electron/services/rapport-services';
import { makeScenariosFolder, makeTempFolder, removeFolder } from './temp-folders';
import { testClock } from './test-clock';

let root: string;
let services: RapportServices;
let api: Api;
const clock = testClock('2025-03-01T09:00:00.000Z');

beforeAll(async () => {
  root = await makeTempFolder();
  services = await createRapportServices({ dataDir: root, scenariosDir: await makeScenariosFolder(root), now: clock.now });
  api = services.api;
});

afterAll(async () => {
  await services.close();
  await removeFolder(root);
});

/** Resolves to the ApiError a call fails with, so tests can check its code and message. */
async function apiErrorOf(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

function start(traineeName = 'Ana Trainee') {
  return api.startAttempt({ scenarioId: 'late-parcel', traineeName });
}

function choose(attempt: AttemptDetail, choiceId: string) {
  return api.recordTurn({ attemptId: attempt.id, nodeId: attempt.state.nodeId, reply: { kind: 'choice', choiceId } });
}

/** Plays late-parcel to its "resolved" ending with authored choices, a minute per turn. */
async function playToResolved(traineeName?: string): Promise<AttemptDetail> {
  let attempt = await start(traineeName);
  for (const choiceId of ['reassure', 'give-date', 'nothing-needed']) {
    clock.advanceMinutes(1);
    attempt = await choose(attempt, choiceId);
  }
  return attempt;
}

describe('startAttempt', () => {
  it('starts at the scenario start, in progress, stamped with the clock and the scorer version', async () => {
    clock.set('2025-03-01T09:00:00.000Z');

    const attempt = await start();

    expect(attempt).toMatchObject({
      scenarioId: 'late-parcel',
      scenarioTitle: 'The parcel that never came',
      traineeName: 'Ana Trainee',
      status: 'in-progress',
      startedAt: '2025-03-01T09:00:00.000Z',
      finishedAt: null,
      outcome: null,
      turnCount: 0,
      scores: null,
      turns: [],
      state: { scenarioId: 'late-parcel', nodeId: 'greet', mood: 'anxious', turns: [] },
    });
    expect(attempt.scorerVersion).toMatch(/\S/);
    expect(attempt.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects a scenario that is not in the library', async () => {
    const error = await apiErrorOf(api.startAttempt({ scenarioId: 'no-such-scenario', traineeName: 'Ana' }));

    expect(error.code).toBe('not-found');
    expect(error.message).toBe('no scenario "no-such-scenario" in the library');
  });
});

describe('recordTurn', () => {
  it('plays authored choices to an ending and finishes the attempt with its outcome', async () => {
    clock.set('2025-03-02T10:00:00.000Z');

    const finished = await playToResolved();

    expect(finished).toMatchObject({
      status: 'finished',
      outcome: 'resolved',
      finishedAt: '2025-03-02T10:03:00.000Z',
      turnCount: 3,
      scores: { respect: 87, helpfulness: 80, empathy: 78 },
    });
    expect(finished.turns.map((t) => [t.index, t.nodeId, t.scoredBy])).toEqual([
      [0, 'greet', 'authored'],
      [1, 'track', 'authored'],
      [2, 'offer', 'authored'],
    ]);
    expect(finished.state).toMatchObject({
      nodeId: 'resolved',
      mood: 'satisfied',
      outcome: 'resolved',
      closingLine: "Thank you so much, you've saved the day.",
      debrief: 'Acknowledging the birthday first made the tracking details land.',
    });
  });

  it('scores a typed reply itself, exactly as the engine does', async () => {
    const opened = await choose(await start(), 'reassure');
    const reply = {
      kind: 'text' as const,
      text: "Sorry for the wait, Sam. It will arrive tomorrow before noon; I'll email you the tracking link.",
    };
    const scenario = (await api.getLibrary({})).entries.find((e) => e.scenario?.id === 'late-parcel')!.scenario!;
    const expected = takeTurn(scenario, opened.state, reply).turns[1]!;

    const answered = await api.recordTurn({ attemptId: opened.id, nodeId: 'track', reply });

    expect(answered.turns[1]).toEqual(expected);
    expect(answered.turns[1]!.scoredBy).toBe('scorer');
    expect(answered.state.nodeId).toBe(expected.nextNodeId);
    // Why the customer reacted so is stored with the turn and read back with it.
    expect(expected.reaction).toMatchObject({ decidedBy: 'branch' });
    expect((await api.getAttempt({ attemptId: opened.id })).turns[1]!.reaction).toEqual(expected.reaction);
  });

  it('scores a typed reply in the bundled scenario and follows the branch its scores pick', async () => {
    const attempt = await api.startAttempt({ scenarioId: 'double-charged-broadband', traineeName: 'Ana Trainee' });
    const toStillAngry = await choose(attempt, 'procedure-first');

    const answered = await api.recordTurn({
      attemptId: attempt.id,
      nodeId: 'still-angry',
      reply: {
        kind: 'text',
        text: "You're right, and I'm sorry. I can see the duplicate charge of 49.99 and I'll sort this out for you now.",
      },
    });

    expect(toStillAngry.state.nodeId).toBe('still-angry');
    expect(answered.turns[1]).toMatchObject({ nodeId: 'still-angry', scoredBy: 'scorer' });
    expect(['escalating', 'account-check']).toContain(answered.state.nodeId);
    expect(answered.turnCount).toBe(2);
  });

  it('rejects a turn for a node that is not the current one, saying which turn is expected', async () => {
    const attempt = await start();

    const error = await apiErrorOf(
      api.recordTurn({ attemptId: attempt.id, nodeId: 'offer', reply: { kind: 'choice', choiceId: 'nothing-needed' } }),
    );

    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/waiting for a reply to turn 1 \("greet"\), not to "offer"/);
  });

  it('rejects the same reply sent twice, storing it once', async () => {
    const attempt = await start();

    const results = await Promise.allSettled([choose(attempt, 'reassure'), choose(attempt, 'reassure')]);

    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as ApiError).code).toBe('conflict');
    expect((await api.getAttempt({ attemptId: attempt.id })).turns).toHaveLength(1);
  });

  it('rejects a turn on a finished attempt', async () => {
    const finished = await playToResolved();

    const error = await apiErrorOf(
      api.recordTurn({ attemptId: finished.id, nodeId: 'resolved', reply: { kind: 'choice', choiceId: 'reassure' } }),
    );

    expect(error).toMatchObject({ code: 'conflict', message: 'this attempt has already ended' });
  });

  it('rejects a turn on an abandoned attempt', async () => {
    const attempt = await start();
    await api.abandonAttempt({ attemptId: attempt.id });

    const error = await apiErrorOf(choose(attempt, 'reassure'));

    expect(error).toMatchObject({ code: 'conflict', message: 'this attempt has already ended' });
  });

  it('rejects a choice the turn does not offer, and a typed reply where only choices are offered', async () => {
    const attempt = await start();

    const unknownChoice = await apiErrorOf(choose(attempt, 'shrug'));
    const typed = await apiErrorOf(
      api.recordTurn({ attemptId: attempt.id, nodeId: 'greet', reply: { kind: 'text', text: 'hello' } }),
    );

    expect(unknownChoice).toMatchObject({ code: 'invalid-argument', message: 'turn "greet" has no choice "shrug"' });
    expect(typed.code).toBe('invalid-argument');
    expect(typed.message).toMatch(/offers only choices/);
    expect((await api.getAttempt({ attemptId: attempt.id })).turnCount).toBe(0);
  });

  it('rejects an attempt that does not exist', async () => {
    const error = await apiErrorOf(
      api.recordTurn({ attemptId: 'no-such-attempt', nodeId: 'greet', reply: { kind: 'choice', choiceId: 'reassure' } }),
    );

    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/no attempt "no-such-attempt"/);
  });
});

describe('startAttempt with retryOf', () => {
  it('copies the turns before the retried one and continues from that turn', async () => {
    const finished = await playToResolved();
    clock.set('2025-03-03T08:00:00.000Z');

    const retry = await api.startAttempt({
      scenarioId: 'late-parcel',
      traineeName: 'Ana Trainee',
      retryOf: { attemptId: finished.id, fromTurn: 2 },
    });

    expect(retry.id).not.toBe(finished.id);
    expect(retry.turns).toEqual(finished.turns.slice(0, 2));
    expect(retry).toMatchObject({ status: 'in-progress', turnCount: 2, startedAt: '2025-03-03T08:00:00.000Z' });
    expect(retry.state).toMatchObject({ nodeId: 'offer', mood: finished.turns[2]!.mood });
    expect(retry.state.outcome).toBeUndefined();
    expect((await api.getAttempt({ attemptId: retry.id })).turns).toEqual(finished.turns.slice(0, 2));
  });

  it('continues the retry to a new ending of its own', async () => {
    const finished = await playToResolved();
    const retry = await api.startAttempt({
      scenarioId: 'late-parcel',
      traineeName: 'Ana Trainee',
      retryOf: { attemptId: finished.id, fromTurn: 1 },
    });

    const lost = await choose(retry, 'no-idea');

    expect(lost).toMatchObject({ status: 'finished', outcome: 'customer-lost', turnCount: 2 });
    expect(lost.turns[0]).toEqual(finished.turns[0]);
    expect((await api.getAttempt({ attemptId: finished.id })).outcome).toBe('resolved');
  });

  it('rejects a turn the earlier attempt never reached', async () => {
    const finished = await playToResolved();

    const error = await apiErrorOf(
      api.startAttempt({ scenarioId: 'late-parcel', traineeName: 'Ana', retryOf: { attemptId: finished.id, fromTurn: 3 } }),
    );

    expect(error).toMatchObject({ code: 'invalid-argument', message: 'there is no turn 4 to retry from' });
  });

  it('rejects retrying an attempt of another scenario, and one that does not exist', async () => {
    const finished = await playToResolved();

    const otherScenario = await apiErrorOf(
      api.startAttempt({
        scenarioId: 'double-charged-broadband',
        traineeName: 'Ana',
        retryOf: { attemptId: finished.id, fromTurn: 0 },
      }),
    );
    const missing = await apiErrorOf(
      api.startAttempt({ scenarioId: 'late-parcel', traineeName: 'Ana', retryOf: { attemptId: 'gone', fromTurn: 0 } }),
    );

    expect(otherScenario.code).toBe('invalid-argument');
    expect(otherScenario.message).toMatch(/is of scenario "late-parcel", not "double-charged-broadband"/);
    expect(missing.code).toBe('not-found');
  });
});

describe('abandonAttempt', () => {
  it('marks an attempt in progress as abandoned, and leaving twice changes nothing', async () => {
    const attempt = await start();

    const abandoned = await api.abandonAttempt({ attemptId: attempt.id });
    const again = await api.abandonAttempt({ attemptId: attempt.id });

    expect(abandoned).toMatchObject({ id: attempt.id, status: 'abandoned', outcome: null });
    expect(again).toEqual(abandoned);
    expect(abandoned).not.toHaveProperty('turns');
  });

  it('rejects abandoning a finished attempt, and one that does not exist', async () => {
    const finished = await playToResolved();

    const ended = await apiErrorOf(api.abandonAttempt({ attemptId: finished.id }));
    const missing = await apiErrorOf(api.abandonAttempt({ attemptId: 'gone' }));

    expect(ended).toMatchObject({ code: 'conflict', message: 'this attempt has already ended' });
    expect(missing.code).toBe('not-found');
    expect((await api.getAttempt({ attemptId: finished.id })).status).toBe('finished');
  });
});

describe('getAttempt', () => {
  it('returns a finished attempt exactly as its last turn left it, closing line and debrief included', async () => {
    const finished = await playToResolved();

    expect(await api.getAttempt({ attemptId: finished.id })).toEqual(finished);
  });

  it('returns an attempt in progress ready to continue', async () => {
    const opened = await choose(await start(), 'reassure');

    const loaded = await api.getAttempt({ attemptId: opened.id });

    expect(loaded).toEqual(opened);
    expect(loaded.state).toEqual({
      scenarioId: 'late-parcel',
      nodeId: 'track',
      mood: 'hopeful',
      choiceSeed: opened.state.choiceSeed,
      turns: opened.turns,
    });
    expect(loaded.state.choiceSeed).toEqual(expect.any(Number));
  });

  it('rejects an attempt that does not exist', async () => {
    expect((await apiErrorOf(api.getAttempt({ attemptId: 'gone' }))).code).toBe('not-found');
  });
});

describe('listAttempts', () => {
  it("lists one trainee's attempts newest first, without transcripts", async () => {
    clock.set('2025-05-01T09:00:00.000Z');
    const first = await start('Bo Listed');
    clock.set('2025-05-03T09:00:00.000Z');
    const third = await start('Bo Listed');
    clock.set('2025-05-02T09:00:00.000Z');
    const second = await start('Bo Listed');
    await start('Someone Else');

    const listed = await api.listAttempts({ traineeName: 'Bo Listed' });

    expect(listed.map((a) => a.id)).toEqual([third.id, second.id, first.id]);
    expect(listed[0]).not.toHaveProperty('turns');
    expect(listed[0]).not.toHaveProperty('currentNodeId');
  });

  it('breaks ties in start time by id, so the order is the same on every call', async () => {
    clock.set('2025-06-01T09:00:00.000Z');
    const tied = [await start('Cy Tied'), await start('Cy Tied'), await start('Cy Tied')];

    const listed = await api.listAttempts({ traineeName: 'Cy Tied' });

    expect(listed.map((a) => a.id)).toEqual(
      tied
        .map((a) => a.id)
        .sort()
        .reverse(),
    );
    expect(await api.listAttempts({ traineeName: 'Cy Tied' })).toEqual(listed);
  });

  it("lists everyone's attempts, newest first then by id, when no trainee is given", async () => {
    const listed = await api.listAttempts({});

    const trainees = new Set(listed.map((a) => a.traineeName));
    expect([...trainees]).toEqual(expect.arrayContaining(['Ana Trainee', 'Bo Listed', 'Cy Tied', 'Someone Else']));
    const keys = listed.map((a) => `${a.startedAt} ${a.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });
});
