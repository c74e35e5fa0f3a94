import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, seriousAccessibilityViolations } from './browser';
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
    await page.getByRole('button', { name: /scorecard/i }).click();
    await page.getByRole('heading', { name: /overall scores/i }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/resolved/i);
    for (const word of [/respect/i, /helpfulness/i, /empathy/i, /model reply/i, /turn by turn/i]) expect(text).toMatch(word);
    expect(text).toMatch(/takes ownership|covers:/i); // evidence from the scorer
    expect(text).toMatch(/replied \(option [1-3] of 3 as shown\)/); // where the picked reply stood on screen
    await expectAccessible('06-scorecard');
  });

  it('finds the attempt in My progress', async () => {
    await page
      .getByRole('button', { name: /my progress/i })
      .or(page.getByRole('link', { name: /my progress/i }))
      .first()
      .click();
    await page.getByRole('heading', { name: /attempts/i }).waitFor();
    const table = page.getByRole('table');
    await table.getByText('Charged twice for broadband').first().waitFor();
    expect(await table.innerText()).toMatch(/resolved/i);
    await expectAccessible('07-progress');
    expect(pageErrors).toEqual([]);
  });
});
