/**
 * One Rapport at a time per data folder. PGlite takes no lock of its own, and two copies of Rapport
 * (the desktop app and a web shell, say) writing one database would corrupt it. A lock file holding
 * the owner's process id is created exclusively; a lock whose process is gone (Rapport was killed
 * or the machine lost power) is stale and taken over.
 */
import { open, readFile, rm } from 'node:fs/promises';
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
  ) {
    super(
      `another copy of Rapport (process ${ownerPid}) is using this data folder. Close it and try again. ` +
        `If no other copy is running, open the database anyway.`,
    );
  }
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

async function ownerOf(file: string): Promise<number | null> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

async function createExclusively(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'wx');
    try {
      await handle.writeFile(`${process.pid}\n`);
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
 * Takes the data folder's lock, or throws DataFolderLocked naming the running owner. `ignoreOwner`
 * takes it over regardless: for a lock the user knows to be stale (the pid was reused since).
 */
export async function lockDataFolder(dataDir: string, options: { ignoreOwner?: boolean } = {}): Promise<DataFolderLock> {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await createExclusively(file)) {
      return { file, release: () => releaseIfOurs(file) };
    }
    const owner = await ownerOf(file);
    if (owner !== null && owner !== process.pid && isRunning(owner) && !options.ignoreOwner) {
      throw new DataFolderLocked(file, owner);
    }
    if (owner === process.pid && !options.ignoreOwner) throw new DataFolderLocked(file, owner);
    // Stale (or unreadable, or overridden): remove it and race for it again.
    await rm(file, { force: true });
  }
  throw new Error(`cannot take the lock ${file}: other processes keep taking it`);
}

async function releaseIfOurs(file: string): Promise<void> {
  if ((await ownerOf(file)) === process.pid) await rm(file, { force: true });
}
