import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { useRouteStore } from '../../renderer/src/stores/route-store';
import { createMemoryApi } from './memory-api';
import { findLibrary, renderApp } from './render-app';
import { playThrough } from './play-through';
import { broadband, brokenNextFile } from './scenario-files';

const TRAINEE = 'Amina Yusuf';

/**
 * Serious and critical axe violations on the whole page, described for a readable failure.
 * Colour contrast needs real layout, which jsdom lacks; it is checked in a browser instead.
 */
async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('accessibility (axe-core)', () => {
  it('finds no serious problems on the welcome screen', async () => {
    renderApp(createMemoryApi({ files: [broadband()] }));
    await screen.findByLabelText('What should we call you?');
    expect(await seriousViolations()).toEqual([]);
  });

  it('finds no serious problems in the library with a problem panel', async () => {
    renderApp(createMemoryApi({ files: [broadband(), brokenNextFile()], traineeName: TRAINEE }));
    await findLibrary();
    expect(await seriousViolations()).toEqual([]);
  });

  it('finds no serious problems while playing a turn with choices and after a typed one', async () => {
    const { user } = renderApp(createMemoryApi({ files: [broadband()], traineeName: TRAINEE }));
    await findLibrary();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findAllByRole('radio');
    expect(await seriousViolations()).toEqual([]);

    await user.keyboard('2{Enter}');
    await screen.findByRole('textbox', { name: 'Write your reply to Denise Okafor' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('finds no serious problems on a scorecard and on My progress', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE });
    const attempt = await playThrough(api, api.entries[0]!.scenario!, TRAINEE, [
      'procedure-first',
      'text:I can see the double charge and I will fix it.',
    ]);
    useRouteStore.getState().navigate({ name: 'scorecard', attemptId: attempt.id });
    const { user } = renderApp(api);
    await screen.findByRole('heading', { level: 1, name: /^Scorecard/ });
    expect(await seriousViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'My progress' }));
    await screen.findByRole('table');
    expect(await seriousViolations()).toEqual([]);
  });
});
