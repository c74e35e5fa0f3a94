import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { API_METHODS, type ApiError, type Api, type ApiMethod } from '@api';
import { createApiDispatcher } from '../../electron/api-dispatch';
import { createRapportServices, type RapportServices } from '../../electron/services/rapport-services';
import { WRONG_ARGS } from '../fixtures/wrong-api-args';
import { makeScenariosFolder, makeTempFolder, removeFolder } from './temp-folders';

let root: string;
let scenariosDir: string;
let services: RapportServices;

/** Closes the services and opens them again on the same folders, as a restart of the app would. */
async function reopen(): Promise<Api> {
  await services.close();
  services = await createRapportServices({ dataDir: root, scenariosDir });
  return services.api;
}

beforeAll(async () => {
  root = await makeTempFolder();
  scenariosDir = await makeScenariosFolder(root);
  services = await createRapportServices({ dataDir: root, scenariosDir });
});

afterAll(async () => {
  await services.close();
  await removeFolder(root);
});

describe('getProfile and setProfile', () => {
  it('has no trainee name before one is set, and remembers it across a restart', async () => {
    expect(await services.api.getProfile({})).toEqual({ traineeName: null });

    expect(await services.api.setProfile({ traineeName: 'Dee Profile' })).toEqual({ traineeName: 'Dee Profile' });
    await services.api.setProfile({ traineeName: 'Dee Renamed' });
    const api = await reopen();

    expect(await api.getProfile({})).toEqual({ traineeName: 'Dee Renamed' });
  });
});

describe('getLibrary', () => {
  it('lists every scenario file in the folder with its scenario or its problems', async () => {
    await writeFile(path.join(scenariosDir, 'broken.json'), '{ "id": "broken" ');

    const library = await services.api.getLibrary({});

    expect(library.folder).toBe(scenariosDir);
    expect(library.entries.map((e) => [e.file, e.scenario?.id ?? null])).toEqual([
      ['broken.json', null],
      ['double-charged-broadband.json', 'double-charged-broadband'],
      ['late-parcel.json', 'late-parcel'],
    ]);
    expect(library.entries[0]!.problems.length).toBeGreaterThan(0);
    await rm(path.join(scenariosDir, 'broken.json'));
  });

  it('shows edits made on disk at the next call', async () => {
    const file = path.join(scenariosDir, 'late-parcel.json');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('The parcel that never came', 'The parcel that finally came'));

    const library = await services.api.getLibrary({});

    expect(library.entries.find((e) => e.file === 'late-parcel.json')?.scenario?.title).toBe('The parcel that finally came');
    await writeFile(file, original);
  });
});

describe('scenarios changing under an attempt', () => {
  it('continues an attempt with the last valid scenario while its file is broken', async () => {
    const file = path.join(scenariosDir, 'late-parcel.json');
    const original = await readFile(file, 'utf8');
    const attempt = await services.api.startAttempt({ scenarioId: 'late-parcel', traineeName: 'Eve Editing' });
    await writeFile(file, original.slice(0, 100));
    await services.api.getLibrary({});

    const next = await services.api.recordTurn({
      attemptId: attempt.id,
      nodeId: 'greet',
      reply: { kind: 'choice', choiceId: 'reassure' },
    });

    expect(next.state.nodeId).toBe('track');
    await writeFile(file, original);
  });

  it('still shows a finished attempt after its scenario is removed, without the closing line', async () => {
    const copy = path.join(scenariosDir, 'late-parcel-copy.json');
    const original = await readFile(path.join(scenariosDir, 'late-parcel.json'), 'utf8');
    await writeFile(copy, original.replace('"id": "late-parcel"', '"id": "late-parcel-copy"'));
    let api = services.api;
    let attempt = await api.startAttempt({ scenarioId: 'late-parcel-copy', traineeName: 'Eve Editing' });
    attempt = await api.recordTurn({ attemptId: attempt.id, nodeId: 'greet', reply: { kind: 'choice', choiceId: 'deflect' } });
    const unfinished = await api.startAttempt({ scenarioId: 'late-parcel-copy', traineeName: 'Eve Editing' });
    await rm(copy);
    api = await reopen();

    const loaded = await api.getAttempt({ attemptId: attempt.id });
    const continuing = await api
      .recordTurn({ attemptId: unfinished.id, nodeId: 'greet', reply: { kind: 'choice', choiceId: 'reassure' } })
      .catch((e: unknown) => e);

    expect(loaded).toMatchObject({ status: 'finished', outcome: 'customer-lost', turnCount: 1 });
    expect(loaded.state).toMatchObject({ nodeId: 'lost', outcome: 'customer-lost' });
    expect(loaded.state.closingLine).toBeUndefined();
    expect(continuing).toMatchObject({ code: 'not-found' });
    expect((continuing as ApiError).message).toMatch(/no longer in the library; restore its file/);
  });
});

describe('createApiDispatcher over the services', () => {
  it.each(API_METHODS)('rejects wrong-shaped arguments for %s before the service sees them', async (method) => {
    const called: string[] = [];
    const spy = (m: ApiMethod) => (args: unknown) => {
      called.push(m);
      return (services.api[m] as (a: unknown) => Promise<unknown>)(args);
    };
    const spied = Object.fromEntries(API_METHODS.map((m) => [m, spy(m)])) as unknown as Api;
    const dispatch = createApiDispatcher(spied);

    for (const args of WRONG_ARGS[method]) {
      const response = await dispatch(method, args);
      expect(response, JSON.stringify(args).slice(0, 80)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(called).toEqual([]);
  });

  it('passes valid arguments through, trimmed, and reports service errors with their code', async () => {
    const dispatch = createApiDispatcher(services.api);

    const saved = await dispatch('setProfile', { traineeName: '  Fay Trimmed  ' });
    const missing = await dispatch('getAttempt', { attemptId: 'gone' });

    expect(saved).toEqual({ ok: true, value: { traineeName: 'Fay Trimmed' } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
