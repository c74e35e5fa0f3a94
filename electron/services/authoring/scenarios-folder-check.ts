/**
 * Checks a folder a trainer wants to keep scenarios in before Rapport relies on it, so a typo or a
 * read-only share is reported when they choose it, not later when a publish fails.
 */
import { randomBytes } from 'node:crypto';
import { stat, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../api';

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
 * The folder's absolute path once it is known to exist, be a folder and accept new files (tested by
 * writing and removing a small probe file, the only test that holds on every platform and share).
 */
export async function checkScenariosFolder(folder: string, home = os.homedir()): Promise<string> {
  const expanded = expandHome(folder.trim(), home);
  if (!path.isAbsolute(expanded)) {
    refuse(`"${folder}" is not a full path: give the whole path, e.g. ${path.join(home, 'scenarios')}`);
  }
  const resolved = path.resolve(expanded);
  const info = await stat(resolved).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') refuse(`the folder ${resolved} does not exist: create it first, or choose another folder`);
    return refuse(`cannot open the folder ${resolved}: ${error.message}`);
  });
  if (!info.isDirectory()) refuse(`${resolved} is a file, not a folder: choose the folder that holds your scenarios`);

  const probe = path.join(resolved, `.rapport-write-check-${randomBytes(6).toString('hex')}`);
  try {
    await writeFile(probe, '');
    await unlink(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    refuse(`Rapport cannot write to ${resolved} (${code}): choose a folder you can save files in, or ask for write access`);
  }
  return resolved;
}
