import { constants, type Stats } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { validateLibrary, type LibraryEntry } from '../../engine/scenario/library';
import { decodeScenarioBytes } from '../../engine/scenario/validate';
import { scenarioSizeProblem } from '@api/scenario-limits';

// Larger files are refused before reading so one bad file cannot exhaust memory or time.
export { MAX_IMPORT_BYTES, MAX_SCENARIO_BYTES, scenarioSizeProblem, sizeText } from '@api/scenario-limits';

/**
 * A scenario file Rapport will not read: past the size limit, or a symbolic link (which could make
 * it read files outside the folder). The message names the file and what to do.
 */
export class ScenarioFileRefused extends Error {
  override name = 'ScenarioFileRefused';
}

const linkRefused = (file: string) =>
  new ScenarioFileRefused(
    `${file} is a symbolic link; Rapport reads only scenario files stored in the folder itself, ` +
      'so a link cannot expose files elsewhere. Copy the scenario into the folder instead.',
  );

/**
 * A scenario file's bytes, never following a symbolic link (O_NOFOLLOW where the system has it, a
 * check of the link itself elsewhere) and refusing one past the size limit before reading it.
 * Throws ScenarioFileRefused, or the system's error (ENOENT…).
 */
export async function readScenarioFile(p: string, shown: string): Promise<{ bytes: Buffer; info: Stats }> {
  const entry = await lstat(p);
  if (entry.isSymbolicLink()) throw linkRefused(shown);
  if (entry.isDirectory()) throw Object.assign(new Error(`EISDIR: ${shown} is a folder, not a file`), { code: 'EISDIR' });
  if (!entry.isFile())
    throw new ScenarioFileRefused(`${shown} is not an ordinary file (a device or a pipe); Rapport reads only files`);
  const handle = await open(p, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ELOOP' ? linkRefused(shown) : error;
  });
  try {
    const info = await handle.stat();
    const tooLarge = scenarioSizeProblem(shown, info.size);
    if (tooLarge) throw new ScenarioFileRefused(tooLarge);
    return { bytes: await handle.readFile(), info };
  } finally {
    await handle.close();
  }
}

/** Scenario files in a folder: every `*.json` except the schema, sorted for a stable library order. */
export async function scenarioFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((n) => n.endsWith('.json') && n !== 'schema.json')
    .sort()
    .map((n) => path.join(dir, n));
}

/**
 * Reads and validates scenario files from disk. Files that cannot be read, are too large, or are not
 * UTF-8 become entries with a located problem; the rest of the library still loads.
 */
export async function loadScenarioFiles(paths: readonly string[], displayRoot?: string): Promise<LibraryEntry[]> {
  const shown = (p: string) => (displayRoot ? path.relative(displayRoot, p) || p : p);
  const readable: Array<{ file: string; text: string }> = [];
  const failed: LibraryEntry[] = [];
  for (const p of paths) {
    const file = shown(p);
    const fail = (message: string) => failed.push({ file, problems: [{ file, path: '$', line: 1, column: 1, message }] });
    let bytes: Buffer;
    try {
      ({ bytes } = await readScenarioFile(p, file));
    } catch (error) {
      fail(error instanceof ScenarioFileRefused ? error.message : `cannot read the file: ${(error as Error).message}`);
      continue;
    }
    try {
      const decoded = decodeScenarioBytes(file, bytes);
      if (decoded.problem) failed.push({ file, problems: [decoded.problem] });
      else readable.push({ file, text: decoded.text! });
    } catch (error) {
      fail(`cannot read the file: ${(error as Error).message}`);
    }
  }
  return [...validateLibrary(readable), ...failed].sort((a, b) => a.file.localeCompare(b.file));
}
