/**
 * When the database cannot be opened, Rapport still starts and says why, and offers ways forward
 * that never delete anything: restore the automatic backup, start a fresh database with the damaged
 * one moved aside, or try again once another copy has closed. Real PGlite databases in temp folders.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import type { Api, DatabaseRecovery, Health } from '@api';
import { createRapportServices, type RapportServices } from '../../electron/services/rapport-services';
import { BACKUPS_KEPT, listBackups, takeDailyBackup } from '../../electron/services/system/database-backups';
import { LOCK_FILE } from '../../electron/services/system/data-folder-lock';
import { makeScenariosFolder, makeTempFolder, removeFolder } from './temp-folders';
import { testClock } from './test-clock';

let root: string;
let scenariosDir: string;
/** A data folder with a database holding one trainee and one finished attempt, and its backup. */
let template: string;
const open: RapportServices[] = [];

async function start(dataDir: string, now = () => new Date('2025-03-03T09:00:00Z')): Promise<Api> {
  const services = await createRapportServices({ dataDir, scenariosDir, now });
  open.push(services);
  return services.api;
}

async function stop(api: Api): Promise<void> {
  const index = open.findIndex((s) => s.api === api);
  await open.splice(index, 1)[0]!.close();
}

/** A fresh copy of the template data folder, to damage as a test likes. */
async function copyOfTemplate(name: string): Promise<string> {
  const dataDir = path.join(root, name);
  await cp(template, dataDir, { recursive: true });
  return dataDir;
}

/** Breaks the database the way a bad disk or a half-copied folder does: PGlite cannot start on it. */
async function damage(dataDir: string): Promise<void> {
  await writeFile(path.join(dataDir, 'db', 'PG_VERSION'), 'not a version\n');
}

beforeAll(async () => {
  root = await makeTempFolder();
  scenariosDir = await makeScenariosFolder(root);
  template = path.join(root, 'template');
  const services = await createRapportServices({ dataDir: template, scenariosDir, now: () => new Date('2025-03-01T09:00:00Z') });
  await services.api.setProfile({ traineeName: 'Bea Backed-Up' });
  const attempt = await services.api.startAttempt({ scenarioId: 'late-parcel', traineeName: 'Bea Backed-Up' });
  await services.api.recordTurn({ attemptId: attempt.id, nodeId: 'greet', reply: { kind: 'choice', choiceId: 'deflect' } });
  await services.close();
  // The backup holds the state above; what is added after it is what a restore gives up.
  const { openDatabase } = await import('../../electron/services/database');
  const database = await openDatabase(template);
  await takeDailyBackup(path.join(template, 'backups'), database.dump, new Date('2025-03-01T12:00:00Z'));
  await database.db.insertInto('settings').values({ key: 'after-backup', value: 'yes' }).execute();
  await database.close();
}, 120_000);

afterAll(async () => {
  for (const services of open.splice(0)) await services.close();
  await removeFolder(root);
});

