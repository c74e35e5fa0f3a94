import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { validateLibrary } from '../../engine/scenario/library';
import { formatProblem } from '../../engine/scenario/problem';
import { createMemoryApi } from './memory-api';
import { findLibrary, renderApp } from './render-app';
import { broadband, brokenNextFile, brokenSyntaxFile, bundledScenarioFiles, variantOf } from './scenario-files';

const TRAINEE = 'Amina Yusuf';

/** Three distinct scenarios: the real one and two variants on other channels and industries. */
function threeScenarios() {
  return [
    broadband(),
    variantOf(broadband(), 'stranded-at-gate.json', {
      id: 'stranded-at-gate',
      title: 'Stranded at the gate',
      industry: 'airline',
      channel: 'chat',
      difficulty: 'beginner',
      persona: { name: 'Arjun Mehta', startingMood: 'anxious' },
    }),
    variantOf(broadband(), 'card-blocked-abroad.json', {
      id: 'card-blocked-abroad',
      title: 'Card blocked abroad',
      industry: 'banking',
      channel: 'email',
      difficulty: 'advanced',
      persona: { name: 'Lucía Fernández', startingMood: 'frustrated' },
    }),
  ];
}

const cardTitles = () => screen.queryAllByRole('article').map((card) => within(card).getByRole('heading').textContent);

describe('LibraryScreen', () => {
  it('keeps a long unbroken persona name whole in its tooltip', async () => {
    const name = `Denise${'-Okafor'.repeat(20)}`;
    const api = createMemoryApi({
      files: [variantOf(broadband(), 'long-name.json', { persona: { name } })],
      traineeName: 'Tess Trainer',
    });
    renderApp(api);
    await findLibrary();
    expect(screen.getByText(name, { selector: '.scenario-card__persona-name' })).toHaveAttribute('title', name);
  });

  it('lists every bundled scenario that loads, with what a trainee needs to choose', async () => {
    const files = bundledScenarioFiles();
    const valid = validateLibrary(files).flatMap((e) => (e.scenario ? [e.scenario] : []));
    renderApp(createMemoryApi({ files, traineeName: TRAINEE }));
    await findLibrary();

    expect(valid.length).toBeGreaterThan(0);
    for (const scenario of valid) expect(screen.getByRole('heading', { level: 2, name: scenario.title })).toBeInTheDocument();

    const card = screen.getByRole('article', { name: 'Charged twice for broadband' });
    expect(card).toHaveTextContent('Telecom');
    expect(card).toHaveTextContent('Phone');
    expect(card).toHaveTextContent('Intermediate');
    expect(card).toHaveTextContent('About 8 min');
    expect(card).toHaveTextContent('Denise Okafor · starts furious');
    expect(card).toHaveTextContent('de-escalation');
    expect(card).toHaveTextContent('billed twice for this month');
    expect(within(card).getByRole('button', { name: 'Start' })).toBeEnabled();
  });

  it('narrows the list by search text and by each filter, and says when nothing matches', async () => {
    const { user } = renderApp(createMemoryApi({ files: threeScenarios(), traineeName: TRAINEE }));
    await findLibrary();
    expect(cardTitles()).toHaveLength(3);

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'arjun');
    expect(cardTitles()).toEqual(['Stranded at the gate']);
    expect(screen.getByText('Showing 1 of 3 scenarios')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));

    await user.selectOptions(screen.getByLabelText('Channel'), 'Email');
    expect(cardTitles()).toEqual(['Card blocked abroad']);
    await user.selectOptions(screen.getByLabelText('Channel'), 'All channels');

    await user.selectOptions(screen.getByLabelText('Difficulty'), 'Intermediate');
    expect(cardTitles()).toEqual(['Charged twice for broadband']);

    await user.selectOptions(screen.getByLabelText('Industry'), 'Airline');
    expect(cardTitles()).toEqual([]);
    expect(screen.getByText('No scenarios match your search and filters.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(cardTitles()).toHaveLength(3);
    expect(screen.getByLabelText('Industry')).toHaveValue('all');
  });

  it('shows files that could not be loaded as file:line:column problems, and still lists the good ones', async () => {
    const files = [broadband(), brokenNextFile(), brokenSyntaxFile()];
    const expected = validateLibrary(files)
      .filter((e) => !e.scenario)
      .flatMap((e) => e.problems.map(formatProblem));
    renderApp(createMemoryApi({ files, traineeName: TRAINEE }));
    await findLibrary();

    const panel = screen.getByRole('region', { name: '2 scenario files could not be loaded' });
    expect(expected.length).toBeGreaterThanOrEqual(2);
    for (const line of expected) expect(within(panel).getByText(line)).toBeInTheDocument();
    expect(
      within(panel).getByText(/^scenarios\/broken-next\.json:\d+:\d+ \$\.nodes\[0\]\.choices\[0\]\.next: .*nowhere-node/),
    ).toBeInTheDocument();
    expect(within(panel).getByText(/^scenarios\/half-written\.json:4:3 /)).toBeInTheDocument();

    expect(cardTitles()).toEqual(['Charged twice for broadband']);
  });

  it('starts an attempt for the trainee and opens the conversation', async () => {
    const api = createMemoryApi({ files: threeScenarios(), traineeName: TRAINEE });
    const startAttempt = vi.spyOn(api, 'startAttempt');
    const { user } = renderApp(api);
    await findLibrary();

    const card = screen.getByRole('article', { name: 'Stranded at the gate' });
    await user.click(within(card).getByRole('button', { name: 'Start' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Stranded at the gate' })).toBeInTheDocument();
    expect(startAttempt).toHaveBeenCalledWith({ scenarioId: 'stranded-at-gate', traineeName: TRAINEE });
    expect(screen.getByRole('heading', { name: 'Chat with Arjun Mehta' })).toBeInTheDocument();
  });
});
