import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { resetStores } from '../../renderer/src/stores/resettable-store';
import { createMemoryApi } from './memory-api';
import { playThrough } from './play-through';
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

  it('switches trainee from the header on a shared computer, keeping everyone’s attempts', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: 'Amina Yusuf' });
    const scenario = api.entries[0]!.scenario!;
    await playThrough(api, scenario, 'Amina Yusuf');
    await api.startAttempt({ scenarioId: scenario.id, traineeName: 'Amina Yusuf' });
    const { user } = renderApp(api);
    await findLibrary();
    expect(await screen.findByRole('region', { name: 'Unfinished conversations' })).toHaveTextContent(
      'You left Charged twice for broadband after 0 replies.',
    );

    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Not you? Switch trainee' }));
    await user.type(await screen.findByLabelText('What should we call you?'), 'Ben Okoro{Enter}');
    await findLibrary();
    expect(screen.getByRole('banner')).toHaveTextContent('Ben Okoro');
    expect(screen.queryByRole('region', { name: 'Unfinished conversations' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'My progress' }));
    expect(await screen.findByText(/No attempts yet/, undefined, { timeout: 5000 })).toBeInTheDocument();

    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Not you? Switch trainee' }));
    await user.type(await screen.findByLabelText('What should we call you?'), 'Amina Yusuf{Enter}');
    await findLibrary();
    expect(await screen.findByRole('region', { name: 'Unfinished conversations' })).toHaveTextContent(
      'You left Charged twice for broadband after 0 replies.',
    );
    expect(await api.listAttempts({ traineeName: 'Amina Yusuf' })).toHaveLength(2);
  });

  it('switches trainee from Your data, and a mistaken switch goes back', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: 'Amina Yusuf' });
    const setProfile = vi.spyOn(api, 'setProfile');
    const { user } = renderApp(api);
    await findLibrary();
    await user.click(screen.getByRole('button', { name: 'Your data' }));
    const who = await screen.findByRole('region', { name: 'Who is training' });
    expect(who).toHaveTextContent('Attempts made now are saved under Amina Yusuf.');

    await user.click(within(who).getByRole('button', { name: 'Not you? Switch trainee' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Rapport' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to Amina Yusuf' }));

    await findLibrary();
    expect(screen.getByRole('banner')).toHaveTextContent('Amina Yusuf');
    expect(setProfile).not.toHaveBeenCalled();
  });
});
