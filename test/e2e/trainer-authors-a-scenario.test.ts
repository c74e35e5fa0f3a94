import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, screenshotDir, seriousAccessibilityViolations } from './browser';
import { startWebShell, type RunningShell } from './web-shell';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let scenariosDir: string;
let shell: RunningShell;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  // Publishing writes to the scenarios folder: give the shell a copy, never the repository's own.
  scenariosDir = mkdtempSync(path.join(os.tmpdir(), 'rapport-e2e-scenarios-'));
  cpSync(path.join(projectRoot, 'scenarios'), scenariosDir, { recursive: true });
  shell = await startWebShell({ env: { RAPPORT_SCENARIOS_DIR: scenariosDir } });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  if (scenariosDir) rmSync(scenariosDir, { recursive: true, force: true });
});

async function expectAccessible(name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousAccessibilityViolations(page), `axe on the ${name} screen`).toEqual([]);
}

const graphNode = (id: string) => page.locator('.react-flow__node', { has: page.locator(`.graph-node__id:text-is("${id}")`) });
const panel = () => page.getByRole('complementary').filter({ has: page.locator('#editor-panel-title') });
const publishButton = () => page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Publish', exact: true });
const problemsHeading = (text: string) => page.getByRole('heading', { level: 2, name: text });
const modelReplyWarnings = () => panel().getByText(/model reply (scores|does not cover|cannot be scored)/);

/** Types each text into the side panel's field with that label, as a trainer fills in a form. */
async function fillFields(fields: Record<string, string>): Promise<void> {
  for (const [label, text] of Object.entries(fields)) {
    await panel().getByLabel(label, { exact: true }).fill(text);
  }
}

/** Opens a node's form from the graph with the keyboard (Tab to it, Enter), wherever the view is panned. */
async function openNode(id: string): Promise<void> {
  await graphNode(id).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: new RegExp(`: ${id}$`) }).waitFor();
}

/** Opens a node's form from the problem list, the way a trainer works through what blocks publishing. */
async function openFromProblemList(id: string): Promise<void> {
  await page.getByRole('list', { name: 'Nodes with problems' }).getByRole('button', { name: id, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: new RegExp(`: ${id}$`) }).waitFor();
}

