/**
 * `npm run bench:editor`: how the scenario editor copes with a big scenario, measured in real
 * Chromium through the web shell (the app as a trainer runs it, built by `npm start`'s own build).
 *
 * - `editor.open_500`: from clicking Open on a generated 500-node scenario in the authoring home to
 *   the editor painted with its graph: the Api call, reading the file, validation, the dagre
 *   layout and React Flow's first render. The editor's code is already loaded (a small scenario is
 *   opened first), as it is for a trainer moving between scenarios. Median of 5.
 * - `editor.revalidate`: from an edit of the title to the problem list showing the new result
 *   (formatScenario + validateScenarioText on the whole 500-node scenario, and the re-render).
 *   Median of 21, alternating a change that adds a problem and one that removes it.
 *
 * Targets: open under 1000 ms, revalidate under 50 ms. Prints `BENCH <name> <value> <unit>` lines.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { formatScenario } from '../engine/authoring/format-scenario';
import { launchChromium } from '../test/e2e/browser';
import { startWebShell } from '../test/e2e/web-shell';
import { largeScenario } from './large-scenario';

const NODES = 500;
const bench = (name: string, value: number, unit: string) => console.log(`BENCH ${name} ${Number(value.toFixed(1))} ${unit}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A copy of the bundled scenarios plus the generated one, so nothing in the repository is touched. */
function scenariosFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-editor-'));
  cpSync(path.resolve(import.meta.dirname, '..', 'scenarios'), folder, { recursive: true });
  writeFileSync(path.join(folder, `generated-${NODES}.json`), formatScenario(largeScenario(NODES)));
  return folder;
}

/**
 * Clicks Open inside the page and times, there, until the graph's nodes are on screen and the next
 * frame is painted, so the figure holds no browser-automation round trips.
 */
async function openFromHome(page: Page, title: string, nodes: number): Promise<number> {
  await page.getByRole('heading', { name: 'Scenario files' }).waitFor();
  return page.evaluate(
    async ({ label, count }) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === label);
      if (!button) throw new Error(`no button "${label}"`);
      const started = performance.now();
      button.click();
      // (No named functions in here: the bundler would wrap them in a helper the page does not have.)
      while (document.querySelector(`.scenario-graph[data-node-count="${count}"] .react-flow__node`) === null) {
        await new Promise((r) => setTimeout(r, 0));
      }
      await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      return performance.now() - started;
    },
    { label: `Open ${title} (published)`, count: nodes },
  );
}

async function backToHome(page: Page): Promise<void> {
  await page.getByRole('button', { name: '← All scenarios' }).click();
}

/** Times edits of the title inside the page, from the input event to the problem list's new text. */
function timeRevalidation(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('input[data-path="$.title"]')!;
    const summary = document.querySelector('#editor-problems-title')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const emptying = i % 2 === 0;
      const started = performance.now();
      setValue.call(input, emptying ? '' : 'Generated scenario');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (/No problems/.test(summary.textContent ?? '') === emptying) await new Promise((r) => setTimeout(r, 0));
      times.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 30));
    }
    return times;
  });
}

async function main(): Promise<void> {
  const folder = scenariosFolder();
  const shell = await startWebShell({ env: { RAPPORT_SCENARIOS_DIR: folder } });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(shell.url);
    await page.getByRole('textbox').fill('Benchmark Trainer');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Authoring' }).click();

    // Load the editor's code once, as any earlier visit to the editor would have.
    await openFromHome(page, 'Charged twice for broadband', 13);
    await backToHome(page);

    const opens: number[] = [];
    for (let run = 0; run < 5; run++) {
      opens.push(await openFromHome(page, `Generated scenario with ${NODES} nodes`, NODES));
      if (run < 4) await backToHome(page);
    }
    bench(`editor.open_${NODES}`, median(opens), 'ms');
    const layouts = await page.evaluate(() => performance.getEntriesByName('rapport:layout').map((e) => e.duration));
    bench(`editor.open_${NODES}.layout`, median(layouts.slice(-5)), 'ms');

    await page
      .getByRole('button', { name: 'Scenario settings' })
      .click()
      .catch(() => {});
    await page.evaluate(() => performance.clearMeasures());
    bench('editor.revalidate', median(await timeRevalidation(page)), 'ms');
    const parts = await page.evaluate(() =>
      ['rapport:format', 'rapport:validate'].map((name) => performance.getEntriesByName(name).map((e) => e.duration)),
    );
    bench('editor.revalidate.format', median(parts[0]!), 'ms');
    bench('editor.revalidate.validate', median(parts[1]!), 'ms');
  } finally {
    await browser.close();
    await shell.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(`bench:editor failed: ${error.message}`);
  process.exit(1);
});
