import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryApi } from './memory-api';
import { findLibrary, renderApp } from './render-app';
import { playThrough } from './play-through';
import { broadband } from './scenario-files';

const TRAINEE = 'Amina Yusuf';

describe('ProgressScreen', () => {
  it('says there is nothing yet and leads to the library when the trainee has no attempts', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE });
    const scenario = api.entries[0]!.scenario!;
    await playThrough(api, scenario, 'Someone Else');
    const { user } = renderApp(api);
    await findLibrary();

    await user.click(screen.getByRole('button', { name: 'My progress' }));
    expect(await screen.findByText(/No attempts yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'My progress' })).toHaveAttribute('aria-current', 'page');

    await user.click(screen.getByRole('button', { name: 'Choose a scenario' }));
    await findLibrary();
  });

  it('lists the trainee’s attempts newest first with outcome and scores, and summarises the trend', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE });
    const listAttempts = vi.spyOn(api, 'listAttempts');
    const scenario = api.entries[0]!.scenario!;
    const poor = await playThrough(api, scenario, TRAINEE, ['calm-down', 'text:Calm down, as I said it is not my department.']);
    const good = await playThrough(api, scenario, TRAINEE, ['own-it']);
    await playThrough(api, scenario, 'Someone Else');
    const { user } = renderApp(api);
    await findLibrary();

    await user.click(screen.getByRole('button', { name: 'My progress' }));
    const table = await screen.findByRole('table');
    expect(listAttempts).toHaveBeenCalledWith({ traineeName: TRAINEE });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);

    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    const outcome = {
      resolved: 'Resolved',
      escalated: 'Escalated',
      'follow-up': 'Follow-up needed',
      'customer-lost': 'Customer lost',
    };
    // Newest first: the good attempt was played last.
    for (const [row, attempt] of [
      [rows[0]!, good],
      [rows[1]!, poor],
    ] as const) {
      expect(within(row).getByRole('rowheader')).toHaveTextContent('Charged twice for broadband');
      const [, outcomeCell, respect, helpfulness, empathy, status] = cells(row);
      expect(outcomeCell).toContain(outcome[attempt.outcome!]);
      expect([respect, helpfulness, empathy]).toEqual(
        [attempt.scores!.respect, attempt.scores!.helpfulness, attempt.scores!.empathy].map(String),
      );
      expect(status).toBe('Finished');
    }
    expect(good.scores!.empathy).toBeGreaterThan(poor.scores!.empathy);

    const figure = screen.getByRole('figure', { name: 'Scores over time' });
    expect(figure).toHaveTextContent(
      `Over 2 scored attempts, from first to latest: respect ${poor.scores!.respect} to ${good.scores!.respect} (up ${good.scores!.respect - poor.scores!.respect})`,
    );
    expect(figure).toHaveTextContent(`empathy ${poor.scores!.empathy} to ${good.scores!.empathy}`);
  });

  it('opens an attempt’s scorecard from the table, and Escape comes back', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE });
    const getAttempt = vi.spyOn(api, 'getAttempt');
    const attempt = await playThrough(api, api.entries[0]!.scenario!, TRAINEE);
    const { user } = renderApp(api);
    await findLibrary();
    await user.click(screen.getByRole('button', { name: 'My progress' }));

    await user.click(await screen.findByRole('button', { name: 'Charged twice for broadband' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Scorecard: Charged twice for broadband' })).toBeInTheDocument();
    expect(getAttempt).toHaveBeenCalledWith({ attemptId: attempt.id });

    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1, name: 'My progress' })).toBeInTheDocument();
  });

  it('charts only finished attempts and lists the unfinished apart, each to continue', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE });
    const scenario = api.entries[0]!.scenario!;
    const finished = await playThrough(api, scenario, TRAINEE, ['own-it']);
    const retry = await api.startAttempt({ scenarioId: scenario.id, traineeName: TRAINEE });
    await api.recordTurn({ attemptId: retry.id, nodeId: 'opening', reply: { kind: 'choice', choiceId: 'calm-down' } });
    const { user } = renderApp(api);
    await findLibrary();
    await user.click(screen.getByRole('button', { name: 'My progress' }));

    const figure = await screen.findByRole('figure', { name: 'Scores over time' });
    expect(figure).toHaveTextContent(
      `One scored attempt: respect ${finished.scores!.respect}, helpfulness ${finished.scores!.helpfulness}, empathy ${finished.scores!.empathy}.`,
    );
    const attemptsTable = screen.getByRole('table');
    expect(within(attemptsTable).getAllByRole('row').slice(1)).toHaveLength(1);
    expect(within(attemptsTable).getByRole('cell', { name: 'Finished' })).toBeInTheDocument();

    const unfinished = screen.getByRole('region', { name: 'Unfinished: 1' });
    expect(unfinished).toHaveTextContent('Charged twice for broadband, 1 reply');
    await user.click(within(unfinished).getByRole('button', { name: /^Continue Charged twice for broadband/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Charged twice for broadband' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'End conversation' })).toBeInTheDocument();
  });
});
