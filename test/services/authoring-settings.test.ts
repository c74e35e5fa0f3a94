import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRapportServices, type RapportServices } from '../../electron/services/rapport-services';
import { checkScenariosFolder, isSystemFolder } from '../../electron/services/authoring/scenarios-folder-check';
import { makeScenariosFolder, makeTempFolder, removeFolder } from './temp-folders';

let root: string;
let bundled: string;
let services: RapportServices;

const open = () => createRapportServices({ dataDir: path.join(root, 'data'), scenariosDir: bundled });

beforeAll(async () => {
  root = await makeTempFolder();
  bundled = await makeScenariosFolder(root);
  services = await open();
});

afterAll(async () => {
  await services.close();
  await removeFolder(root);
});

/** A folder nobody may write to: read-only permissions, or, for root (who ignores them), /sys. */
async function readOnlyFolder(): Promise<string> {
  if (process.getuid?.() === 0) return '/sys';
  const folder = path.join(root, 'read-only');
  await mkdir(folder, { recursive: true });
  await chmod(folder, 0o555);
  return folder;
}

describe('getAuthoringSettings and setScenariosFolder', () => {
  it('uses the bundled scenarios until a trainer chooses a folder', async () => {
    expect(await services.api.getAuthoringSettings({})).toEqual({
      scenariosFolder: bundled,
      bundledFolder: bundled,
      usingBundled: true,
    });
  });

  it('remembers the chosen folder across a restart, and null returns to the bundled one', async () => {
    const mine = path.join(root, 'team-scenarios');
    await mkdir(mine);

    expect(await services.api.setScenariosFolder({ folder: mine })).toMatchObject({ scenariosFolder: mine, usingBundled: false });
    await services.close();
    services = await open();
    expect(await services.api.getAuthoringSettings({})).toMatchObject({ scenariosFolder: mine, usingBundled: false });

    expect(await services.api.setScenariosFolder({ folder: null })).toMatchObject({
      scenariosFolder: bundled,
      usingBundled: true,
    });
  });

  it('refuses a folder that does not exist, a file, a relative path and a read-only folder, saying what to do', async () => {
    const file = path.join(root, 'notes.txt');
    await writeFile(file, 'not a folder');
    const refusal = (folder: string) => services.api.setScenariosFolder({ folder }).catch((e: Error) => e);

    expect(await refusal(path.join(root, 'nope'))).toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(/does not exist: create it first/),
    });
    expect(await refusal(file)).toMatchObject({ message: expect.stringMatching(/is a file, not a folder/) });
    expect(await refusal('scenarios')).toMatchObject({ message: expect.stringMatching(/is not a full path/) });
    expect(await refusal(await readOnlyFolder())).toMatchObject({
      // As root the read-only folder is /sys, which is refused sooner, as a system folder.
      message: expect.stringMatching(/cannot write to .*choose a folder you can save files in|is a system folder/),
    });
    expect(await services.api.getAuthoringSettings({})).toMatchObject({ usingBundled: true });
  });

  it('refuses the drafts folder, anything in the data folder and system folders, judged after resolving .. and ~', async () => {
    const dataDir = path.join(root, 'data');
    const drafts = path.join(dataDir, 'drafts');
    await mkdir(drafts, { recursive: true });
    const home = path.join(root, 'home');
    await mkdir(home, { recursive: true });
    const refusal = (folder: string) => services.api.setScenariosFolder({ folder }).catch((e: Error) => e);
    const depth = home.split('/').length - 1;
    const upToRoot = Array.from({ length: depth }, () => '..').join('/');

    expect(await refusal(drafts)).toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(/is Rapport's drafts folder/),
    });
    expect(await refusal(dataDir)).toMatchObject({ message: expect.stringMatching(/inside Rapport's data folder/) });
    expect(await refusal(path.join(drafts, '..', 'drafts', '.'))).toMatchObject({
      message: expect.stringMatching(/drafts folder/),
    });
    expect(await refusal('/etc')).toMatchObject({ message: expect.stringMatching(/\/etc is a system folder/) });
    expect(await refusal('/usr/share')).toMatchObject({ message: expect.stringMatching(/is a system folder/) });
    expect(await refusal('/')).toMatchObject({ message: expect.stringMatching(/is a system folder/) });
    await expect(checkScenariosFolder(`~/${upToRoot}/etc`, { home })).rejects.toThrow(/\(\/etc\) is a system folder/);
    expect(await services.api.getAuthoringSettings({})).toMatchObject({ usingBundled: true });
  });

  it('recognises Windows and macOS system folders', () => {
    for (const folder of [
      'C:\\Windows',
      'c:\\windows\\System32',
      'C:\\Program Files\\Rapport',
      'D:\\',
      '/System/Library',
      '/etc',
    ]) {
      expect(isSystemFolder(folder), folder).toBe(true);
    }
    for (const folder of ['C:\\Users\\ann\\scenarios', '/home/ann/scenarios', '/srv/team/scenarios', '/usrdata']) {
      expect(isSystemFolder(folder), folder).toBe(false);
    }
  });

  it('reads ~ as the home folder', async () => {
    const home = path.join(root, 'home');
    await mkdir(path.join(home, 'scenarios'), { recursive: true });

    expect(await checkScenariosFolder('~/scenarios', { home })).toBe(path.join(home, 'scenarios'));
  });
});

describe('the trainee library follows the chosen folder', () => {
  it('shows the chosen folder’s scenarios, including one just published there', async () => {
    const mine = path.join(root, 'library-follows');
    await mkdir(mine);
    await services.api.setScenariosFolder({ folder: mine });
    const text = (await readFile(path.join(bundled, 'late-parcel.json'), 'utf8')).replace(
      '"id": "late-parcel"',
      '"id": "team-parcel"',
    );

    const before = await services.api.getLibrary({});
    await services.api.saveScenarioFile({ file: 'team-parcel.json', text, baseRevision: null, mode: 'publish' });
    const after = await services.api.getLibrary({});
    const attempt = await services.api.startAttempt({ scenarioId: 'team-parcel', traineeName: 'Tia Trainee' });

    expect(before).toEqual({ folder: mine, entries: [] });
    expect(after.entries.map((e) => [e.file, e.scenario?.id])).toEqual([['team-parcel.json', 'team-parcel']]);
    expect(attempt.scenarioTitle).toBe('The parcel that never came');
    await services.api.setScenariosFolder({ folder: null });
    expect((await services.api.getLibrary({})).folder).toBe(bundled);
  });
});
