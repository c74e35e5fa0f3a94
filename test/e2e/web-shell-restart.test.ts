import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './browser';
import { startWebShell, type RunningShell } from './web-shell';

/** A port free now, so both starts can use the same one, as the default port 4780 does for a user. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let browser: Browser | undefined;
let shell: RunningShell | undefined;
let dataDir: string | undefined;

afterAll(async () => {
  await browser?.close();
  await shell?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the web shell started twice on the same data folder', () => {
  it('says the first start takes a few seconds only when it creates the database, and sends an old tab to the new address', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'rapport-e2e-restart-'));
    const env = { RAPPORT_PORT: String(await freePort()) };
    shell = await startWebShell({ dataDir, env });
    expect(shell.output()).toMatch(/rapport: creating the database in .* \(the first start takes a few seconds\)…/);

    browser = await launchChromium();
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(shell.url);
    await page.getByRole('heading', { name: 'Welcome to Rapport' }).waitFor();

    await shell.stop();
    shell = await startWebShell({ dataDir, env });
    expect(shell.output()).toMatch(/rapport: opening the database in .*…/);
    expect(shell.output()).not.toMatch(/first start/);

    // The old tab, reloaded: its token is from the first start.
    await page.reload();
    const notice = page.getByRole('alert');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/Rapport was restarted: this tab cannot reach it any more/);
    expect(await notice.innerText()).toMatch(/Open the address it printed last/);
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await screenshot(page, '20-old-tab-after-restart');

    await page.goto(shell.url);
    await page.getByRole('heading', { name: 'Welcome to Rapport' }).waitFor();
  });
});
