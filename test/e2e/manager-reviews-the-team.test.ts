import { PGlite } from '@electric-sql/pglite';
import { parse } from 'csv-parse/sync';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTurn } from '../../engine/play/player';
import type { PlayState, Reply } from '../../engine/play/types';
import { bestChoice } from '../../engine/scenario/best-choice';
import type { Scenario } from '../../engine/scenario/format';
import { launchChromium, screenshot, screenshotDir, seriousAccessibilityViolations } from './browser';
import { startWebShell, type RunningShell } from './web-shell';

let dataDir: string;
let shell: RunningShell;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

/** The Api over HTTP with the shell's token, as the renderer calls it. */
async function call<T>(method: string, args: unknown): Promise<T> {
  const token = new URL(shell.url).searchParams.get('token')!;
  const response = await fetch(`${shell.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-rapport-token': token },
    body: JSON.stringify(args),
  });
  const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

/** A trainee plays a bundled scenario to its end: the listed replies first, then the best choice (or the model reply). */
async function play(traineeName: string, scenario: Scenario, replies: Reply[]): Promise<void> {
  let attempt = await call<{ id: string; state: PlayState }>('startAttempt', { scenarioId: scenario.id, traineeName });
  const queue = [...replies];
  for (let guard = 0; guard < 30 && !attempt.state.outcome; guard++) {
    const turn = currentTurn(scenario, attempt.state)!;
    const reply =
      queue.shift() ??
      (turn.choices
        ? { kind: 'choice' as const, choiceId: bestChoice(turn.choices)!.id }
        : { kind: 'text' as const, text: turn.freeText!.modelReply });
    attempt = await call('recordTurn', { attemptId: attempt.id, nodeId: turn.id, reply });
  }
}

async function expectAccessible(name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousAccessibilityViolations(page), `axe on ${name}`).toEqual([]);
}

const teamTable = () => page.getByRole('region', { name: /^Trainees, \d+ rows$/ });

/** A laptop and a small screen, the sizes the manager's pages are checked at. */
const VIEWPORTS = [
  [1366, 850],
  [1024, 700],
] as const;

/** The top of the page at each size, as a screenshot; the window goes back to its usual size after. */
async function viewportShots(name: string): Promise<void> {
  for (const [width, height] of VIEWPORTS) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${width}x${height}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The radar's scale numbers that overlap a skill's name. */
async function radarLabelCollisions(): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = (selector: string) =>
      [...document.querySelectorAll(`.review-chart--radar ${selector} text`)].map((t) => ({
        text: t.textContent ?? '',
        box: t.getBoundingClientRect(),
      }));
    const names = boxes('.recharts-polar-angle-axis-tick');
    return boxes('.recharts-polar-radius-axis-tick').flatMap((tick) =>
      names
        .filter(
          ({ box }) =>
            tick.box.left < box.right && box.left < tick.box.right && tick.box.top < box.bottom && box.top < tick.box.bottom,
        )
        .map((name) => `${tick.text} overlaps ${name.text}`),
    );
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'rapport-e2e-review-'));
  shell = await startWebShell({ dataDir });
  const library = await call<{ entries: Array<{ scenario?: Scenario }> }>('getLibrary', {});
  const scenario = (id: string) => library.entries.find((e) => e.scenario?.id === id)!.scenario!;
  // Amara takes the phone call badly; Ben handles a chat well.
  await play('Amara Diallo', scenario('double-charged-broadband'), [
    { kind: 'choice', choiceId: 'calm-down' },
    { kind: 'text', text: 'Calm down. It is not my fault, read the terms.' },
  ]);
  await play('Ben Carter', scenario('parcel-marked-delivered'), []);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('a manager reviews the team in the web shell', () => {
  it('sees both trainees on the Team dashboard, with the flagged one marked', async () => {
    await page.goto(shell.url);
    await page.getByRole('textbox').fill('Maya Manager');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Team' }).click();
    await teamTable().getByRole('rowheader', { name: 'Ben Carter' }).waitFor();

    const rows = await teamTable().getByRole('rowheader').allInnerTexts();
    expect(rows).toEqual(['Amara Diallo', 'Ben Carter']);
    // The flags column (the last cell) names the dimensions below the threshold; a score under it says so too.
    const flagsOf = async (name: string) =>
      (
        await teamTable()
          .getByRole('row', { name: new RegExp(name) })
          .getByRole('cell')
          .allInnerTexts()
      ).at(-1);
    const belowThreshold = (name: string) =>
      teamTable()
        .getByRole('row', { name: new RegExp(name) })
        .getByText('(below the threshold)');
    expect(await flagsOf('Amara Diallo')).toMatch(/^⚑ (Respect, )?(Helpfulness, )?Empathy$/);
    expect(await belowThreshold('Amara Diallo').count()).toBeGreaterThan(0);
    expect(await flagsOf('Ben Carter')).toBe('None');
    expect(await belowThreshold('Ben Carter').count()).toBe(0);
    await page.getByText(/^2 finished attempts in the period starting/).waitFor();
    await expectAccessible('review-01-team');
  });

  it('shows the first trainee without scrolling on a laptop and on a small screen', async () => {
    for (const [width, height] of VIEWPORTS) {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(screenshotDir, `review-01-team-${width}x${height}.png`) });
      const row = await teamTable().getByRole('rowheader', { name: 'Amara Diallo' }).boundingBox();
      expect(row!.y + row!.height, `first trainee row at ${width}×${height}`).toBeLessThanOrEqual(height);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('filters by kind of call', async () => {
    await page.getByLabel('Kind of call').selectOption({ label: 'Chat' });
    await expect.poll(() => teamTable().getByRole('rowheader').allInnerTexts()).toEqual(['Ben Carter']);
    await screenshot(page, 'review-02-team-filtered');
    await page.getByRole('button', { name: 'Clear filter' }).click();
    await expect.poll(() => teamTable().getByRole('rowheader').count()).toBe(2);
  });

  it('opens a trainee, their weakest skill and the transcript behind it', async () => {
    await page.getByRole('button', { name: 'Amara Diallo' }).click();
    await page.getByRole('heading', { name: 'Weakest skills, and the turns that show them' }).waitFor();
    expect(await page.locator('main').innerText()).toMatch(/Calm down\. It is not my fault, read the terms\./);
    await page.getByText(/^Amara Diallo: respect \d+ \(team \d+\)/).waitFor();
    await expectAccessible('review-03-trainee');
    // Every chart lists respect, helpfulness, empathy (and the trainee before the team), as the tables do.
    expect(await page.locator('.recharts-legend-item-text').allInnerTexts()).toEqual([
      'Respect',
      'Helpfulness',
      'Empathy',
      'Amara Diallo',
      'Team average',
    ]);
    expect(await radarLabelCollisions()).toEqual([]);
    await viewportShots('review-03-trainee');

    await page.getByRole('button', { name: 'Open the transcript at this turn' }).first().click();
    await page.getByRole('heading', { name: /^Transcript: Charged twice for broadband/ }).waitFor();
    const transcript = await page.locator('main').innerText();
    for (const part of [
      /Amara Diallo chose (?:a listed reply|option \d of \d as shown)/,
      /Amara Diallo typed their own reply/,
      /Model reply/,
      /Evidence/,
      /Turn by turn/,
    ])
      expect(transcript).toMatch(part);
    await expectAccessible('review-04-transcript');
  });

  it('shows how the team does on each turn of a scenario', async () => {
    await page.getByRole('button', { name: 'Team' }).click();
    await page.getByRole('button', { name: 'Charged twice for broadband' }).click();
    await page.getByRole('heading', { name: 'Turn by turn' }).waitFor();
    expect(await page.locator('main').innerText()).toMatch(/Madam, please calm down/);
    await expectAccessible('review-05-scenario');
    for (const [width, height] of VIEWPORTS) {
      await page.setViewportSize({ width, height });
      const replies = await page.getByRole('columnheader', { name: 'Replies given' }).boundingBox();
      expect(replies!.width, `Replies given column at ${width}×${height}`).toBeGreaterThanOrEqual(300);
    }
    await viewportShots('review-05-scenario');
  });

  it('exports a CSV of attempts whose rows match the database', async () => {
    await page.getByRole('button', { name: 'Team' }).click();
    await teamTable().getByRole('rowheader', { name: 'Ben Carter' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Attempts (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rapport-attempts-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = path.join(screenshotDir, 'review-attempts.csv');
    await download.saveAs(file);
    await page.getByText(/Export finished/).waitFor();
    await screenshot(page, 'review-06-exported');
    expect(pageErrors).toEqual([]);

    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes, { bom: true, columns: true }) as Array<Record<string, string>>;

    await shell.stop();
    const db = await PGlite.create(path.join(dataDir, 'db'));
    const stored = await db.query<{
      id: string;
      trainee_name: string;
      started_at: Date;
      respect: number;
      empathy: number;
      outcome: string;
    }>('select id, trainee_name, started_at, respect, empathy, outcome from attempts order by started_at');
    await db.close();
    expect(rows.map((r) => [r.attempt_id, r.trainee, r.started_at, Number(r.respect), Number(r.empathy), r.outcome])).toEqual(
      stored.rows.map((r) => [r.id, r.trainee_name, r.started_at.toISOString(), r.respect, r.empathy, r.outcome]),
    );
  });
});
