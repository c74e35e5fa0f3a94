import { act, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { useRouteStore } from '../../renderer/src/stores/route-store';
import { createMemoryApi, type MemoryApi } from './memory-api';
import { renderApp } from './render-app';
import { seedAttempt } from './review-seeding';
import { broadband } from './scenario-files';

const MANAGER = 'Maya Manager';
const RUDE = 'text:Calm down, it is not my department. Read the terms next time.';

async function seeded(): Promise<MemoryApi> {
  const api = createMemoryApi({ files: [broadband()], traineeName: MANAGER });
  const scenario = api.entries[0]!.scenario!;
  await seedAttempt(api, scenario, 'Dev Das', '2025-02-20T10:00:00Z', ['calm-down', RUDE]);
  await seedAttempt(api, scenario, 'Dev Das', '2025-02-24T10:00:00Z', ['own-it']);
  await seedAttempt(api, scenario, 'Ana Ahmed', '2025-02-25T10:00:00Z', ['own-it']);
  return api;
}

async function openTrainee(api: MemoryApi, traineeName: string) {
  useRouteStore.getState().navigate({ name: 'trainee-report', traineeName });
  const view = renderApp(api);
  await screen.findByRole('heading', { level: 1, name: traineeName }, { timeout: 5000 });
  await screen.findByRole('heading', { name: 'Weakest skills, and the turns that show them' });
  return view;
}

describe('the trainee page', () => {
  it('shows the averages with trends, the kinds of call, and the skills chart told in words', async () => {
    await openTrainee(await seeded(), 'Dev Das');

    const scores = screen.getByRole('list', { name: 'Average scores over finished attempts' });
    expect(within(scores).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText(/2 attempts \(2 finished\)/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'By kind of call' }).closest('section')).toHaveTextContent('Phone');
    expect(screen.getByText(/^Dev Das: respect \d+ \(team \d+\), helpfulness/)).toBeInTheDocument();
    expect(screen.getByText(/^Monthly averages|finished attempts in the period starting/)).toBeInTheDocument();
  });

  it('shows the weakest skills with the turn that shows each, and opens its transcript there', async () => {
    const { user } = await openTrainee(await seeded(), 'Dev Das');

    const weakest = screen.getByRole('heading', { name: 'Weakest skills, and the turns that show them' }).closest('section')!;
    const firstSkill = within(weakest).getAllByRole('article')[0]!;
    expect(firstSkill).toHaveTextContent('Calm down, it is not my department. Read the terms next time.');
    expect(firstSkill).toHaveTextContent(/Cost points: /);

    await user.click(within(firstSkill).getAllByRole('button', { name: 'Open the transcript at this turn' })[0]!);

    expect(
      await screen.findByRole('heading', { level: 1, name: /^Transcript: Charged twice for broadband/ }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/in your own words/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();
    // The turn the manager came to see is the one outlined.
    const focused = document.querySelectorAll('.review-attempt__focus');
    expect(focused).toHaveLength(1);
    expect(focused[0]).toHaveTextContent('Calm down, it is not my department. Read the terms next time.');
    expect(within(focused[0] as HTMLElement).getByText('Dev Das typed their own reply')).toBeInTheDocument();
    // The reason for the customer's reaction names the trainee, not "you".
    expect(
      within(focused[0] as HTMLElement).getByRole('heading', { name: 'Why Denise reacted this way' }).parentElement,
    ).toHaveTextContent(/because Dev Das’s reply /);
  });

  it('lists under a weak skill only the replies that scored below its threshold', async () => {
    const api = await seeded();
    await openTrainee(api, 'Dev Das');

    const weakest = screen.getByRole('heading', { name: 'Weakest skills, and the turns that show them' }).closest('section')!;
    const shown = within(weakest)
      .getAllByRole('article')
      .flatMap((skill) => {
        const name = skill.querySelector('h3')!.textContent!.split(':')[0]!;
        return [...skill.querySelectorAll('.weak-turn__scores > span')]
          .filter((span) => span.textContent!.startsWith(name))
          .map((span) => ({ name, score: Number(span.querySelector('.score-chip')!.textContent) }));
      });
    expect(shown.length).toBeGreaterThan(0);
    // The default thresholds flag every skill below 60.
    expect(shown.filter((s) => s.score >= 60)).toEqual([]);
  });

  it('writes a coaching note, then edits it, showing when each happened', async () => {
    const api = await seeded();
    const { user } = await openTrainee(api, 'Dev Das');
    const notes = screen.getByRole('heading', { name: 'Coaching notes' }).closest('section')!;
    expect(within(notes).getByText('No notes yet.')).toBeInTheDocument();

    await user.click(within(notes).getByRole('button', { name: 'Save note' }));
    expect(await within(notes).findByRole('alert')).toHaveTextContent('Write the note first.');
    await user.type(within(notes).getByLabelText('New note'), 'Name the feeling before the fix.');
    await user.click(within(notes).getByRole('button', { name: 'Save note' }));

    const saved = await within(notes).findByText('Name the feeling before the fix.');
    expect(saved.closest('li')).toHaveTextContent(/^Written \d/);
    expect(within(notes).getByLabelText('New note')).toHaveValue('');

    await user.click(within(notes).getByRole('button', { name: /^Edit/ }));
    const editor = within(notes).getByLabelText('Edit the note');
    await user.clear(editor);
    await user.type(editor, 'Name the feeling, then fix it.');
    await user.click(within(notes).getByRole('button', { name: 'Save changes' }));

    const edited = await within(notes).findByText('Name the feeling, then fix it.');
    expect(edited.closest('li')).toHaveTextContent(/^Written .+ · edited .+Name the feeling, then fix it\./);
    const stored = (await api.getTraineeReport({ traineeName: 'Dev Das' })).coachingNotes;
    expect(stored.map((n) => n.text)).toEqual(['Name the feeling, then fix it.']);
  });

  it('pages through the attempts, newest first', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: MANAGER });
    const scenario = api.entries[0]!.scenario!;
    for (let day = 1; day <= 23; day++) {
      await seedAttempt(api, scenario, 'Busy Bee', `2025-02-${String(day).padStart(2, '0')}T10:00:00Z`, ['own-it']);
    }
    const { user } = await openTrainee(api, 'Busy Bee');

    expect(await screen.findByText('Attempts 1–20 of 23')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Older →' }));
    expect(await screen.findByText('Attempts 21–23 of 23')).toBeInTheDocument();
    const table = screen.getByRole('heading', { name: 'Attempts' }).closest('section')!.querySelector('table')!;
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 3);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Older →' })).toBeDisabled());
  });

  it('says so when the trainee has no attempts under the filter', async () => {
    useRouteStore.getState().navigate({ name: 'trainee-report', traineeName: 'Nobody Here' });
    renderApp(await seeded());

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'no attempts by "Nobody Here" match this filter',
    );
  });

  it('has no serious accessibility problems', async () => {
    await openTrainee(await seeded(), 'Dev Das');

    const result = await act(() => axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } }));
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
