/**
 * Checks a folder a trainer wants to keep scenarios in before Rapport relies on it, so a typo or a
 * read-only share is reported when they choose it, not later when a publish fails. The folder is
 * judged by where it really is (`~` expanded, `..` and symbolic links resolved), so
 * `~/../../etc` is seen as /etc.
 */
import { randomBytes } from 'node:crypto';
import { realpath, stat, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '@api';

/** `~/x` and `~` name the home folder, as they do in a terminal. */
function expandHome(folder: string, home: string): string {
  if (folder === '~') return home;
  if (folder.startsWith('~/') || folder.startsWith('~\\')) return path.join(home, folder.slice(2));
  return folder;
}

function refuse(message: string): never {
  throw new ApiError('invalid-argument', message);
}

/**
 * Folders that belong to the operating system: publishing a scenario there would write into the
 * system (or fail half-way), and nobody keeps their work in them. The folder and everything in it.
 */
const SYSTEM_FOLDERS = [
  '/etc',
  '/usr',
  '/bin',
  '/sbin',
  '/lib',
  '/lib32',
  '/lib64',
  '/boot',
  '/dev',
  '/proc',
  '/sys',
  '/run',
  '/var/lib',
  '/System',
  '/Library',
  '/private/etc',
  '/private/var/db',
  'C:\\Windows',
  'C:\\Program Files',
  'C:\\Program Files (x86)',
  'C:\\ProgramData',
];

/** `folder` written with one separator and one case, so a Windows and a POSIX path compare alike. */
function comparable(folder: string): string {
  return folder.replace(/\\/g, '/').replace(/\/+$/, '').toLowerCase();
}

function isWithin(folder: string, parent: string): boolean {
  const inner = comparable(folder);
  const outer = comparable(parent);
  return inner === outer || inner.startsWith(`${outer}/`);
}

/** Whether `folder` (an absolute, resolved path) is a system folder, a root, or inside a system folder. */
export function isSystemFolder(folder: string): boolean {
  const plain = comparable(folder);
  if (plain === '' || /^[a-z]:$/.test(plain)) return true; // "/" or a drive's root
  return SYSTEM_FOLDERS.some((system) => isWithin(folder, system));
}

/** Where a folder really is, symbolic links followed; the path itself when it does not exist yet. */
async function realLocation(folder: string): Promise<string> {
  return realpath(folder).catch(() => path.resolve(folder));
}

export interface ScenariosFolderLimits {
  /** The home folder `~` stands for. */
  home?: string;
  /** Rapport's data folder (database, backups, drafts): never a scenarios folder. */
  dataDir?: string;
  /** The drafts folder, named on its own in the refusal (it is usually inside the data folder). */
  draftsFolder?: string;
}

/** Refuses the drafts folder, the data folder (or inside it) and system folders, saying why. */
async function refuseReservedFolder(real: string, shown: string, limits: ScenariosFolderLimits): Promise<void> {
  const suggestion = path.join(limits.home ?? os.homedir(), 'scenarios');
  if (limits.draftsFolder && real === (await realLocation(limits.draftsFolder))) {
    refuse(
      `${shown} is Rapport's drafts folder: publishing moves a file out of it, so it cannot also be the scenarios folder. ` +
        `Choose another folder, e.g. ${suggestion}`,
    );
  }
  if (limits.dataDir && isWithin(real, await realLocation(limits.dataDir))) {
    refuse(
      `${shown} is inside Rapport's data folder (${limits.dataDir}), where its database and drafts live: ` +
        `choose a folder of your own, e.g. ${suggestion}`,
    );
  }
  if (isSystemFolder(real)) {
    refuse(`${shown} is a system folder: choose a folder of your own for scenarios, e.g. ${suggestion}`);
  }
}

/**
 * The folder's absolute path once it is known to exist, be a folder, not be one Rapport or the
 * system keeps for itself, and accept new files (tested by writing and removing a small probe file,
 * the only test that holds on every platform and share).
 */
export async function checkScenariosFolder(folder: string, limits: ScenariosFolderLimits = {}): Promise<string> {
  const home = limits.home ?? os.homedir();
  const expanded = expandHome(folder.trim(), home);
  if (!path.isAbsolute(expanded)) {
    refuse(`"${folder}" is not a full path: give the whole path, e.g. ${path.join(home, 'scenarios')}`);
  }
  const resolved = path.resolve(expanded);
  const shown = resolved === folder.trim() ? resolved : `${folder.trim()} (${resolved})`;
  const info = await stat(resolved).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') refuse(`the folder ${shown} does not exist: create it first, or choose another folder`);
    return refuse(`cannot open the folder ${shown}: ${error.message}`);
  });
  if (!info.isDirectory()) refuse(`${shown} is a file, not a folder: choose the folder that holds your scenarios`);
  await refuseReservedFolder(await realLocation(resolved), shown, limits);

  const probe = path.join(resolved, `.rapport-write-check-${randomBytes(6).toString('hex')}`);
  try {
    await writeFile(probe, '');
    await unlink(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    refuse(`Rapport cannot write to ${shown} (${code}): choose a folder you can save files in, or ask for write access`);
  }
  return resolved;
}
