/**
 * The strict Content-Security-Policy holds without a single violation: loading the app and moving
 * through its screens reports no `securitypolicyviolation` (zod runs jitless, so it never probes
 * for `new Function`), and the web shell answers hostile addresses with 400 or 404, never 500.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { startWebShell, type RunningShell } from './web-shell';

let dataDir: string;
let shell: RunningShell;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'rapport-e2e-csp-'));
  shell = await startWebShell({ dataDir });
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
  page.setDefaultTimeout(20_000);
  // Registered before any page script runs, so violations from the first module on are caught.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
});

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('the Content-Security-Policy in Chromium', () => {
  it('reports no violation while the app loads and a trainee starts', async () => {
    await page.goto(shell.url);
    await page.getByRole('textbox').fill('Cleo Strict');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Scenario library' }).waitFor();
    await page.getByRole('article').first().waitFor();

    expect(await violations()).toEqual([]);
  });
});

describe('hostile addresses', () => {
  it('answers a broken percent-encoding with 400, not 500', async () => {
    const response = await fetch(new URL('/%E0%A4%A', shell.url));
    expect(response.status).toBe(400);
  });
});
