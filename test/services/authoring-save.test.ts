import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '@api';
import { diskSteps, type AtomicWriteSteps } from '../../electron/services/authoring/atomic-write';
import { createAuthoringService, type AuthoringService } from '../../electron/services/authoring/authoring-service';
import { saveScenarioFile } from '../../electron/services/authoring/save-scenario-file';
import { openDatabase, type RapportDatabase } from '../../electron/services/database';
import { makeScenariosFolder, makeTempFolder, removeFolder } from './temp-folders';

let root: string;
let folder: string;
let database: RapportDatabase;
/** Steps of the next atomic writes; tests replace one to make a write fail part-way. */
let steps: AtomicWriteSteps = diskSteps;
let authoring: AuthoringService;

const delegatingSteps: AtomicWriteSteps = {
  writeAndFlush: (file, bytes) => steps.writeAndFlush(file, bytes),
  rename: (from, to) => steps.rename(from, to),
  flushFolder: (f) => steps.flushFolder(f),
  remove: (file) => steps.remove(file),
};

beforeAll(async () => {
  root = await makeTempFolder();
  folder = await makeScenariosFolder(root);
  database = await openDatabase(path.join(root, 'data'));
  authoring = await createAuthoringService({
    db: database.db,
    dataDir: path.join(root, 'data'),
    bundledFolder: folder,
    now: () => new Date('2025-06-02T10:00:00Z'),
    writeSteps: delegatingSteps,
  });
});

afterEach(() => {
  steps = diskSteps;
});

afterAll(async () => {
  await database.close();
  await removeFolder(root);
});

const api = () => authoring.api;
const published = (file: string) => readFile(path.join(folder, file), 'utf8');
const draftsFolder = () => path.join(root, 'data', 'drafts');
const failure = <T>(promise: Promise<T>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as ApiError,
  );

/** The parcel scenario as a new file, with its own id so it does not clash with late-parcel.json. */
async function parcelCopy(id: string): Promise<string> {
  return (await published('late-parcel.json')).replace('"id": "late-parcel"', `"id": "${id}"`);
}

describe('openScenarioFile', () => {
  it('gives the exact text, a revision of its bytes and its problems', async () => {
    const opened = await api().openScenarioFile({ file: 'late-parcel.json', status: 'published' });

    expect(opened.text).toBe(await published('late-parcel.json'));
    expect(opened.revision).toMatch(/^[0-9a-f]{64}$/);
    expect(opened.problems).toEqual([]);
  });

  it('says when there is no such file', async () => {
    const error = await failure(api().openScenarioFile({ file: 'gone.json', status: 'draft' }));
    expect(error).toMatchObject({
      code: 'not-found',
      message: 'there is no draft gone.json: it may have been published or deleted',
    });
  });
});

