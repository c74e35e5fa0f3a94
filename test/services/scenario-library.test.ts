import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '@api';
import { createScenarioLibrary } from '../../electron/services/scenario-library';
import { makeScenariosFolder, makeTempFolder, removeFolder } from './temp-folders';

let root: string;
let folder: string;

beforeAll(async () => {
  root = await makeTempFolder();
  folder = await makeScenariosFolder(root);
});

afterAll(() => removeFolder(root));

describe('createScenarioLibrary', () => {
  it('reads the folder again on every read, so edits on disk show up', async () => {
    const library = createScenarioLibrary(folder);
    const file = path.join(folder, 'late-parcel.json');
    const original = await readFile(file, 'utf8');
    const before = await library.read();
    await writeFile(file, original.replace('"estimatedMinutes": 3', '"estimatedMinutes": 4'));

    const after = await library.read();

    const minutes = (view: typeof before) => view.entries.find((e) => e.file === 'late-parcel.json')?.scenario?.estimatedMinutes;
    expect([minutes(before), minutes(after)]).toEqual([3, 4]);
    await writeFile(file, original);
  });

  it('finds a scenario before the library was ever read', async () => {
    const library = createScenarioLibrary(folder);

    expect((await library.find('late-parcel'))?.title).toBe('The parcel that never came');
    expect(await library.find('no-such-scenario')).toBeUndefined();
  });

  it('keeps the last valid version of a scenario whose file has become invalid', async () => {
    const library = createScenarioLibrary(folder);
    const file = path.join(folder, 'late-parcel.json');
    const original = await readFile(file, 'utf8');
    await library.read();
    await writeFile(file, original.replace('"start": "greet"', '"start": "nowhere"'));

    const view = await library.read();

    expect(view.entries.find((e) => e.file === 'late-parcel.json')?.scenario).toBeUndefined();
    expect((await library.find('late-parcel'))?.start).toBe('greet');
    await writeFile(file, original);
  });

  it('reports a folder it cannot read as unavailable, naming the folder', async () => {
    const missing = path.join(root, 'not-there');

    const error = await createScenarioLibrary(missing)
      .read()
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'unavailable' });
    expect((error as ApiError).message).toContain(`cannot read the scenarios folder ${missing}`);
  });
});
