/**
 * The library's scenarios as the reports need them: titles, industries, channels and nodes.
 * Reading the library validates every file (a few hundred milliseconds for the bundled set), too
 * slow to repeat for each dashboard query, so the validated list is kept and read again only when
 * the folder changes: another folder chosen, or a file added, removed or saved (name, size or
 * modification time differ).
 */
import { stat } from 'node:fs/promises';
import type { Scenario } from '../../../engine/scenario/format';
import { scenarioFilesIn } from '../scenario-files';
import type { ScenarioLibrary } from '../scenario-library';

export interface ScenarioCatalogue {
  /** Every valid scenario in the library. */
  scenarios(): Promise<Scenario[]>;
  find(scenarioId: string): Promise<Scenario | undefined>;
}

/** Names, sizes and modification times of the folder's scenario files: cheap to read, changes with any edit. */
async function fingerprintOf(folder: string): Promise<string> {
  try {
    const files = await scenarioFilesIn(folder);
    const parts = await Promise.all(
      files.map(async (file) => {
        const info = await stat(file).catch(() => null);
        return `${file}:${info?.size ?? '-'}:${info?.mtimeMs ?? '-'}`;
      }),
    );
    return `${folder}\n${parts.join('\n')}`;
  } catch {
    // An unreadable folder: read the library each time, which reports the problem.
    return `unreadable:${Math.random()}`;
  }
}

/** `currentFolder` names the folder the library reads from now. */
export function createScenarioCatalogue(library: ScenarioLibrary, currentFolder: () => string): ScenarioCatalogue {
  let kept: { fingerprint: string; scenarios: Map<string, Scenario> } | null = null;

  async function current(): Promise<Map<string, Scenario>> {
    const fingerprint = await fingerprintOf(currentFolder());
    if (kept?.fingerprint === fingerprint) return kept.scenarios;
    const view = await library.read();
    const scenarios = new Map(view.entries.flatMap((e) => (e.scenario ? [[e.scenario.id, e.scenario] as const] : [])));
    kept = { fingerprint, scenarios };
    return scenarios;
  }

  return {
    scenarios: async () => [...(await current()).values()],
    find: async (scenarioId) => (await current()).get(scenarioId),
  };
}
