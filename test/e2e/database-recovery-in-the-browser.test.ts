/**
 * A damaged database never means a blank window: the real web shell, started on a data folder whose
 * database cannot be opened, still serves the app, which explains what happened and restores the
 * automatic backup in one press.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, seriousAccessibilityViolations } from './browser';
import { startWebShell, type RunningShell } from './web-shell';

const TRAINEE = 'Noor Recovered';

let dataDir: string;
let shell: RunningShell | undefined;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'rapport-e2e-recovery-'));
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
  page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('database recovery in the browser', () => {
  it('takes the daily backup a few seconds after the first start', async () => {
    shell = await startWebShell({ dataDir });
    await page.goto(shell.url);
    await page.getByRole('textbox').fill(TRAINEE);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Scenario library' }).waitFor();

    await expect
      .poll(() => readdir(path.join(dataDir, 'backups')).catch(() => []), { timeout: 30_000, interval: 500 })
      .toHaveLength(1);
    await shell.stop();
    shell = undefined;
  });

  it('still starts on a damaged database, printing what happened, and the page explains it', async () => {
    await writeFile(path.join(dataDir, 'db', 'PG_VERSION'), 'not a version\n');

    shell = await startWebShell({ dataDir });
    expect(shell.output()).toMatch(/the database could not be opened: cannot open the Rapport database in/);
    await page.goto(shell.url);

    await page.getByRole('heading', { level: 1, name: 'Rapport could not open your data' }).waitFor();
    expect(await page.getByText(path.join(dataDir, 'db'), { exact: true }).count()).toBe(1);
    await screenshot(page, 'recovery-01-damaged-database');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('restores the latest backup in one press and carries on where the trainee was', async () => {
    await page.getByRole('button', { name: /^Restore the latest backup/ }).click();

    await page.getByRole('heading', { level: 1, name: 'Scenario library' }).waitFor();
    expect(await page.getByRole('banner').innerText()).toContain(TRAINEE);
    await page.getByRole('status', { name: /working again with the backup of/ }).waitFor();
    await page.getByRole('article').first().waitFor();
    await screenshot(page, 'recovery-02-restored');
    const aside = (await readdir(dataDir)).filter((name) => name.startsWith('db-set-aside-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(dataDir, aside[0]!, 'PG_VERSION'), 'utf8')).toBe('not a version\n');
  });

  it('shows where the data and the backups are on the Your data screen', async () => {
    await page.getByRole('button', { name: 'Your data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    await page
      .getByRole('button', { name: /^Restore the backup of/ })
      .first()
      .waitFor();
    await screenshot(page, 'recovery-03-your-data');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});

describe('a web shell killed mid-conversation', () => {
  it('offers the unfinished conversation after the restart, and continues it where it stopped', async () => {
    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('searchbox').fill('charged twice');
    await page.getByRole('article').first().getByRole('button', { name: /start/i }).click();
    const choice = page.getByRole('radio', { name: /Can I have your account number/ });
    await choice.waitFor();
    await choice.check();
    await page.keyboard.press('Enter');
    await page.getByText(/Are you even listening/).waitFor();

    await shell!.stop('SIGKILL');
    shell = await startWebShell({ dataDir });
    await page.goto(shell.url);

    const offer = page.getByRole('region', { name: 'Unfinished conversations' });
    await offer.waitFor();
    expect(await offer.innerText()).toMatch(/You left Charged twice for broadband after 1 reply\./);
    await screenshot(page, 'recovery-04-unfinished-after-kill');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await offer.getByRole('button', { name: 'Continue the conversation' }).click();
    await page.getByText(/Are you even listening/).waitFor();
    await page.getByRole('textbox', { name: /write your reply/i }).waitFor();
  });
});
