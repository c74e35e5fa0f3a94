import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '../../renderer/src/stores/session-store';
import { createMemoryApi } from './memory-api';
import { findLibrary, renderApp } from './render-app';
import { broadband } from './scenario-files';

describe('a tab left open across a restart of Rapport', () => {
  it('says to open the newly printed address, with no "Try again" that cannot help', async () => {
    renderApp(createMemoryApi({ files: [broadband()], traineeName: 'Amina Yusuf' }));
    await findLibrary();

    useSessionStore.getState().expire();

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Rapport was restarted: this tab cannot reach it any more');
    expect(notice).toHaveTextContent('Open the address it printed last');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Scenario library' })).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });
});
