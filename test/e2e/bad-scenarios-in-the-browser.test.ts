/**
 * Scenario files are content written by others, so the real app in a real browser must show their
 * text as text and their mistakes as messages: a scenarios folder (RAPPORT_SCENARIOS_DIR) holds a
 * copy of a bundled scenario whose first customer line is `<img src=x onerror=alert(1)>`, and a
 * broken file whose problem must appear in the library's problem panel.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_MARKUP } from '../fixtures/hostile-scenario';
import { launchChromium, screenshot, seriousAccessibilityViolations } from './browser';
import { startWebShell, type RunningShell } from './web-shell';

const projectRoot = path.resolve(import.meta.dirname, '../..');

let folder: string;
let shell: RunningShell;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'rapport-e2e-scenarios-'));
  const scenario = JSON.parse(await readFile(path.join(projectRoot, 'scenarios', 'double-charged-broadband.json'), 'utf8'));
  scenario.nodes.find((n: { id: string }) => n.id === scenario.start).lines[0] = HOSTILE_MARKUP;
  scenario.title = `Charged twice <b>for</b> broadband`;
  await writeFile(path.join(folder, 'double-charged-broadband.json'), JSON.stringify(scenario, null, 2));
  await writeFile(path.join(folder, 'broken.json'), '{\n  "id": "broken",\n  "title": "Half written"\n  "description": "x"\n}\n');

  shell = await startWebShell({ env: { RAPPORT_SCENARIOS_DIR: folder } });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
  page.setDefaultTimeout(15_000);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  await rm(folder, { recursive: true, force: true });
});

describe('bad scenarios in the browser', () => {
  it('lists the broken file in the problem panel with its line:column, and still offers the good scenario', async () => {
    await page.goto(shell.url);
    await page.getByRole('textbox').fill('Ravi Scenario-Tester');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: /1 scenario file could not be loaded/ });
    await panel.waitFor();

    expect(await panel.innerText()).toMatch(/broken\.json:4:3 \$: invalid JSON: CommaExpected/);
    expect(await page.getByRole('article').count()).toBe(1);
    await screenshot(page, 'bad-scenarios-01-library-problem-panel');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('shows a title with markup as the characters written', async () => {
    const card = page.getByRole('article');
    expect(await card.getByRole('heading').innerText()).toBe('Charged twice <b>for</b> broadband');
    expect(await card.locator('b').count()).toBe(0);
  });

  it('shows the customer line <img src=x onerror=alert(1)> as those characters, running nothing', async () => {
    await page.getByRole('article').getByRole('button', { name: /start/i }).click();
    const line = page.getByText(HOSTILE_MARKUP, { exact: true });
    await line.first().waitFor();

    expect(await line.first().innerText()).toBe(HOSTILE_MARKUP);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('[onerror]').length)).toBe(0);
    await page.waitForTimeout(500); // an injected onerror would have fired by now
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await screenshot(page, 'bad-scenarios-02-markup-shown-as-text');
  });
});
