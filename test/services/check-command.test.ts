import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkCommand } from '../../electron/cli/check-command';
import { formatScenario } from '../../engine/authoring/format-scenario';
import { scenarioTemplates } from '../../engine/authoring/templates';
import { BUNDLED_SCENARIOS, FIXTURE_SCENARIOS, makeTempFolder, removeFolder } from './temp-folders';

let folder: string;
beforeAll(async () => {
  folder = await makeTempFolder();
});
afterAll(() => removeFolder(folder));
afterEach(() => vi.restoreAllMocks());
const folders: string[] = [];
afterAll(() => Promise.all(folders.map(removeFolder)));

/** Runs `check` on `files` with the console captured, line by line. */
async function check(files: string[]) {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const code = await checkCommand(files, process.cwd());
  const lines = (spy: typeof warn) => spy.mock.calls.map(([line]) => String(line));
  return { code, warnings: lines(warn), logged: lines(log), errors: lines(error) };
}

describe('npm run check', () => {
  it('prints choice balance warnings with file:line:col and path, and still passes', async () => {
    const { code, warnings, logged, errors } = await check([path.join(FIXTURE_SCENARIOS, 'best-reply-first-and-longest.json')]);

    expect(code).toBe(0);
    expect(errors).toEqual([]);
    expect(warnings.filter((line) => line.includes('.choices['))).toEqual([
      expect.stringMatching(
        /best-reply-first-and-longest\.json:\d+:\d+ \$\.nodes\[0\]\.choices\[0\]: warning: .*choice 1 in all 4/,
      ),
      expect.stringMatching(/\$\.nodes\[0\]\.choices\[0\]\.text: warning: .*longest in all 4/),
    ]);
    expect(logged).toEqual([`1 of 1 scenario files valid, 0 problems, ${warnings.length} warnings`]);
  });

  it('warns, at the model reply, when a model reply misses a key point or scores below 80, and still passes', async () => {
    const scenario = JSON.parse(await readFile(path.join(BUNDLED_SCENARIOS, 'double-charged-broadband.json'), 'utf8'));
    const index = scenario.nodes.findIndex((n: { freeText?: unknown }) => n.freeText);
    scenario.nodes[index].freeText.modelReply = 'Noted.';
    const file = path.join(folder, 'weak-model-reply.json');
    await writeFile(file, formatScenario(scenario));

    const { code, warnings, errors } = await check([file]);

    expect(code).toBe(0);
    expect(errors).toEqual([]);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `weak-model-reply\\.json:\\d+:\\d+ \\$\\.nodes\\[${index}\\]\\.freeText\\.modelReply: warning: model reply does not cover key point "`,
        ),
      ),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/modelReply: warning: model reply scores \d+ on helpfulness \(below 80\) — it should be the example/),
    );
  });

  it('reports the placeholders left in each template’s output as problems, and fails', async () => {
    const files = await Promise.all(
      scenarioTemplates.map(async (t) => {
        const file = path.join(folder, `${t.id}.json`);
        await writeFile(file, formatScenario(t.scenario));
        return file;
      }),
    );

    const { code, errors } = await check(files);

    expect(code).toBe(1);
    for (const t of scenarioTemplates) {
      expect(errors).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `${t.id}\\.json:\\d+:\\d+ \\$\\.persona\\.name: replace the placeholder “\\[Customer’s name\\]” before publishing`,
          ),
        ),
      );
    }
    expect(errors.at(-1)).toMatch(/^0 of 4 scenario files valid, \d+ problems$/);
  });

  it('passes the bundled scenarios with no problems and no warnings', async () => {
    const { code, warnings, errors, logged } = await check([BUNDLED_SCENARIOS]);

    expect({ code, warnings, errors }).toEqual({ code: 0, warnings: [], errors: [] });
    expect(logged[0]).toMatch(/^(\d+) of \1 scenario files valid, 0 problems$/);
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
