import type { Scenario } from './format';
import type { ScenarioProblem } from './problem';
import { validateScenarioText } from './validate';

/** One scenario file as the library sees it: the scenario if it is valid, and its problems. */
export interface LibraryEntry {
  file: string;
  scenario?: Scenario;
  problems: ScenarioProblem[];
  /** Worth fixing, but the scenario plays and can be published (see validateScenarioText). */
  warnings?: ScenarioProblem[];
}

/**
 * validateScenarioText never throws (the fuzz test holds it to that). Should a future change break
 * that promise, one file must still not take the whole library down with it: it is reported instead.
 */
function validateOne(file: string, text: string): Omit<LibraryEntry, 'file'> {
  try {
    return validateScenarioText(file, text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `Rapport could not check this file (${reason}); the other scenarios still load. Please report this.`;
    return { problems: [{ file, path: '$', line: 1, column: 1, message }] };
  }
}

/**
 * Validates a set of scenario files together: each on its own, then across files, where two files
 * declaring the same scenario id would make attempts ambiguous (the later file is rejected).
 */
export function validateLibrary(files: ReadonlyArray<{ file: string; text: string }>): LibraryEntry[] {
  const entries: LibraryEntry[] = files.map(({ file, text }) => ({ file, ...validateOne(file, text) }));
  const owner = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.scenario) continue;
    const first = owner.get(entry.scenario.id);
    if (first === undefined) {
      owner.set(entry.scenario.id, entry.file);
      continue;
    }
    entry.problems.push({
      file: entry.file,
      path: '$.id',
      line: 1,
      column: 1,
      message: `duplicate scenario id "${entry.scenario.id}" (also used by ${first})`,
    });
    delete entry.scenario;
  }
  return entries;
}
