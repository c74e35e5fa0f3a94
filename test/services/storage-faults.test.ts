/**
 * Storage faults on a real small disk (see small-disk.ts): a full disk while a trainee is replying
 * and while the daily backup is written, and a data folder that has become read-only. Each must
 * end in a clear message and a way forward, never a crash or a half-written file.
 */
import { cp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { createRapportServices, type RapportServices } from '../../electron/services/rapport-services';
import { makeScenariosFolder, makeTempFolder, removeFolder } from './temp-folders';
import { mountSmallDisk, smallDiskAvailable, type SmallDisk } from './small-disk';

let root: string;
let scenariosDir: string;
/** A data folder holding a created database, copied onto each small disk. */
let template: string;
const cleanups: Array<() => Promise<void> | void> = [];

/** Why these tests are skipped where they are: said in the test report, not passed as a placeholder. */
const NO_SMALL_DISK = 'this machine refused to mount a tmpfs: the small-disk tests need root or CAP_SYS_ADMIN, as CI has';

beforeAll(async () => {
  if (!smallDiskAvailable) return;
  root = await makeTempFolder();
  scenariosDir = await makeScenariosFolder(root);
  template = path.join(root, 'template');
  const services = await createRapportServices({ dataDir: template, scenariosDir });
  await services.api.setProfile({ traineeName: 'Fay Full-Disk' });
  await services.close();
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  if (root) await removeFolder(root);
});

/** A small disk holding a copy of the template data folder, unmounted after the tests. */
async function diskWithData(megabytes: number): Promise<{ disk: SmallDisk; dataDir: string }> {
  const disk = mountSmallDisk(root, megabytes);
  cleanups.push(() => disk.unmount());
  const dataDir = path.join(disk.folder, 'data');
  await cp(template, dataDir, { recursive: true });
  return { disk, dataDir };
}

async function start(dataDir: string, options: { dailyBackups?: boolean } = {}): Promise<RapportServices> {
  const services = await createRapportServices({ dataDir, scenariosDir, ...options });
  cleanups.push(() => services.close().catch(() => undefined));
  return services;
}

describe('storage faults on a real small disk', () => {
  beforeEach((context) => context.skip(!smallDiskAvailable, NO_SMALL_DISK));

  it('a full disk while replying: the reply is refused with what to do, and accepted once space is freed', async () => {
    const { disk, dataDir } = await diskWithData(64);
    const { api } = await start(dataDir);
    const attempt = await api.startAttempt({ scenarioId: 'late-parcel', traineeName: 'Fay Full-Disk' });
    await api.recordTurn({ attemptId: attempt.id, nodeId: 'greet', reply: { kind: 'choice', choiceId: 'reassure' } });
    const freeSpace = disk.fill();
    // A long reply needs new pages on disk, so the full disk is met at once.
    const reply = { kind: 'text' as const, text: 'I will check where your parcel is right now. '.repeat(2200) };

    const refused = api.recordTurn({ attemptId: attempt.id, nodeId: 'track', reply });

    await expect(refused).rejects.toMatchObject({ code: 'unavailable' });
    await expect(refused).rejects.toThrow(
      `the disk holding Rapport's data (${dataDir}) is full, so this was not saved. Free some space, then try again.`,
    );
    freeSpace();
    const accepted = await api.recordTurn({ attemptId: attempt.id, nodeId: 'track', reply });
    expect(accepted.turnCount).toBe(2);
    expect((await api.getAttempt({ attemptId: attempt.id })).turns[1]!.replyText).toBe(reply.text);
  });

  it('a full disk during the daily backup: the health says so, no half backup is left, and the app goes on', async () => {
    const { disk, dataDir } = await diskWithData(64);
    // Today's backup is taken a few seconds after the start; the disk fills up before that.
    const { api } = await start(dataDir, { dailyBackups: true });
    cleanups.push(disk.fill());

    await expect
      .poll(async () => (await api.getHealth({})).backupProblem, { timeout: 30_000, interval: 200 })
      .toMatch(/^the daily backup could not be written to .*backups: .*ENOSPC/);

    expect((await readdir(path.join(dataDir, 'backups')).catch(() => [])).filter((n) => !n.startsWith('.'))).toEqual([]);
    expect(await api.getProfile({})).toEqual({ traineeName: 'Fay Full-Disk' });
  });

  it('a read-only data folder at start: Rapport starts and says it cannot write there', async () => {
    const { disk, dataDir } = await diskWithData(64);
    await rm(path.join(dataDir, 'rapport.lock'), { force: true });
    disk.setReadOnly(true);
    cleanups.push(() => disk.setReadOnly(false));

    const { api } = await start(dataDir);
    const health = await api.getHealth({});

    expect(health.database).toMatchObject({ status: 'unavailable', problem: 'unwritable' });
    expect(health.database.status === 'unavailable' && health.database.message).toMatch(/EROFS|read-only/);
  });
});
