import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { validateLibrary, type LibraryEntry } from '../../engine/scenario/library';
import { decodeScenarioBytes } from '../../engine/scenario/validate';
import { scenarioSizeProblem } from '../api/scenario-limits';

// Larger files are refused before reading so one bad file cannot exhaust memory or time.
export { MAX_IMPORT_BYTES, MAX_SCENARIO_BYTES, scenarioSizeProblem, sizeText } from '../api/scenario-limits';

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
    try {
      const info = await stat(p);
      const tooLarge = scenarioSizeProblem(file, info.size);
      if (tooLarge) {
        fail(tooLarge);
        continue;
      }
      const decoded = decodeScenarioBytes(file, await readFile(p));
      if (decoded.problem) failed.push({ file, problems: [decoded.problem] });
      else readable.push({ file, text: decoded.text! });
    } catch (error) {
      fail(`cannot read the file: ${(error as Error).message}`);
    }
  }
  return [...validateLibrary(readable), ...failed].sort((a, b) => a.file.localeCompare(b.file));
}
