import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRouteStore } from '../../renderer/src/stores/route-store';
import { createMemoryApi } from './memory-api';
import { renderApp } from './render-app';
import { seedAttempt } from './review-seeding';
import { broadband } from './scenario-files';

describe('the scenario page', () => {
  it('numbers each turn as the scorecard does, in the order a conversation meets them', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: 'Maya Manager' });
    // Opening, then straight to escalating: the scorecard calls that Turn 2.
    await seedAttempt(api, api.entries[0]!.scenario!, 'Dev Das', '2025-02-20T10:00:00Z', ['calm-down']);
    useRouteStore.getState().navigate({ name: 'scenario-report', scenarioId: 'double-charged-broadband' });
    renderApp(api);
    await screen.findByRole('heading', { name: 'Turn by turn' }, { timeout: 5000 });

    const table = screen.getByRole('table', { name: /Each customer turn/ });
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.querySelector('.scenario-turns__number')!.textContent);
    expect(rows.slice(0, 4)).toEqual([
      'Turn 1 · opening',
      'Turn 2 · still-angry',
      'Turn 2 or 3 · escalating',
      'Turns 2–4 · account-check',
    ]);
    expect(rows).toContain('Turns 3–5 · vague-answer');
  });
});
