import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const screenshotDir = path.join(projectRoot, 'test-results', 'e2e');

/** Debian's Chromium (or RAPPORT_CHROMIUM), with the flags this sandboxed, offline machine needs. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.RAPPORT_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: install it (apt-get install chromium) or set RAPPORT_CHROMIUM`);
  }
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Saves a full-page screenshot under test-results/e2e/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** axe-core's serious and critical violations on the page as it is now, summarised for a readable failure. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

/**
 * Every place where a score bar's name, number or track overlaps another, or spills out of its
 * bar, on the page as it is now: "Turn 2 Empathy: value overlaps label".
 */
export async function scoreStripOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Box = { left: number; right: number; top: number; bottom: number };
    const overlap = (a: Box, b: Box) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const outside = (inner: Box, outer: Box) => inner.left < outer.left - 0.5 || inner.right > outer.right + 0.5;
    const problems: string[] = [];
    document.querySelectorAll<HTMLElement>('.score-trio').forEach((trio, t) => {
      const bars = [...trio.querySelectorAll<HTMLElement>('.score-bar')];
      bars.forEach((bar, i) => {
        const name = `${trio.getAttribute('aria-label') ?? `strip ${t}`} ${bar.getAttribute('aria-label')}`;
        const box = bar.getBoundingClientRect();
        const label = bar.querySelector('.score-bar__label')!.getBoundingClientRect();
        const value = bar.querySelector('.score-bar__value')!.getBoundingClientRect();
        const track = bar.querySelector('.score-bar__track')!.getBoundingClientRect();
        if (overlap(label, value)) problems.push(`${name}: value overlaps label`);
        if (overlap(value, track) || overlap(label, track)) problems.push(`${name}: text overlaps bar`);
        for (const [part, rect] of [
          ['label', label],
          ['value', value],
          ['track', track],
        ] as const)
          if (outside(rect, box)) problems.push(`${name}: ${part} spills out`);
        bars.slice(i + 1).forEach((other) => {
          if (overlap(box, other.getBoundingClientRect()))
            problems.push(`${name}: collides with ${other.getAttribute('aria-label')}`);
        });
      });
    });
    return problems;
  });
}