describe('database recovery', () => {
  describe('a healthy start', () => {
    it('reports the database open, where the data and backups are, and the latest backup', async () => {
      const dataDir = await copyOfTemplate('healthy');
      const api = await start(dataDir);

      const health = await api.getHealth({});

      expect(health).toMatchObject({
        database: { status: 'open', folder: path.join(dataDir, 'db') },
        dataFolder: dataDir,
        backupsFolder: path.join(dataDir, 'backups'),
        latestBackup: { name: 'rapport-db-2025-03-01.tar.gz', day: '2025-03-01' },
        backupProblem: null,
      });
      await stop(api);
    });

    it('takes today’s backup a moment after starting, when daily backups are on', async () => {
      const dataDir = await copyOfTemplate('daily');
      const services = await createRapportServices({
        dataDir,
        scenariosDir,
        now: () => new Date('2025-03-04T08:00:00Z'),
        dailyBackups: true,
      });
      open.push(services);

      await expect
        .poll(() => readdir(path.join(dataDir, 'backups')), { timeout: 30_000, interval: 250 })
        .toContain('rapport-db-2025-03-04.tar.gz');

      expect((await services.api.listBackups({})).map((b) => b.day)).toEqual(['2025-03-04', '2025-03-01']);
      await stop(services.api);
    });
  });

  describe('the rolling backup', () => {
    it(`keeps one backup a day, the newest ${BACKUPS_KEPT}, and leaves other files alone`, async () => {
      const folder = path.join(root, 'rolling');
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(folder, 'notes.txt'), 'mine');
      const clock = testClock('2025-03-01T10:00:00Z');
      let dumps = 0;
      const dump = async () => new Blob([`dump ${++dumps}`]);

      for (let day = 0; day < 10; day++) {
        await takeDailyBackup(folder, dump, clock.now());
        await takeDailyBackup(folder, dump, clock.now()); // a second start the same day
        clock.advanceMinutes(24 * 60);
      }

      const backups = await listBackups(folder);
      expect(dumps).toBe(10);
      expect(backups.map((b) => b.day)).toEqual([
        '2025-03-10',
        '2025-03-09',
        '2025-03-08',
        '2025-03-07',
        '2025-03-06',
        '2025-03-05',
        '2025-03-04',
      ]);
      expect(await readFile(path.join(folder, 'notes.txt'), 'utf8')).toBe('mine');
    });

    it('never leaves half a backup behind when writing one fails', async () => {
      const folder = path.join(root, 'failing-backup');
      await takeDailyBackup(folder, async () => new Blob(['good']), new Date('2025-03-01T10:00:00Z'));

      const failing = takeDailyBackup(
        folder,
        async () => {
          throw new Error('ENOSPC: no space left on device');
        },
        new Date('2025-03-02T10:00:00Z'),
      );

      await expect(failing).rejects.toThrow(/ENOSPC/);
      expect(await readdir(folder)).toEqual(['rapport-db-2025-03-01.tar.gz']);
    });
  });

  describe('a damaged database at start', () => {
    let dataDir: string;
    let api: Api;

    beforeAll(async () => {
      dataDir = await copyOfTemplate('damaged');
      await damage(dataDir);
      api = await start(dataDir);
    });

    it('still starts, and getHealth says what happened and where', async () => {
      const health = await api.getHealth({});

      expect(health.database).toMatchObject({ status: 'unavailable', folder: path.join(dataDir, 'db'), problem: 'damaged' });
      expect(health.database.status === 'unavailable' && health.database.message).toMatch(
        /cannot open the Rapport database in .*Restore it from a backup.*Nothing was deleted/,
      );
      expect(health.latestBackup?.name).toBe('rapport-db-2025-03-01.tar.gz');
    });

    it('refuses every method that needs the database with the reason and the way forward', async () => {
      await expect(api.getProfile({})).rejects.toMatchObject({ code: 'unavailable' });
      await expect(api.listAttempts({})).rejects.toThrow(
        /database is not open \(cannot open the Rapport database.*Restore a backup or start a fresh database/,
      );
    });

    it('restores the latest backup, keeping the damaged folder beside it', async () => {
      const recovery: DatabaseRecovery = await api.restoreBackup({ backup: 'rapport-db-2025-03-01.tar.gz' });

      expect(recovery.health.database.status).toBe('open');
      expect(recovery.movedAsideTo).toMatch(new RegExp(`^${dataDir}/db-set-aside-`));
      expect(await readFile(path.join(recovery.movedAsideTo!, 'PG_VERSION'), 'utf8')).toBe('not a version\n');
      expect(await api.getProfile({})).toEqual({ traineeName: 'Bea Backed-Up' });
      const attempts = await api.listAttempts({});
      expect(attempts).toHaveLength(1);
      expect(attempts[0]).toMatchObject({ status: 'finished', turnCount: 1 });
    });

    it('opens the restored database on the next start', async () => {
      await stop(api);
      api = await start(dataDir);

      expect((await api.getHealth({})).database.status).toBe('open');
      expect(await api.getProfile({})).toEqual({ traineeName: 'Bea Backed-Up' });
      await stop(api);
    });
  });

  describe('starting afresh', () => {
    it('moves the damaged database aside, never deleting it, and starts an empty one', async () => {
      const dataDir = await copyOfTemplate('fresh');
      await damage(dataDir);
      const api = await start(dataDir);

      const recovery = await api.startFreshDatabase({});

      expect(recovery.health.database.status).toBe('open');
      expect((await readdir(recovery.movedAsideTo!)).length).toBeGreaterThan(10);
      expect(await api.getProfile({})).toEqual({ traineeName: null });
      expect(await api.listAttempts({})).toEqual([]);
      await stop(api);
    });
  });

  describe('restoring while the database is healthy', () => {
    it('brings back the backup and keeps the database it replaced', async () => {
      const dataDir = await copyOfTemplate('healthy-restore');
      const api = await start(dataDir);
      await api.setProfile({ traineeName: 'Changed Since' });

      const recovery = await api.restoreBackup({ backup: 'rapport-db-2025-03-01.tar.gz' });

      expect(await api.getProfile({})).toEqual({ traineeName: 'Bea Backed-Up' });
      expect((await stat(path.join(recovery.movedAsideTo!, 'PG_VERSION'))).isFile()).toBe(true);
      await stop(api);
    });

    it('puts the database back as it was when the backup itself is broken', async () => {
      const dataDir = await copyOfTemplate('broken-backup');
      await writeFile(path.join(dataDir, 'backups', 'rapport-db-2025-03-02.tar.gz'), 'not a tarball');
      const api = await start(dataDir);

      const restoring = api.restoreBackup({ backup: 'rapport-db-2025-03-02.tar.gz' });

      await expect(restoring).rejects.toMatchObject({ code: 'unavailable' });
      await expect(restoring).rejects.toThrow(/restoring the backup rapport-db-2025-03-02.tar.gz failed: .*put back as it was/);
      expect((await api.getHealth({})).database.status).toBe('open');
      expect(await api.getProfile({})).toEqual({ traineeName: 'Bea Backed-Up' });
      expect((await readdir(dataDir)).filter((n) => n.startsWith('db-set-aside'))).toEqual([]);
      await stop(api);
    });

    it('refuses a backup that is not in the list', async () => {
      const dataDir = await copyOfTemplate('unknown-backup');
      const api = await start(dataDir);

      await expect(api.restoreBackup({ backup: 'rapport-db-1999-01-01.tar.gz' })).rejects.toMatchObject({ code: 'not-found' });
      expect((await api.getHealth({})).database.status).toBe('open');
      await stop(api);
    });
  });

  describe('a database locked by another copy of Rapport', () => {
    it('tells the second copy which process holds it, and opens once the first has closed', async () => {
      const dataDir = await copyOfTemplate('locked');
      const first = await start(dataDir);
      const second = await start(dataDir);

      const health: Health = await second.getHealth({});
      expect(health.database).toMatchObject({ status: 'unavailable', problem: 'locked' });
      expect(health.database.status === 'unavailable' && health.database.message).toMatch(
        new RegExp(`another copy of Rapport \\(process ${process.pid}\\) is using this data folder. Close it and try again`),
      );
      await expect(second.startFreshDatabase({})).rejects.toMatchObject({ code: 'conflict' });
      expect(await first.getProfile({})).toEqual({ traineeName: 'Bea Backed-Up' });

      await stop(first);
      expect((await second.reopenDatabase({})).database.status).toBe('open');
      expect(await second.getProfile({})).toEqual({ traineeName: 'Bea Backed-Up' });
      await stop(second);
    });

    it('takes over a lock left by a copy that is no longer running', async () => {
      const dataDir = await copyOfTemplate('stale-lock');
      const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
      await writeFile(path.join(dataDir, LOCK_FILE), `${gone.stdout.toString()}\n`);

      const api = await start(dataDir);

      expect((await api.getHealth({})).database.status).toBe('open');
      expect(await readFile(path.join(dataDir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n${hostname()}\n`);
      await stop(api);
    });

    it('never opens while the other copy is alive, even when asked to ignore the lock: its attempts are kept', async () => {
      const dataDir = await copyOfTemplate('live-lock');
      const first = await start(dataDir);
      const attempt = await first.startAttempt({ scenarioId: 'late-parcel', traineeName: 'Bea Backed-Up' });
      const second = await start(dataDir);

      const reopened = await second.reopenDatabase({ ignoreLock: true });

      expect(reopened.database).toMatchObject({ status: 'unavailable', problem: 'locked' });
      expect(reopened.database.status === 'unavailable' && reopened.database.message).toMatch(/close the other Rapport window/);
      await expect(second.getProfile({})).rejects.toMatchObject({ code: 'unavailable' });
      // The first copy keeps working and acknowledges a reply while the second one is refused.
      await first.recordTurn({ attemptId: attempt.id, nodeId: 'greet', reply: { kind: 'choice', choiceId: 'deflect' } });
      await stop(first);
      expect((await second.reopenDatabase({})).database.status).toBe('open');
      expect((await second.getAttempt({ attemptId: attempt.id })).turns).toHaveLength(1);
      await stop(second);
    });

    it('refuses a lock held by another live process, and opens once that process has stopped', async () => {
      const dataDir = await copyOfTemplate('other-process-lock');
      const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      try {
        await writeFile(path.join(dataDir, LOCK_FILE), `${holder.pid}\n${hostname()}\n`);
        const api = await start(dataDir);

        const reopened = await api.reopenDatabase({ ignoreLock: true });
        expect(reopened.database).toMatchObject({ status: 'unavailable', problem: 'locked' });
        expect(reopened.database.status === 'unavailable' && reopened.database.message).toContain(`process ${holder.pid}`);
        expect(await readFile(path.join(dataDir, LOCK_FILE), 'utf8')).toBe(`${holder.pid}\n${hostname()}\n`);

        holder.kill();
        await once(holder, 'exit');
        expect((await api.reopenDatabase({})).database.status).toBe('open');
        await stop(api);
      } finally {
        holder.kill();
      }
    });

    it.runIf(process.platform === 'linux')(
      'takes over a lock whose process id now belongs to a process started after it',
      async () => {
        const dataDir = await copyOfTemplate('reused-pid-lock');
        const lock = path.join(dataDir, LOCK_FILE);
        const newcomer = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
        try {
          await writeFile(lock, `${newcomer.pid}\n${hostname()}\n`);
          const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
          await utimes(lock, anHourAgo, anHourAgo);

          const api = await start(dataDir);

          expect((await api.getHealth({})).database.status).toBe('open');
          await stop(api);
        } finally {
          newcomer.kill();
        }
      },
    );
  });

  describe('a database folder that lost PG_VERSION after use', () => {
    it('is reported as damaged rather than silently replaced by an empty database', async () => {
      const dataDir = await copyOfTemplate('no-version');
      const { rm } = await import('node:fs/promises');
      await rm(path.join(dataDir, 'db', 'PG_VERSION'));
      const api = await start(dataDir);

      const health = await api.getHealth({});

      expect(health.database).toMatchObject({ status: 'unavailable', problem: 'damaged' });
      expect(health.database.status === 'unavailable' && health.database.message).toMatch(/no PG_VERSION, so it is incomplete/);
      const recovered = await api.restoreBackup({ backup: 'rapport-db-2025-03-01.tar.gz' });
      expect(recovered.health.database.status).toBe('open');
      await stop(api);
    });
  });

  describe('a data folder that cannot be written', () => {
    it('still starts and says the folder cannot be created', async () => {
      const blocker = path.join(root, 'a-file-not-a-folder');
      await writeFile(blocker, 'in the way');
      const api = await start(path.join(blocker, 'data'));

      const health = await api.getHealth({});

      expect(health.database).toMatchObject({ status: 'unavailable', problem: 'unwritable' });
      await stop(api);
    });
  });

  describe('backups are listed newest first with their sizes', () => {
    it('lists what is in the backups folder', async () => {
      const dataDir = await copyOfTemplate('listing');
      const older = path.join(dataDir, 'backups', 'rapport-db-2025-02-27.tar.gz');
      await cp(path.join(dataDir, 'backups', 'rapport-db-2025-03-01.tar.gz'), older);
      await utimes(older, new Date('2025-02-27T10:00:00Z'), new Date('2025-02-27T10:00:00Z'));
      const api = await start(dataDir);

      const backups = await api.listBackups({});

      expect(backups.map((b) => [b.name, b.day])).toEqual([
        ['rapport-db-2025-03-01.tar.gz', '2025-03-01'],
        ['rapport-db-2025-02-27.tar.gz', '2025-02-27'],
      ]);
      expect(backups[1]!.createdAt).toBe('2025-02-27T10:00:00.000Z');
      expect(backups[0]!.sizeBytes).toBeGreaterThan(100_000);
      await stop(api);
    });
  });
});
