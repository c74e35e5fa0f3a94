import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { startPlay, takeTurn } from '../../engine/play/player';
import type { PlayState } from '../../engine/play/types';
import type { Scenario } from '../../engine/scenario/format';
import { validateScenarioText } from '../../engine/scenario/validate';
import { appendTurn, findAttempt, insertAttempt, listAttempts, loadTurns } from '../../electron/services/attempt-store';
import { openDatabase, type RapportDatabase } from '../../electron/services/database';
import { FIXTURE_SCENARIOS, makeTempFolder, removeFolder } from './temp-folders';

let root: string;
let database: RapportDatabase;
let scenario: Scenario;
let attemptNumber = 0;

beforeAll(async () => {
  root = await makeTempFolder();
  database = await openDatabase(root);
  const file = path.join(FIXTURE_SCENARIOS, 'late-parcel.json');
  scenario = validateScenarioText('late-parcel.json', await readFile(file, 'utf8')).scenario!;
});

afterAll(async () => {
  await database.close();
  await removeFolder(root);
});

async function newAttempt(state: PlayState, overrides: { traineeName?: string; startedAt?: string } = {}) {
  attemptNumber += 1;
  return insertAttempt(database.db, {
    id: `attempt-${String(attemptNumber).padStart(3, '0')}`,
    traineeName: overrides.traineeName ?? 'Store Tester',
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    startedAt: new Date(overrides.startedAt ?? '2025-03-01T09:00:00.000Z'),
    scorerVersion: 'test-scorer',
    retryOf: null,
    state,
  });
}

describe('insertAttempt', () => {
  it('stores a new attempt in progress with no scores and no turns', async () => {
    const stored = await newAttempt(startPlay(scenario));

    expect(stored.summary).toMatchObject({ status: 'in-progress', turnCount: 0, scores: null, outcome: null });
    expect(stored.currentNodeId).toBe('greet');
    expect(await loadTurns(database.db, stored.summary.id)).toEqual([]);
  });

  it('stores the turns a retry carries, with their averages', async () => {
    const played = takeTurn(scenario, startPlay(scenario), { kind: 'choice', choiceId: 'reassure' });

    const stored = await newAttempt(played);

    expect(stored.summary.turnCount).toBe(1);
    expect(stored.summary.scores).toEqual({ respect: 90, helpfulness: 70, empathy: 90 });
    expect(await loadTurns(database.db, stored.summary.id)).toEqual(played.turns);
  });
});

describe('appendTurn', () => {
  it('stores the turn and the attempt progress together', async () => {
    const start = startPlay(scenario);
    const { summary } = await newAttempt(start);
    const next = takeTurn(scenario, start, { kind: 'choice', choiceId: 'reassure' });

    const stored = await appendTurn(database.db, summary.id, next, new Date('2025-03-01T09:01:00.000Z'));

    expect(stored?.currentNodeId).toBe('track');
    expect(stored?.currentMood).toBe('hopeful');
    expect(stored?.summary.turnCount).toBe(1);
    expect(await loadTurns(database.db, summary.id)).toEqual(next.turns);
  });

  it('finishes the attempt when the turn reaches an ending', async () => {
    const start = startPlay(scenario);
    const { summary } = await newAttempt(start);
    const ended = takeTurn(scenario, start, { kind: 'choice', choiceId: 'deflect' });

    const stored = await appendTurn(database.db, summary.id, ended, new Date('2025-03-01T09:02:00.000Z'));

    expect(stored?.summary).toMatchObject({
      status: 'finished',
      outcome: 'customer-lost',
      finishedAt: '2025-03-01T09:02:00.000Z',
    });
  });

  it('writes nothing when the attempt is no longer waiting at that turn', async () => {
    const start = startPlay(scenario);
    const { summary } = await newAttempt(start);
    const next = takeTurn(scenario, start, { kind: 'choice', choiceId: 'reassure' });
    await appendTurn(database.db, summary.id, next, new Date());

    const again = await appendTurn(database.db, summary.id, next, new Date());

    expect(again).toBeUndefined();
    expect(await loadTurns(database.db, summary.id)).toHaveLength(1);
  });

  it('leaves the attempt untouched when the turn cannot be written (one transaction)', async () => {
    const start = startPlay(scenario);
    const { summary } = await newAttempt(start);
    // A stray row where the new turn belongs makes the turn insert fail after the attempt update.
    await sql`insert into turns (attempt_id, idx, node_id, recorded_at, respect, helpfulness, empathy, played)
              values (${summary.id}, 0, 'greet', now(), 0, 0, 0, '{}')`.execute(database.db);
    const next = takeTurn(scenario, start, { kind: 'choice', choiceId: 'reassure' });

    await expect(appendTurn(database.db, summary.id, next, new Date())).rejects.toThrow(/turns_pkey/);

    const after = await findAttempt(database.db, summary.id);
    expect(after?.summary.turnCount).toBe(0);
    expect(after?.currentNodeId).toBe('greet');
  });
});

describe('listAttempts', () => {
  it('lists newest first and breaks ties in start time by id, the same way every time', async () => {
    const trainee = 'Tie Breaker';
    const a = await newAttempt(startPlay(scenario), { traineeName: trainee, startedAt: '2025-04-01T10:00:00.000Z' });
    const b = await newAttempt(startPlay(scenario), { traineeName: trainee, startedAt: '2025-04-01T10:00:00.000Z' });
    const c = await newAttempt(startPlay(scenario), { traineeName: trainee, startedAt: '2025-04-02T10:00:00.000Z' });

    const listed = await listAttempts(database.db, { traineeName: trainee });

    expect(listed.map((s) => s.id)).toEqual([c.summary.id, b.summary.id, a.summary.id]);
    expect(await listAttempts(database.db, { traineeName: trainee })).toEqual(listed);
  });

  it('is served in order by an index, without sorting, for one trainee and for everyone', async () => {
    await database.db.transaction().execute(async (trx) => {
      // An almost empty table would be scanned whatever the indexes; forbid that to see the plan a big one gets.
      await sql`set local enable_seqscan = off`.execute(trx);
      const newestFirst = trx.selectFrom('attempts').selectAll().orderBy('started_at', 'desc').orderBy('id', 'desc');
      for (const query of [newestFirst.where('trainee_name', '=', 'Tie Breaker'), newestFirst]) {
        const compiled = query.compile();
        const plan = await trx.executeQuery<{ 'QUERY PLAN': string }>({ ...compiled, sql: `explain ${compiled.sql}` });
        const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
        expect(text).toMatch(/Index Scan using attempts_by_(trainee|started_at)/);
        expect(text).not.toMatch(/Sort/);
      }
    });
  });
});