describe('saveScenarioFile', () => {
  it('saves a draft with problems, listed with its problem count, without touching the scenarios folder', async () => {
    const broken = (await parcelCopy('half-done')).replace('"next": "track"', '"next": "nowhere"');

    const saved = await api().saveScenarioFile({ file: 'half-done.json', text: broken, baseRevision: null, mode: 'draft' });
    const listed = await api().listScenarioFiles({});

    expect(saved.problems.map((p) => p.message)).toContain('unknown node "nowhere"');
    expect(await readFile(path.join(draftsFolder(), 'half-done.json'), 'utf8')).toBe(broken);
    expect(await readdir(folder)).not.toContain('half-done.json');
    expect(listed.find((f) => f.file === 'half-done.json')).toMatchObject({
      status: 'draft',
      id: 'half-done',
      problemCount: saved.problems.length,
    });
  });

  it('refuses to publish a scenario with problems, naming how many and the first', async () => {
    const broken = (await parcelCopy('half-done')).replace('"next": "track"', '"next": "nowhere"');

    const error = await failure(
      api().saveScenarioFile({ file: 'half-done.json', text: broken, baseRevision: null, mode: 'publish' }),
    );

    const one = await failure(
      api().saveScenarioFile({
        file: 'quick.json',
        text: (await parcelCopy('quick')).replace('"estimatedMinutes": 3', '"estimatedMinutes": 0'),
        baseRevision: null,
        mode: 'publish',
      }),
    );

    expect(error).toMatchObject({ code: 'invalid-argument' });
    expect(error!.message).toMatch(
      /^cannot publish half-done\.json: it has 4 problems; the first is half-done\.json:28:19 \$\.nodes\[0\]\.choices\[0\]\.next: unknown node "nowhere"\. Fix them, or save it as a draft\.$/,
    );
    expect(one!.message).toMatch(
      /^cannot publish quick\.json: it has 1 problem; the first is quick\.json:\d+:\d+ \$\.estimatedMinutes: .*\. Fix it, or save it as a draft\.$/,
    );
    expect(await readdir(folder)).not.toContain('half-done.json');
  });

  it('refuses to publish a second scenario with an id already published', async () => {
    const error = await failure(
      api().saveScenarioFile({
        file: 'parcel-again.json',
        text: await published('late-parcel.json'),
        baseRevision: null,
        mode: 'publish',
      }),
    );
    expect(error!.message).toMatch(/duplicate scenario id "late-parcel" \(also used by late-parcel\.json\)/);
  });

  it('publishes the draft the trainer opened and removes the draft', async () => {
    const text = await parcelCopy('ready-parcel');
    const draft = await api().saveScenarioFile({ file: 'ready-parcel.json', text, baseRevision: null, mode: 'draft' });

    const saved = await api().saveScenarioFile({
      file: 'ready-parcel.json',
      text,
      baseRevision: draft.revision,
      mode: 'publish',
    });

    expect(saved).toMatchObject({ status: 'published', revision: draft.revision, problems: [] });
    expect(await published('ready-parcel.json')).toBe(text);
    expect(await readdir(draftsFolder())).not.toContain('ready-parcel.json');
    expect(await readdir(draftsFolder())).not.toContain('ready-parcel.json.base');
  });

  it('never deletes what it just published, even when the scenarios folder is the drafts folder', async () => {
    // A folder chosen before such folders were refused may still be remembered.
    const shared = path.join(root, 'shared-folder');
    const folders = { published: () => shared, drafts: shared };
    const text = await parcelCopy('same-folder-parcel');
    const draft = await saveScenarioFile({ file: 'same.json', text, baseRevision: null, mode: 'draft' }, folders);

    await saveScenarioFile({ file: 'same.json', text, baseRevision: draft.revision, mode: 'publish', overwrite: true }, folders);

    expect(await readFile(path.join(shared, 'same.json'), 'utf8')).toBe(text);
  });

  it('refuses to overwrite a file changed on disk since it was opened, unless told to overwrite', async () => {
    const opened = await api().openScenarioFile({ file: 'double-charged-broadband.json', status: 'published' });
    const someoneElses = opened.text.replace('"estimatedMinutes": 8', '"estimatedMinutes": 9');
    await writeFile(path.join(folder, 'double-charged-broadband.json'), someoneElses);
    const mine = opened.text.replace('"estimatedMinutes": 8', '"estimatedMinutes": 10');
    const request = {
      file: 'double-charged-broadband.json',
      text: mine,
      baseRevision: opened.revision,
      mode: 'publish' as const,
    };

    const conflict = await failure(api().saveScenarioFile(request));
    const unchanged = await published('double-charged-broadband.json');
    await api().saveScenarioFile({ ...request, overwrite: true });

    expect(conflict).toMatchObject({ code: 'conflict', message: expect.stringMatching(/changed on disk since you opened it/) });
    expect(unchanged).toBe(someoneElses);
    expect(await published('double-charged-broadband.json')).toBe(mine);
  });

  it('refuses to publish a draft when the published file changed after the draft was started', async () => {
    const opened = await api().openScenarioFile({ file: 'late-parcel.json', status: 'published' });
    const edited = opened.text.replace('"estimatedMinutes": 3', '"estimatedMinutes": 4');
    const draft = await api().saveScenarioFile({
      file: 'late-parcel.json',
      text: edited,
      baseRevision: opened.revision,
      mode: 'draft',
    });
    const again = await api().saveScenarioFile({
      file: 'late-parcel.json',
      text: edited.replace('"difficulty": "beginner"', '"difficulty": "intermediate"'),
      baseRevision: draft.revision,
      mode: 'draft',
    });
    await writeFile(path.join(folder, 'late-parcel.json'), opened.text.replace('"estimatedMinutes": 3', '"estimatedMinutes": 5'));

    const conflict = await failure(
      api().saveScenarioFile({ file: 'late-parcel.json', text: edited, baseRevision: again.revision, mode: 'publish' }),
    );
    await writeFile(path.join(folder, 'late-parcel.json'), opened.text);
    const saved = await api().saveScenarioFile({
      file: 'late-parcel.json',
      text: edited,
      baseRevision: again.revision,
      mode: 'publish',
    });

    expect(conflict).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/changed on disk since you started this draft/),
    });
    expect(saved.status).toBe('published');
    await writeFile(path.join(folder, 'late-parcel.json'), opened.text);
  });

  it('refuses to replace a draft changed elsewhere, or an existing draft with a new file of the same name', async () => {
    const text = await parcelCopy('two-windows');
    const first = await api().saveScenarioFile({ file: 'two-windows.json', text, baseRevision: null, mode: 'draft' });
    await api().saveScenarioFile({ file: 'two-windows.json', text: `${text} `, baseRevision: first.revision, mode: 'draft' });

    const stale = await failure(
      api().saveScenarioFile({ file: 'two-windows.json', text, baseRevision: first.revision, mode: 'draft' }),
    );
    const fresh = await failure(api().saveScenarioFile({ file: 'two-windows.json', text, baseRevision: null, mode: 'draft' }));

    expect(stale).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/the draft two-windows\.json changed on disk/),
    });
    expect(fresh).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/a draft named two-windows\.json already exists/),
    });
  });
});