describe('a trainer builds, checks, play-tests and publishes a scenario in the web shell', () => {
  it('opens the authoring home from the header', async () => {
    await page.goto(shell.url);
    await page.getByRole('textbox').fill('Tess Trainer');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Authoring' }).click();
    await page.getByRole('heading', { name: 'Scenario files' }).waitFor();
    expect(await page.getByRole('button', { name: /^Open .* \(published\)$/ }).count()).toBeGreaterThanOrEqual(12);
    await expectAccessible('authoring-01-home');
  });

  it('opens a bundled scenario’s graph readable on a laptop and a small screen, labels above the nodes', async () => {
    for (const [width, height] of [
      [1366, 850],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.getByRole('button', { name: /^Open Charged twice for broadband/ }).click();
      await graphNode('opening').waitFor();
      await page.locator('.graph-arrow__label').first().waitFor();
      await page.screenshot({ path: path.join(screenshotDir, `authoring-graph-${width}x${height}.png`) });
      const seen = await page.evaluate(() => {
        const pane = document.querySelector('.scenario-graph')!.getBoundingClientRect();
        const scale = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
        const fontSize = parseFloat(getComputedStyle(document.querySelector('.graph-node__line')!).fontSize);
        const hidden = [...document.querySelectorAll<HTMLElement>('.graph-arrow__label')].flatMap((label) => {
          const box = label.getBoundingClientRect();
          const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
          if (x < pane.left || x > pane.right || y < pane.top || y > pane.bottom) return [];
          // Labels let clicks through to the canvas; for this look they must be hit like anything drawn.
          label.style.pointerEvents = 'auto';
          const top = document.elementFromPoint(x, y);
          label.style.pointerEvents = '';
          return top && (label === top || label.contains(top)) ? [] : [label.textContent];
        });
        return { textPx: fontSize * scale, hidden, minimap: document.querySelector('.react-flow__minimap') !== null };
      });
      expect(seen.textPx, `node text at ${width}×${height}`).toBeGreaterThanOrEqual(10);
      expect(seen.hidden, `labels under a node at ${width}×${height}`).toEqual([]);
      expect(seen.minimap, `overview shown at first at ${width}×${height}`).toBe(false);
      await graphNode('opening').isVisible();
      await page.getByRole('button', { name: 'Show the overview' }).click();
      await page.locator('.react-flow__minimap').waitFor();
      await page.screenshot({ path: path.join(screenshotDir, `authoring-graph-${width}x${height}-overview.png`) });
      await page.getByRole('button', { name: 'Authoring' }).click();
      await page.getByRole('heading', { name: 'Scenario files' }).waitFor();
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('creates a scenario from the "Information request" template', async () => {
    await page.getByRole('radio', { name: /Information request/ }).check();
    await page.getByRole('textbox', { name: 'Title' }).fill('Lost library card');
    await page.getByRole('button', { name: 'Create and open' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lost library card' }).waitFor();
    await graphNode('question').waitFor();
    expect(await page.locator('.react-flow__node').count()).toBe(5);
  });

  it('reports the template’s 15 placeholders as problems that block publishing', async () => {
    await problemsHeading('⚠ 15 problems').waitFor();
    await page
      .getByRole('list', { name: 'Problems in the scenario settings' })
      .getByText('Name: replace the placeholder “[Customer’s name]” before publishing')
      .waitFor();
    expect(await publishButton().isDisabled()).toBe(true);
    await screenshot(page, 'authoring-02-template-placeholders');
  });

  it('replaces every placeholder through the forms until the scenario is ready to publish', async () => {
    await page.getByRole('heading', { level: 2, name: 'Scenario settings' }).waitFor();
    await fillFields({
      Description:
        'A library member has lost their card and asks what to do. Explain the replacement in plain words and check they understood, so they know exactly what to bring.',
      Name: 'Sam Okafor',
      Background: 'A regular at the town library who lost their card on the bus yesterday and has two books on loan.',
      'What they want': 'To know how to replace the card and whether the books on loan are safe.',
    });
    await problemsHeading('⚠ 11 problems').waitFor();

    await openFromProblemList('question');
    await fillFields({
      'Customer line 1': 'Hi, I think I’ve lost my library card. What happens now?',
      'Choice 1: reply text': 'Don’t worry: we’ll stop the old card so nobody else can use it, and get you a new one.',
      'Choice 2: reply text': 'I’ll flag the patron record as lost in the ILS and circ will reissue your barcode.',
    });
    await problemsHeading('⚠ 8 problems').waitFor();

    await openFromProblemList('still-confused');
    await fillFields({
      'Customer line 1': 'Sorry, I don’t follow. What do I actually need to do to get a new card?',
      'Example 1 of key point 1': 'bring photo ID to the front desk and we’ll print you a new card',
      'Model reply':
        "You're right to ask, I explained that badly and I'm sorry it's confusing on top of losing your card. Just bring photo ID to the front desk and we will print you a new card there and then. Does that make sense?",
    });
    await problemsHeading('⚠ 5 problems').waitFor();

    await openFromProblemList('follow-up-question');
    await fillFields({
      'Customer line 1': 'Thanks. Will the books I already have out move to the new card?',
      'Choice 1: reply text':
        'Yes, your loans and holds move to the new card automatically. Is there anything else I can explain?',
      'Choice 2: reply text': 'Yes, they move across. Thanks for getting in touch, bye!',
    });
    await problemsHeading('⚠ 2 problems').waitFor();

    await openFromProblemList('understood');
    await fillFields({ "The customer's closing line": 'That’s really clear, thank you. I’ll pop in with my ID tomorrow.' });
    await problemsHeading('⚠ 1 problem').waitFor();

    await openFromProblemList('unclear-ending');
    await fillFields({
      "The customer's closing line": 'OK… I’m still not sure what happens to my books. I’ll ask again when I come in.',
    });
    await page.getByText('✓ No problems: ready to publish').waitFor();
    expect(await publishButton().isDisabled()).toBe(false);

    // Model replies are checked once nothing else is wrong: trainees learn from them on the scorecard.
    await openNode('still-confused');
    expect(await modelReplyWarnings().allTextContents(), 'warnings under the model reply').toEqual([]);
  });

  it('adds a free-text turn with two key points; the graph marks it until it is connected', async () => {
    await page.getByText('Add node', { exact: true }).click();
    await page.getByRole('button', { name: 'Customer turn with free text' }).click();
    await page.getByRole('heading', { level: 2, name: 'Customer turn: turn' }).waitFor();
    await expect.poll(() => graphNode('turn').locator('.graph-node__problems').textContent()).toMatch(/\d/);
    await screenshot(page, 'authoring-03-new-turn-with-problems');

    const form = panel();
    await form.getByLabel('Node id').fill('card-details');
    await form.getByLabel('Node id').press('Enter');
    await form.getByLabel('Customer line 1').fill('I lost my library card yesterday. Can I still borrow books today?');
    await form.getByLabel('Mood as they say it').selectOption('anxious');
    await form.getByLabel('Key point 1: description').fill('Reassures them they can still borrow today');
    await form.getByLabel('Example 1 of key point 1').fill('you can still borrow books today');
    await form.getByRole('button', { name: 'Add a key point' }).click();
    await form.getByLabel('Key point 2: description').fill('Explains how to get a new card');
    await form.getByLabel('Example 1 of key point 2').fill('we can print you a new card at the desk');
    await form
      .getByLabel('Model reply')
      .fill(
        "I'm sorry you lost your card, Sam, I know that's worrying. You can still borrow books today: we can print you a new card at the desk in two minutes, and your loans move across to it.",
      );
    await form.getByLabel('Branch 1: leads to').selectOption('understood');

    // The form is complete; what is left is on the graph: nobody can reach the new turn yet.
    const marker = graphNode('card-details').locator('.graph-node__problems');
    await expect.poll(() => marker.textContent()).toMatch(/1/);
    expect(await marker.getAttribute('title')).toBe('node "card-details" cannot be reached from the start');
    await problemsHeading('⚠ 1 problem').waitFor();
    await expectAccessible('authoring-03-graph-problem-marker');
  });

  it('fixes the problem by leading the opening choice to the new turn', async () => {
    await graphNode('question').click();
    await page.getByRole('heading', { level: 2, name: 'Customer turn: question' }).waitFor();
    await panel().getByLabel('Choice 1: leads to').selectOption('card-details');
    await page.getByText('✓ No problems: ready to publish').waitFor();
    expect(await graphNode('card-details').locator('.graph-node__problems').count()).toBe(0);
    await openNode('card-details');
    expect(await modelReplyWarnings().allTextContents(), 'warnings under the model reply').toEqual([]);
    await screenshot(page, 'authoring-04-fixed');
  });

  it('tests a sample reply against the new turn’s key points', async () => {
    await graphNode('card-details').click();
    const tester = page.getByRole('region', { name: 'Test a reply' });
    await tester.getByRole('textbox').fill('Yes, you can still borrow books today, and we can print you a new card at the desk.');
    await tester.getByRole('list', { name: 'Scores for the sample reply' }).waitFor();
    expect(await tester.locator('.key-point--covered').count()).toBe(2);
    await tester.scrollIntoViewIfNeeded();
    await expectAccessible('authoring-05-test-a-reply');
  });

  it('play-tests the conversation from the start, like a trainee, without recording anything', async () => {
    await page.getByRole('button', { name: 'Play-test', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Play-test: Lost library card' }).waitFor();
    const choice = page.getByRole('radio').first();
    await choice.waitFor();
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.getByText('I lost my library card yesterday').last().waitFor();
    const box = page.getByRole('textbox', { name: /write your reply/i });
    await box.fill("I'm sorry about your card. You can still borrow books today, and we can print you a new card at the desk.");
    await box.press('Enter');
    await page.getByRole('heading', { name: /The conversation has ended/ }).waitFor();
    expect(
      await page
        .getByRole('region', { name: 'Scores per turn' })
        .getByRole('list', { name: /^Scores for turn/ })
        .count(),
    ).toBe(2);
    await expectAccessible('authoring-06-play-test');
    await page.getByRole('button', { name: 'Back to editing' }).click();
  });

  it('saves a draft with Ctrl+S, then publishes', async () => {
    await page.getByRole('toolbar', { name: 'Editor' }).waitFor();
    await page.keyboard.press('Control+s');
    await page.getByRole('status').filter({ hasText: 'Draft saved' }).waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    const confirm = page.getByRole('dialog', { name: /^Publish/ });
    await confirm.waitFor();
    await screenshot(page, 'authoring-07-publish-confirm');
    await confirm.getByRole('button', { name: 'Publish now' }).click();
    await page.getByRole('status').filter({ hasText: 'Published' }).waitFor();
    await screenshot(page, 'authoring-07-published');
  });

  it('finds the published scenario in the trainee’s library', async () => {
    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('searchbox').fill('library card');
    const card = page.getByRole('article', { name: 'Lost library card' });
    await card.waitFor();
    await expectAccessible('authoring-08-in-the-library');
    expect(pageErrors).toEqual([]);
  });
});
