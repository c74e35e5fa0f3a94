/**
 * Keeps Rapport's database: opens it under the data folder's lock, remembers why when it cannot be
 * opened (instead of letting the app fail to start), takes the daily backup while it is open, and
 * carries out the ways forward: restore a backup, start afresh, or try again. A database folder that
 * is replaced is always moved aside next to it, never deleted.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { ApiError, type BackupInfo, type DatabaseRecovery, type Health } from '@api';
import { openDatabase, type RapportDatabase } from '../database';
import { backupsFolderOf, listBackups, readBackup, takeDailyBackup } from './database-backups';
import { lockDataFolder, type DataFolderLock } from './data-folder-lock';
import { problemOf } from './storage-failure';

export interface DatabaseKeeperOptions {
  dataDir: string;
  now: () => Date;
  /** Take a backup each day the database is open (the app does; tests need not). */
  dailyBackups: boolean;
  /** Called each time the database opens: at start, after a restore, after a fresh start. */
  onOpen(database: RapportDatabase): Promise<void>;
  /** Called when the database is closed or could not be opened, with the health to report. */
  onUnavailable(health: Health): void;
}

export interface DatabaseKeeper {
  health(): Promise<Health>;
  listBackups(): Promise<BackupInfo[]>;
  restoreBackup(name: string): Promise<DatabaseRecovery>;
  startFresh(): Promise<DatabaseRecovery>;
  /** Opens the database again; a lock held by a running copy of Rapport is never overridden. */
  reopen(): Promise<Health>;
  /** Waits for a backup in progress, closes the database and releases the lock. */
  close(): Promise<void>;
}

type State =
  | { kind: 'open'; database: RapportDatabase; lock: DataFolderLock }
  | { kind: 'unavailable'; error: unknown }
  | { kind: 'closed' };

const HOUR_MS = 60 * 60 * 1000;
/** The day's backup is taken this long after opening, so it never slows the start. */
const FIRST_BACKUP_DELAY_MS = 5_000;

/** A folder name that sorts by time and is valid on every platform (no colons). */
function stampOf(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Opens the database in `<dataDir>/db`; when it cannot, the keeper still starts and says why. */
export async function openDatabaseKeeper(options: DatabaseKeeperOptions): Promise<DatabaseKeeper> {
  const dbFolder = path.join(options.dataDir, 'db');
  const backupsFolder = backupsFolderOf(options.dataDir);
  let state: State = { kind: 'closed' };
  let backupProblem: string | null = null;
  let backupRunning: Promise<void> = Promise.resolve();
  const timers: NodeJS.Timeout[] = [];

  async function health(): Promise<Health> {
    const latestBackup = (await listBackups(backupsFolder).catch(() => []))[0] ?? null;
    const database: Health['database'] =
      state.kind === 'open'
        ? { status: 'open', folder: dbFolder }
        : state.kind === 'unavailable'
          ? { status: 'unavailable', folder: dbFolder, problem: problemOf(state.error), message: messageOf(state.error) }
          : { status: 'unavailable', folder: dbFolder, problem: 'closed', message: 'the database is closed' };
    return { database, dataFolder: options.dataDir, backupsFolder, latestBackup, backupProblem };
  }

  function backUp(database: RapportDatabase): void {
    backupRunning = backupRunning.then(async () => {
      if (state.kind !== 'open' || state.database !== database) return;
      try {
        await takeDailyBackup(backupsFolder, database.dump, options.now());
        backupProblem = null;
      } catch (error) {
        backupProblem = `the daily backup could not be written to ${backupsFolder}: ${messageOf(error)}`;
        console.error(`rapport: ${backupProblem}`);
      }
    });
  }

  function scheduleBackups(database: RapportDatabase): void {
    if (!options.dailyBackups) return;
    timers.push(setTimeout(() => backUp(database), FIRST_BACKUP_DELAY_MS).unref());
    timers.push(setInterval(() => backUp(database), HOUR_MS).unref());
  }

  async function stopBackups(): Promise<void> {
    for (const timer of timers.splice(0)) clearTimeout(timer);
    await backupRunning;
  }

  /** Opens the database (restored from `restoreFrom` when given); on failure records why. */
  async function open(openOptions: { restoreFrom?: Blob } = {}): Promise<void> {
    let lock: DataFolderLock | undefined;
    let database: RapportDatabase | undefined;
    try {
      await mkdir(options.dataDir, { recursive: true }).catch((error: unknown) => {
        throw new Error(`cannot create the data folder ${options.dataDir}: ${messageOf(error)}`, { cause: error });
      });
      lock = await lockDataFolder(options.dataDir);
      database = await openDatabase(options.dataDir, { restoreFrom: openOptions.restoreFrom });
      await options.onOpen(database);
      state = { kind: 'open', database, lock };
      scheduleBackups(database);
    } catch (error) {
      await database?.close().catch(() => undefined);
      await lock?.release().catch(() => undefined);
      state = { kind: 'unavailable', error };
      options.onUnavailable(await health());
    }
  }

  async function closeCurrent(): Promise<void> {
    await stopBackups();
    if (state.kind === 'open') {
      const { database, lock } = state;
      state = { kind: 'closed' };
      options.onUnavailable(await health());
      await database.close();
      await lock.release();
    }
  }

  /** Moves the database folder aside when it holds anything; returns where it went. */
  async function moveAside(): Promise<string | null> {
    const entries = await readdir(dbFolder).catch(() => null);
    if (entries === null || entries.length === 0) return null;
    const aside = path.join(options.dataDir, `db-set-aside-${stampOf(options.now())}`);
    await rename(dbFolder, aside);
    return aside;
  }

  /**
   * Replaces the database: closes it, moves its folder aside and opens a new one (from `restoreFrom`
   * when given). When the new one cannot be opened, the old folder is put back as it was.
   */
  async function replace(restoreFrom: Blob | undefined, what: string): Promise<DatabaseRecovery> {
    await closeCurrent();
    // Refuse to touch a database another running copy of Rapport is using.
    const lock = await lockDataFolder(options.dataDir).catch((error: unknown) => {
      throw new ApiError('conflict', `${what} is not possible now: ${messageOf(error)}`);
    });
    await lock.release();
    const movedAsideTo = await moveAside();
    await open({ restoreFrom });
    if (state.kind !== 'open') {
      const failure = state.kind === 'unavailable' ? messageOf(state.error) : 'the database was closed meanwhile';
      if (movedAsideTo) {
        // The half-made folder came from the backup (which is still there); the original goes back.
        await rm(dbFolder, { recursive: true, force: true });
        await rename(movedAsideTo, dbFolder);
        await open();
      }
      throw new ApiError(
        'unavailable',
        `${what} failed: ${failure}. ${movedAsideTo ? 'The database folder was put back as it was.' : ''}`.trim(),
      );
    }
    return { health: await health(), movedAsideTo };
  }

  await open();

  return {
    health,
    listBackups: () => listBackups(backupsFolder),
    async restoreBackup(name) {
      const backup = await readBackup(backupsFolder, name).catch((error: unknown) => {
        throw new ApiError('not-found', `cannot read the backup ${name} in ${backupsFolder}: ${messageOf(error)}`);
      });
      return replace(backup, `restoring the backup ${name}`);
    },
    startFresh: () => replace(undefined, 'starting a fresh database'),
    async reopen() {
      if (state.kind !== 'open') await open();
      return health();
    },
    async close() {
      await closeCurrent();
      state = { kind: 'closed' };
    },
  };
}
