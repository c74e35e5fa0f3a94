/**
 * Saving a scenario is atomic (temporary file, fsync, rename), proven against real faults: the
 * order of the steps on a real disk, a process killed mid-save dozens of times, a disk that fills
 * up and a scenarios folder that turns read-only (see small-disk.ts). authoring-save.test.ts covers
 * the same promise with simulated failures of each step.
 */
import { spawn } from 'node:child_process';
import { mkdir, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { vi } from 'vitest';
import { diskSteps, writeFileAtomically, type AtomicWriteSteps } from '../../electron/services/authoring/atomic-write';
import { createRapportServices, type RapportServices } from '../../electron/services/rapport-services';
import { bundledScenarioText } from '../fixtures/bundled-scenarios';
import { mountSmallDisk, smallDiskAvailable } from './small-disk';
import { makeTempFolder, removeFolder } from './temp-folders';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const KILLS = 40;

let root: string;
const cleanups: Array<() => Promise<unknown> | unknown> = [];

beforeAll(async () => {
  root = await makeTempFolder();
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await removeFolder(root);
});

/** Two versions of a scenario of a few megabytes, so a save takes long enough to be interrupted. */
function twoVersions(): [string, string] {
  const scenario = JSON.parse(bundledScenarioText('double-charged-broadband'));
  const padding = (letter: string) => Array.from({ length: 4000 }, (_, i) => `${letter} ${i} ${'x'.repeat(900)}`);
  return [
    JSON.stringify({ ...scenario, learningObjectives: padding('A') }, null, 2),
    JSON.stringify({ ...scenario, learningObjectives: padding('B') }, null, 2),
  ];
}

describe('saving a scenario is atomic', () => {
  it('writes a temporary file in the same folder, fsyncs it, renames it over the file, then flushes the folder', async () => {
    const folder = path.join(root, 'order');
    await mkdir(folder, { recursive: true });
    const target = path.join(folder, 'late-parcel.json');
    await writeFile(target, 'old');
    const handle = await open(target, 'r');
    const syncs = vi.spyOn(Object.getPrototypeOf(handle), 'sync');
    await handle.close();
    const steps: string[] = [];
    const recording: AtomicWriteSteps = {
      writeAndFlush: async (file, bytes) => {
        const before = syncs.mock.calls.length;
        await diskSteps.writeAndFlush(file, bytes);
        steps.push(`write ${path.relative(folder, file)} (fsynced: ${syncs.mock.calls.length > before})`);
      },
      rename: async (from, to) => {
        steps.push(`rename ${path.relative(folder, from)} -> ${path.relative(folder, to)}`);
        await diskSteps.rename(from, to);
      },
      flushFolder: async (f) => {
        steps.push(`flush folder ${f === folder ? 'of the file' : f}`);
        await diskSteps.flushFolder(f);
      },
      remove: diskSteps.remove,
    };

    await writeFileAtomically(target, Buffer.from('new'), recording);
    syncs.mockRestore();

    expect(steps).toEqual([
      expect.stringMatching(/^write \.late-parcel\.json\.[0-9a-f]{12}\.tmp \(fsynced: true\)$/),
      expect.stringMatching(/^rename \.late-parcel\.json\.[0-9a-f]{12}\.tmp -> late-parcel\.json$/),
      'flush folder of the file',
    ]);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['late-parcel.json']);
  });

  it(`leaves the old version or the new one, whole, however a save is interrupted (${KILLS} SIGKILLs)`, async () => {
    const folder = path.join(root, 'kills');
    await mkdir(folder, { recursive: true });
    const [a, b] = twoVersions();
    await writeFile(path.join(folder, 'a.txt'), a);
    await writeFile(path.join(folder, 'b.txt'), b);
    const target = path.join(folder, 'scenario.json');
    await writeFile(target, a);
    const child = path.join(projectRoot, 'node_modules', '.cache', 'rapport-tests', `save-scenario-${process.pid}.mjs`);
    await build({
      entryPoints: [path.join(projectRoot, 'test/services/fault-child/save-scenario.ts')],
      outfile: child,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'error',
    });
    cleanups.push(() => rm(child, { force: true }));

    let interruptedMidSave = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const proc = spawn(process.execPath, [child, target, path.join(folder, 'a.txt'), path.join(folder, 'b.txt')]);
      let saves = 0;
      proc.stdout.on('data', (chunk: Buffer) => (saves += chunk.toString().split('\n').length - 1));
      const exited = new Promise((resolve) => proc.once('exit', resolve));
      // Kill while it is saving: once it has reported a first save (a loaded machine can take long to
      // start a process), then at a random moment within the next few saves.
      const saving = new Promise((resolve) => proc.stdout.once('data', resolve));
      await Promise.race([saving, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
      proc.kill('SIGKILL');
      await exited;

      const onDisk = await readFile(target, 'utf8');
      expect(onDisk === a || onDisk === b, `after kill ${kill + 1} the file is one whole version`).toBe(true);
      if (saves > 0) interruptedMidSave++;
    }
    // Temporary files of interrupted saves may remain; they start with a dot and never show in the library.
    const left = (await readdir(folder)).filter((n) => !['a.txt', 'b.txt', 'scenario.json'].includes(n));
    expect(left.every((n) => /^\.scenario\.json\.[0-9a-f]{12}\.tmp$/.test(n))).toBe(true);
    expect(interruptedMidSave).toBeGreaterThan(KILLS / 2);
  }, 120_000);
});

describe.runIf(smallDiskAvailable)('saving a scenario on a real small disk', () => {
  let services: RapportServices;
  let folder: string;
  let disk: ReturnType<typeof mountSmallDisk>;

  beforeAll(async () => {
    disk = mountSmallDisk(root, 8);
    cleanups.push(() => disk.unmount());
    folder = path.join(disk.folder, 'scenarios');
    await mkdir(folder);
    await writeFile(path.join(folder, 'double-charged-broadband.json'), bundledScenarioText('double-charged-broadband'));
    services = await createRapportServices({ dataDir: path.join(root, 'data'), scenariosDir: folder });
    cleanups.push(() => services.close());
  });

  it('a full disk: the publish is refused with the reason and what to do, and the old file stays whole', async () => {
    const before = await readFile(path.join(folder, 'double-charged-broadband.json'), 'utf8');
    const opened = await services.api.openScenarioFile({ file: 'double-charged-broadband.json', status: 'published' });
    const freeSpace = disk.fill();
    cleanups.push(freeSpace);

    const saving = services.api.saveScenarioFile({
      file: 'double-charged-broadband.json',
      text: opened.text.replace('Denise', 'Denis').replace('"skills": [', `"skills": ["${'x'.repeat(200_000)}", `),
      baseRevision: opened.revision,
      mode: 'publish',
    });

    await expect(saving).rejects.toThrow(/ENOSPC.*Choose a scenarios folder you can write to/);
    expect(await readFile(path.join(folder, 'double-charged-broadband.json'), 'utf8')).toBe(before);
    freeSpace();
  });

  it('a scenarios folder that became read-only: the library still loads, and publishing says to choose another folder', async () => {
    disk.setReadOnly(true);
    cleanups.push(() => disk.setReadOnly(false));
    const opened = await services.api.openScenarioFile({ file: 'double-charged-broadband.json', status: 'published' });

    const library = await services.api.getLibrary({});
    const saving = services.api.saveScenarioFile({
      file: 'double-charged-broadband.json',
      text: opened.text.replace('Denise', 'Denis'),
      baseRevision: opened.revision,
      mode: 'publish',
    });

    expect(library.entries.map((e) => e.scenario?.id)).toEqual(['double-charged-broadband']);
    await expect(saving).rejects.toMatchObject({ code: 'unavailable' });
    await expect(saving).rejects.toThrow(
      new RegExp(`cannot save double-charged-broadband\\.json in ${folder}.*EROFS.*Choose a scenarios folder you can write to`),
    );
    await expect(services.api.setScenariosFolder({ folder })).rejects.toThrow(
      /cannot write to .*EROFS.*choose a folder you can save files in/,
    );
  });
});
