/**
 * The scenario library as the services see it: the scenarios folder, re-read whenever the library is
 * shown so a trainer's edits on disk appear at once, and the last valid version of each scenario kept
 * in memory, so an attempt in progress can continue while its file is half-edited and invalid.
 */
import type { Scenario } from '../../engine/scenario/format';
import { ApiError, type LibraryView } from '@api';
import { loadScenarioFiles, scenarioFilesIn } from './scenario-files';

export interface ScenarioLibrary {
  /** Reads and validates every scenario file in the folder now. */
  read(): Promise<LibraryView>;
  /** The last valid version of a scenario; the folder is read first when the id is not known yet. */
  find(scenarioId: string): Promise<Scenario | undefined>;
}

/**
 * The library over a folder, or over whichever folder `folderOrCurrent()` names at each read (the trainer can
 * choose another scenarios folder while Rapport runs).
 */
export function createScenarioLibrary(folderOrCurrent: string | (() => string)): ScenarioLibrary {
  const lastValid = new Map<string, Scenario>();

  async function read(): Promise<LibraryView> {
    const folder = typeof folderOrCurrent === 'string' ? folderOrCurrent : folderOrCurrent();
    let paths: string[];
    try {
      paths = await scenarioFilesIn(folder);
    } catch (error) {
      throw new ApiError(
        'unavailable',
        `cannot read the scenarios folder ${folder}: ${(error as Error).message}. Check that it exists and can be read, or choose another folder in the authoring settings.`,
      );
    }
    const entries = await loadScenarioFiles(paths, folder);
    for (const entry of entries) {
      if (entry.scenario) lastValid.set(entry.scenario.id, entry.scenario);
    }
    return { folder, entries };
  }

  async function find(scenarioId: string): Promise<Scenario | undefined> {
    if (!lastValid.has(scenarioId)) await read();
    return lastValid.get(scenarioId);
  }

  return { read, find };
}
