import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { resetStores } from '../../renderer/src/stores/reset-stores';
import { createMemoryApi } from './memory-api';
import { findLibrary, renderApp } from './render-app';
import { broadband } from './scenario-files';

describe('WelcomeScreen', () => {
  it('asks a first-time trainee for their name and remembers it', async () => {
    const api = createMemoryApi({ files: [broadband()] });
    const setProfile = vi.spyOn(api, 'setProfile');
    const { user } = renderApp(api);

    const name = await screen.findByLabelText('What should we call you?');
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Rapport' })).toBeInTheDocument();
    expect(name).toHaveFocus();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();

    await user.type(name, '  Amina Yusuf ');
    await user.click(screen.getByRole('button', { name: 'Start training' }));

    await findLibrary();
    expect(setProfile).toHaveBeenCalledWith({ traineeName: 'Amina Yusuf' });
    expect(screen.getByRole('banner')).toHaveTextContent('Amina Yusuf');
    expect(screen.getByRole('heading', { name: 'Charged twice for broadband' })).toBeInTheDocument();
  });

  it('explains, instead of saving, when the name is left empty', async () => {
    const api = createMemoryApi({ files: [broadband()] });
    const setProfile = vi.spyOn(api, 'setProfile');
    const { user } = renderApp(api);

    await user.type(await screen.findByLabelText('What should we call you?'), '   ');
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('alert')).toHaveTextContent('Enter your name');
    expect(screen.getByLabelText('What should we call you?')).toHaveAttribute('aria-invalid', 'true');
    expect(setProfile).not.toHaveBeenCalled();
  });

  it('is not shown again once the name is known (the next launch)', async () => {
    const api = createMemoryApi({ files: [broadband()] });
    const first = renderApp(api);
    await first.user.type(await screen.findByLabelText('What should we call you?'), 'Amina Yusuf{Enter}');
    await findLibrary();
    first.unmount();
    resetStores();

    renderApp(api);
    await findLibrary();
    expect(screen.queryByText('Welcome to Rapport')).not.toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Amina Yusuf');
  });
});
