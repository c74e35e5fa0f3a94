import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { checkCommand } from '../../electron/cli/check-command';
import { FIXTURE_SCENARIOS, makeTempFolder, removeFolder } from './temp-folders';

afterEach(() => vi.restoreAllMocks());
const folders: string[] = [];
afterAll(() => Promise.all(folders.map(removeFolder)));

describe('npm run check', () => {
  it('prints choice balance warnings with file:line:col and path, and still passes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});

    const code = await checkCommand([path.join(FIXTURE_SCENARIOS, 'best-reply-first-and-longest.json')], process.cwd());

    expect(code).toBe(0);
    expect(error).not.toHaveBeenCalled();
    expect(warn.mock.calls.map(([line]) => String(line))).toEqual([
      expect.stringMatching(
        /best-reply-first-and-longest\.json:\d+:\d+ \$\.nodes\[0\]\.choices\[0\]: warning: .*choice 1 in all 4/,
      ),
      expect.stringMatching(/\$\.nodes\[0\]\.choices\[0\]\.text: warning: .*longest in all 4/),
    ]);
    expect(log).toHaveBeenCalledWith('1 of 1 scenario files valid, 0 problems, 2 warnings');
  });

  it('reports schema problems and an unknown next target in one run', async () => {
    const folder = await makeTempFolder();
    folders.push(folder);
    const scenario = JSON.parse(await readFile(path.join(FIXTURE_SCENARIOS, 'late-parcel.json'), 'utf8'));
    scenario.estimatedMinutes = 500;
    scenario.nodes[0].choices[0].next = 'nowhere';
    const file = path.join(folder, 'rounds.json');
    await writeFile(file, JSON.stringify(scenario, null, 2));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});

    const code = await checkCommand([file], process.cwd());

    expect(code).toBe(1);
    const printed = error.mock.calls.map(([line]) => String(line));
    expect(printed).toContainEqual(expect.stringMatching(/rounds\.json:\d+:\d+ \$\.estimatedMinutes: /));
    expect(printed).toContainEqual(
      expect.stringMatching(/rounds\.json:\d+:\d+ \$\.nodes\[0\]\.choices\[0\]\.next: unknown node "nowhere"/),
    );
    expect(printed.at(-1)).toBe(`0 of 1 scenario files valid, ${printed.length - 1} problems`);
  });
});
