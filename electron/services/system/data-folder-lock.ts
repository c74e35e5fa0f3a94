/**
 * One Rapport at a time per data folder. PGlite takes no lock of its own, and two copies of Rapport
 * (the desktop app and a web shell, say) writing one database lose each other's writes. A lock file
 * holding the owner's process id and computer is created exclusively. While that process is alive
 * on this computer the lock is never taken over, whatever the user asks: the other copy must be
 * closed. A lock whose process is gone (Rapport was killed, the machine lost power), or whose
 * process id now belongs to a process started after the lock was written, is stale and taken over.
 */
import { open, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'rapport.lock';

export interface DataFolderLock {
  file: string;
  release(): Promise<void>;
}

/** The data folder is in use by another running copy of Rapport. */
export class DataFolderLocked extends Error {
  override name = 'DataFolderLocked';
  constructor(
    readonly file: string,
    readonly ownerPid: number,
    readonly ownerHost: string,
  ) {
    super(
      `another copy of Rapport (process ${ownerPid}${ownerHost === os.hostname() ? '' : ` on the computer ${ownerHost}`}) ` +
        `is using this data folder. Close it and try again: close the other Rapport window, or stop the web version ` +
        `where it was started (Ctrl+C in its terminal). Two copies must never write one database at once.`,
    );
  }
}

interface LockOwner {
  pid: number;
  /** The computer that wrote the lock; a pid only means something there. */
  host: string;
  /** When the lock was written (the file's modification time), in ms since the epoch. */
  writtenAt: number;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; only ESRCH means it is gone.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When process `pid` started, in ms since the epoch, where the system says (Linux's /proc); null
 * elsewhere. Lets a pid reused by an unrelated process since the lock was written be told apart.
 */
async function startedAt(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime, in clock ticks since boot) counts from after the command name's ")".
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const bootLine = /^btime (\d+)$/m.exec(await readFile('/proc/stat', 'utf8'));
    if (!Number.isFinite(ticks) || !bootLine) return null;
    const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux architecture Rapport runs on
    return (Number(bootLine[1]) + ticks / CLOCK_TICKS_PER_SECOND) * 1000;
  } catch {
    return null;
  }
}

async function ownerOf(file: string): Promise<LockOwner | null> {
  const [text, info] = await Promise.all([readFile(file, 'utf8').catch(() => ''), stat(file).catch(() => null)]);
  const [pidLine = '', hostLine] = text.split('\n');
  const pid = Number.parseInt(pidLine, 10);
  if (!Number.isInteger(pid) || pid <= 0 || !info) return null;
  // Locks written before the computer was recorded were written here.
  return { pid, host: hostLine?.trim() || os.hostname(), writtenAt: info.mtimeMs };
}

/** Whether the lock's owner may still be writing: alive here, or on a computer we cannot ask. */
async function holdsTheLock(owner: LockOwner): Promise<boolean> {
  if (owner.host !== os.hostname()) return true;
  if (owner.pid === process.pid) return true;
  if (!isRunning(owner.pid)) return false;
  const started = await startedAt(owner.pid);
  // A process started after the lock was written cannot have written it (2 s for clock granularity).
  return started === null || started <= owner.writtenAt + 2_000;
}

async function createExclusively(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'wx');
    try {
      await handle.writeFile(`${process.pid}\n${os.hostname()}\n`);
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes the data folder's lock, taking over a stale one, or throws DataFolderLocked naming the
 * owner while it may still be writing. There is deliberately no way to override a live owner.
 */
export async function lockDataFolder(dataDir: string): Promise<DataFolderLock> {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await createExclusively(file)) {
      return { file, release: () => releaseIfOurs(file) };
    }
    const owner = await ownerOf(file);
    if (owner !== null && (await holdsTheLock(owner))) throw new DataFolderLocked(file, owner.pid, owner.host);
    // Stale (or unreadable): remove it and race for it again.
    await rm(file, { force: true });
  }
  throw new Error(`cannot take the lock ${file}: other processes keep taking it`);
}

async function releaseIfOurs(file: string): Promise<void> {
  const owner = await ownerOf(file);
  if (owner?.pid === process.pid && owner.host === os.hostname()) await rm(file, { force: true });
}
