import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A scenario file as the library service would hand it to validateLibrary. */
export interface ScenarioFile {
  file: string;
  text: string;
}

// A string, not new URL(): under jsdom the global URL is jsdom's, which node:url does not accept.
const SCENARIOS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scenarios');

/** Every bundled scenario file, read from disk as the desktop app would. */
export function bundledScenarioFiles(): ScenarioFile[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort()
    .map((name) => bundledScenarioFile(name));
}

export function bundledScenarioFile(name: string): ScenarioFile {
  return { file: `scenarios/${name}`, text: readFileSync(path.join(SCENARIOS_DIR, name), 'utf8') };
}

/** The complete reference scenario: a phone call with a furious customer, Denise Okafor. */
export const broadband = () => bundledScenarioFile('double-charged-broadband.json');

/**
 * A copy of a real scenario with some top-level fields changed (id, title, channel…), so tests can
 * have several distinct scenarios without depending on which others are bundled today.
 */
export function variantOf(base: ScenarioFile, file: string, changes: Record<string, unknown>): ScenarioFile {
  const scenario = JSON.parse(base.text) as Record<string, unknown>;
  const persona = { ...(scenario.persona as Record<string, unknown>), ...((changes.persona as Record<string, unknown>) ?? {}) };
  return { file: `scenarios/${file}`, text: JSON.stringify({ ...scenario, ...changes, persona }, null, 2) };
}

/** A scenario whose first choice leads to a node that does not exist. */
export function brokenNextFile(): ScenarioFile {
  const scenario = JSON.parse(broadband().text) as { id: string; nodes: Array<{ choices?: Array<{ next: string }> }> };
  scenario.id = 'broken-next';
  scenario.nodes[0]!.choices![0]!.next = 'nowhere-node';
  return { file: 'scenarios/broken-next.json', text: JSON.stringify(scenario, null, 2) };
}

/** A file an author left half-edited: not even valid JSON. */
export function brokenSyntaxFile(): ScenarioFile {
  return { file: 'scenarios/half-written.json', text: '{\n  "id": "half-written",\n  "title": "Oops"\n  "channel": "chat"\n}\n' };
}