describe('atomic saving', () => {
  it('leaves the old file whole and no temporary file when the write stops before the rename', async () => {
    const before = await published('double-charged-broadband.json');
    const opened = await api().openScenarioFile({ file: 'double-charged-broadband.json', status: 'published' });
    steps = {
      ...diskSteps,
      rename: async () => {
        throw Object.assign(new Error('simulated crash before rename'), { code: 'EIO' });
      },
    };

    const error = await failure(
      api().saveScenarioFile({
        file: 'double-charged-broadband.json',
        text: opened.text.replace('Denise', 'Denis'),
        baseRevision: opened.revision,
        mode: 'publish',
      }),
    );

    expect(error).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/cannot save double-charged-broadband\.json in .* \(EIO\)/),
    });
    expect(await published('double-charged-broadband.json')).toBe(before);
    expect((await readdir(folder)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves the old file whole when writing the new bytes fails half-way', async () => {
    const before = await published('late-parcel.json');
    const opened = await api().openScenarioFile({ file: 'late-parcel.json', status: 'published' });
    steps = {
      ...diskSteps,
      writeAndFlush: async (file, bytes) => {
        await writeFile(file, bytes.subarray(0, bytes.length / 2));
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    };

    const error = await failure(
      api().saveScenarioFile({
        file: 'late-parcel.json',
        text: `${opened.text}\n`,
        baseRevision: opened.revision,
        mode: 'publish',
      }),
    );

    expect(error!.message).toMatch(/\(ENOSPC\)\. Choose a scenarios folder you can write to/);
    expect(await published('late-parcel.json')).toBe(before);
    expect((await readdir(folder)).sort()).toEqual(['double-charged-broadband.json', 'late-parcel.json', 'ready-parcel.json']);
  });

  it('never lists a temporary file left by a crash', async () => {
    await writeFile(path.join(folder, '.late-parcel.json.0badc0ffee00.tmp'), '{"id": "half');

    const listed = await api().listScenarioFiles({});

    expect(listed.filter((f) => f.status === 'published').map((f) => f.file)).toEqual([
      'double-charged-broadband.json',
      'late-parcel.json',
      'ready-parcel.json',
    ]);
  });
});

describe('deleteDraft', () => {
  it('removes a draft, and says so when there is none', async () => {
    await api().saveScenarioFile({ file: 'throwaway.json', text: '{}', baseRevision: null, mode: 'draft' });

    expect(await api().deleteDraft({ file: 'throwaway.json' })).toEqual({ file: 'throwaway.json' });
    expect(await readdir(draftsFolder())).not.toContain('throwaway.json');
    expect(await failure(api().deleteDraft({ file: 'throwaway.json' }))).toMatchObject({ code: 'not-found' });
  });
});

describe('two saves at once', () => {
  it('lets only one of two windows that opened the same revision replace the file', async () => {
    const opened = await api().openScenarioFile({ file: 'late-parcel.json', status: 'published' });
    const edit = (minutes: number) =>
      api().saveScenarioFile({
        file: 'late-parcel.json',
        text: opened.text.replace('"estimatedMinutes": 3', `"estimatedMinutes": ${minutes}`),
        baseRevision: opened.revision,
        mode: 'publish',
      });

    const results = await Promise.allSettled([edit(6), edit(7)]);

    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(await published('late-parcel.json')).toContain('"estimatedMinutes": 6');
    await writeFile(path.join(folder, 'late-parcel.json'), opened.text);
  });
});
