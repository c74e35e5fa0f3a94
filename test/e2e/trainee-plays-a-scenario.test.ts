import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, scoreStripOverlaps, screenshot, screenshotDir, seriousAccessibilityViolations } from './browser';
import { startWebShell, type RunningShell } from './web-shell';

let shell: RunningShell;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  shell = await startWebShell();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
});

async function expectAccessible(name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousAccessibilityViolations(page), `axe on the ${name} screen`).toEqual([]);
}

/** Waits for the customer's turn to be ready for a typed reply, types it and sends it with Enter. */
async function typeReply(text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: /write your reply/i });
  await expect.poll(() => box.isEnabled(), { timeout: 15_000 }).toBe(true);
  await box.fill(text);
  await box.press('Enter');
  await expect.poll(() => box.inputValue().catch(() => ''), { timeout: 15_000 }).toBe('');
}

/**
 * Picks an authored choice with its number key and sends it with Enter, as a keyboard user would.
 * Choices are shown in an order drawn for each attempt, so the key is read from where the choice
 * stands on screen, never assumed from the scenario file.
 */
async function pickChoice(textStart: string): Promise<void> {
  const choice = page.getByRole('radio', { name: new RegExp(textStart) });
  await choice.waitFor({ timeout: 15_000 });
  const shown = await page.getByRole('radio').evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value));
  const value = await choice.getAttribute('value');
  const number = shown.indexOf(value ?? '') + 1;
  expect(number).toBeGreaterThan(0);
  const label = await page
    .locator('label.choice')
    .nth(number - 1)
    .locator('.choice__number')
    .innerText();
  expect(label).toBe(String(number));
  await page.keyboard.press(String(number));
  await expect.poll(() => choice.isChecked()).toBe(true);
  await page.keyboard.press('Enter');
  await choice.waitFor({ state: 'detached', timeout: 15_000 });
}

