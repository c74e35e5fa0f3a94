import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryApi } from './memory-api';
import { findLibrary, renderApp } from './render-app';
import { broadband } from './scenario-files';

const TRAINEE = 'Amina Yusuf';
const STILL_ANGRY_LINE = /Are you even listening/;

/**
 * An attempt left in progress by an earlier run of the app (a closed window, a crash, a power cut):
 * it is in the database, not in this run's memory.
 */
async function apiWithAnUnfinishedAttempt() {
  const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE });
  const attempt = await api.startAttempt({ scenarioId: 'double-charged-broadband', traineeName: TRAINEE });
  await api.recordTurn({
    attemptId: attempt.id,
    nodeId: attempt.state.nodeId,
    reply: { kind: 'choice', choiceId: 'procedure-first' },
  });
  return { api, attemptId: attempt.id };
}

describe('unfinished attempts found in the database', () => {
  it('are offered in the library to continue or discard, saying where they stopped', async () => {
    const { api } = await apiWithAnUnfinishedAttempt();
    renderApp(api);
    await findLibrary();

    const offer = await screen.findByRole('region', { name: 'Unfinished conversations' });
    expect(offer).toHaveTextContent('You left Charged twice for broadband after 1 reply.');
    expect(within(offer).getByRole('button', { name: 'Continue the conversation' })).toBeEnabled();
    expect(within(offer).getByRole('button', { name: 'Discard…' })).toBeEnabled();
  });

  it('continue where the conversation stopped', async () => {
    const { api } = await apiWithAnUnfinishedAttempt();
    const { user } = renderApp(api);
    await findLibrary();

    await user.click(await screen.findByRole('button', { name: 'Continue the conversation' }));

    expect(await screen.findByText(STILL_ANGRY_LINE)).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Write your reply to Denise Okafor' })).toBeInTheDocument();
  });

  it('discard marks the attempt abandoned (it stays in My progress) and stops offering it', async () => {
    const { api, attemptId } = await apiWithAnUnfinishedAttempt();
    const { user } = renderApp(api);
    await findLibrary();

    const discard = vi.spyOn(api, 'abandonAttempt');
    await user.click(await screen.findByRole('button', { name: 'Discard…' }));

    // Asked first: keeping it changes nothing and returns to the offer.
    const question = screen.getByRole('group', { name: 'Discard this conversation?' });
    expect(question).toHaveTextContent('You cannot continue it afterwards; it stays in My progress as ended early.');
    expect(within(question).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Keep it' }));
    expect(discard).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Discard…' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Continue the conversation' })).toBeEnabled();

    // Escape answers "keep it" too, and leaves the library where it is.
    await user.click(screen.getByRole('button', { name: 'Discard…' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Discard this conversation?' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Discard…' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Discard…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, discard' }));

    await expect.poll(() => screen.queryByRole('region', { name: 'Unfinished conversations' })).toBeNull();
    expect((await api.getAttempt({ attemptId })).status).toBe('abandoned');
  });

  it('lists each of several unfinished attempts once, the newest first', async () => {
    const { api } = await apiWithAnUnfinishedAttempt();
    await api.startAttempt({ scenarioId: 'double-charged-broadband', traineeName: TRAINEE });
    renderApp(api);
    await findLibrary();

    const offer = await screen.findByRole('region', { name: 'Unfinished conversations' });
    const items = within(offer).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('after 0 replies.');
    expect(items[1]).toHaveTextContent('after 1 reply.');
  });
});