describe('a trainee plays a bundled scenario end to end in the web shell', () => {
  it('prints its address alone on a line, on 127.0.0.1, with a token', () => {
    expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('asks the trainee’s name once', async () => {
    await page.goto(shell.url);
    await page.getByRole('heading', { name: /welcome to rapport/i }).waitFor();
    await expectAccessible('01-welcome');
    await page.getByRole('textbox').fill('Amara Diallo');
    await page.keyboard.press('Enter');
    await page.getByText('Amara Diallo').first().waitFor();
  });

  it('lists, searches and starts the bundled scenarios', async () => {
    const cards = page.getByRole('article');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThanOrEqual(12);
    await expectAccessible('02-library');
    await page.getByRole('searchbox').fill('charged twice');
    await expect.poll(() => cards.count()).toBe(1);
    await cards.first().getByRole('button', { name: /start/i }).click();
    await page.getByText(/Forty minutes I waited/).waitFor();
    await expectAccessible('03-play-opening');
  });

  it('keeps a long persona name and an unbroken word inside the persona panel', async () => {
    const panel = page.locator('.persona-panel');
    const name = panel.locator('.persona-panel__name-text');
    const original = await name.innerText();
    // Authors may give a customer a long name; the panel must wrap it, not spill it over the conversation.
    await name.evaluate((el) => (el.textContent = 'Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh'));
    for (const width of [1024, 1366]) {
      await page.setViewportSize({ width, height: 760 });
      const spill = await panel.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(spill, `persona panel at ${width} px`).toBeLessThanOrEqual(0);
      const [nameBox, panelBox] = await Promise.all([name.boundingBox(), panel.boundingBox()]);
      expect(nameBox!.x + nameBox!.width, `name at ${width} px`).toBeLessThanOrEqual(panelBox!.x + panelBox!.width);
    }
    await screenshot(page, '03-play-long-persona-name');
    await name.evaluate((el, text) => (el.textContent = text), original);
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('plays to an ending with choices and free-text replies, the customer reacting to each', async () => {
    await pickChoice('Can I have your account number');
    await page.getByText(/Are you even listening/).waitFor();
    await typeReply(
      "I'm so sorry, Ms Okafor, I am listening. Being charged twice with your rent due is really stressful. I can see the two payments of 49.99 and I'll sort this out for you now.",
    );
    await page
      .getByText(/Friday is the rent/)
      .last()
      .waitFor();
    await expectAccessible('04-play-free-text');
    await typeReply(
      "I've just refunded the duplicate 49.99 to your card. It will be back within two working days, before Friday, and I'll email you a confirmation with the reference number.",
    );
    await page.getByText(/why did it happen/).waitFor();
    await typeReply(
      "It was an error on our side: our billing system took the payment twice. I've flagged your account so it won't happen again.",
    );
    await pickChoice("You're right, that's a lot of your time");
    await pickChoice('No need to apologise at all');
    await page.getByText(/Thanks for actually sorting it/).waitFor();
    await screenshot(page, '05-play-ended');
  });

  it('shows the scorecard with overall and per-turn scores, evidence and model replies', async () => {
    await page.getByRole('button', { name: 'See your scorecard' }).click();
    const main = page.locator('main');
    await main.getByRole('heading', { level: 1, name: 'Scorecard: Charged twice for broadband' }).waitFor();
    expect(await main.getByRole('heading', { level: 2, name: /How it ended/ }).innerText()).toMatch(/Resolved$/);

    const overall = main.getByRole('list', { name: 'Overall scores' });
    for (const name of ['Respect', 'Helpfulness', 'Empathy']) {
      const value = Number(await overall.getByRole('meter', { name }).getAttribute('aria-valuenow'));
      expect(value, `overall ${name}`).toBeGreaterThanOrEqual(0);
      expect(value, `overall ${name}`).toBeLessThanOrEqual(100);
    }
    expect(await main.getByText(/^Focus next on (respect|helpfulness|empathy) \(\d+\/100\)\.$/).count()).toBe(1);

    const turns = main.getByRole('region', { name: 'Turn by turn' }).getByRole('article');
    expect(await turns.count()).toBe(6);
    const refundTurn = main.getByRole('article', { name: 'Turn 3' });
    expect(await refundTurn.locator('.turn-review__reply').innerText()).toMatch(/^I've just refunded the duplicate 49\.99/);
    // The scorer's evidence, quoted from this reply, and the author's model reply for a typed turn.
    expect(await refundTurn.locator('.evidence__phrase').count()).toBeGreaterThan(0);
    expect(await main.getByRole('heading', { level: 4, name: 'Model reply' }).count()).toBeGreaterThanOrEqual(3);
    // Where each picked reply stood in the order drawn for this attempt.
    expect(await main.getByText(/chose option [1-3] of 3 as shown/).count()).toBeGreaterThan(0);
    await expectAccessible('06-scorecard');
  });

  it('fits the score strips of the scorecard at 1024 and 1366 pixels wide', async () => {
    for (const [width, height] of [
      [1024, 700],
      [1366, 850],
    ] as const) {
      await page.setViewportSize({ width, height });
      await screenshot(page, `06-scorecard-${width}x${height}`);
      await page
        .getByRole('article', { name: 'Turn 3' })
        .screenshot({ path: `${screenshotDir}/06-scorecard-turn-${width}x${height}.png` });
      await page.locator('.overall-scores').screenshot({ path: `${screenshotDir}/06-scorecard-overall-${width}x${height}.png` });
      await page.getByRole('banner').screenshot({ path: `${screenshotDir}/06-header-${width}x${height}.png` });
      expect(await scoreStripOverlaps(page), `score strips at ${width}×${height}`).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('finds the attempt in My progress', async () => {
    await page.getByRole('button', { name: 'My progress' }).click();
    await page.getByRole('heading', { level: 2, name: 'Attempts' }).waitFor();
    const row = page.getByRole('table').getByRole('row', { name: /Charged twice for broadband/ });
    expect(await row.count()).toBe(1);
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells[1]).toMatch(/Resolved$/);
    expect(cells[cells.length - 1]).toBe('Finished');
    expect(await page.getByRole('figure', { name: 'Scores over time' }).innerText()).toMatch(/One scored attempt: respect \d+/);
    await expectAccessible('07-progress');
    expect(pageErrors).toEqual([]);
  });
});
