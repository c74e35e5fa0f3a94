import { act, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportChunk } from '@api';
import { useRouteStore } from '../../renderer/src/stores/route-store';
import { createMemoryApi, type MemoryApi } from './memory-api';
import { renderApp } from './render-app';
import { seedAttempt } from './review-seeding';
import { broadband, variantOf } from './scenario-files';

const MANAGER = 'Maya Manager';
const POOR = ['calm-down', 'text:Calm down, it is not my department.'];

/** A phone scenario (broadband) and a chat copy of it, so the kind-of-call filter has something to do. */
function teamApi(): MemoryApi {
  return createMemoryApi({
    files: [
      broadband(),
      variantOf(broadband(), 'broadband-chat.json', { id: 'broadband-chat', title: 'Charged twice, on chat', channel: 'chat' }),
    ],
    traineeName: MANAGER,
  });
}

/** Ana improves (poor in January, good in late February); Ben gets worse; Cleo only chats, well. */
async function seedTeam(api: MemoryApi) {
  const [phone, chat] = [api.entries[0]!.scenario!, api.entries[1]!.scenario!];
  const byId = (id: string) => (phone.id === id ? phone : chat);
  await seedAttempt(api, byId('double-charged-broadband'), 'Ana Ahmed', '2025-01-20T10:00:00Z', POOR);
  await seedAttempt(api, byId('double-charged-broadband'), 'Ana Ahmed', '2025-02-25T10:00:00Z', ['own-it']);
  await seedAttempt(api, byId('double-charged-broadband'), 'Ben Brown', '2025-01-21T10:00:00Z', ['own-it']);
  await seedAttempt(api, byId('double-charged-broadband'), 'Ben Brown', '2025-02-26T10:00:00Z', POOR);
  await seedAttempt(api, byId('broadband-chat'), 'Cleo Chen', '2025-02-27T10:00:00Z', ['own-it']);
}

async function openTeam(api: MemoryApi) {
  useRouteStore.getState().navigate({ name: 'team' });
  const view = renderApp(api);
  // The review screens are loaded lazily: the first import takes a moment.
  await screen.findByRole('heading', { level: 1, name: 'Team' }, { timeout: 5000 });
  return view;
}

const traineeNames = async () => {
  const region = await screen.findByRole('region', { name: /^Trainees, \d+ rows$/ });
  return within(region)
    .getAllByRole('rowheader')
    .map((h) => h.textContent);
};

afterEach(() => vi.restoreAllMocks());

describe('the team dashboard', () => {
  it('says there is nobody to show yet on a new installation', async () => {
    await openTeam(teamApi());

    expect(await screen.findByText(/No attempts yet. Trainees appear here after their first conversation./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Team' })).toHaveAttribute('aria-current', 'page');
  });

  it('lists every trainee with their averages, trend arrows in words and flags', async () => {
    const api = teamApi();
    await seedTeam(api);
    await openTeam(api);

    expect(await traineeNames()).toEqual(['Ana Ahmed', 'Ben Brown', 'Cleo Chen']);
    const region = screen.getByRole('region', { name: /^Trainees, \d+ rows$/ });
    const ana = within(region).getByRole('rowheader', { name: 'Ana Ahmed' }).closest('tr')!;
    const ben = within(region).getByRole('rowheader', { name: 'Ben Brown' }).closest('tr')!;
    expect(ana).toHaveTextContent(/Empathy up \d+ points over the last 30 days/);
    expect(ben).toHaveTextContent(/Empathy down \d+ points over the last 30 days/);
    expect(within(ben).getByText(/Empathy/, { selector: '.flag-badge' })).toBeInTheDocument();
    // A narrow window cuts a long flag list short: the whole list stays available on hover.
    expect(within(ben).getByText(/Empathy/, { selector: '.flag-badge' })).toHaveAttribute(
      'title',
      expect.stringMatching(/^Flagged: .*Empathy/),
    );
    expect(
      screen.getByText('Flagged when respect below 60, helpfulness below 60, empathy below 60.', { exact: false }),
    ).toBeInTheDocument();
  });

  it('counts a team of one in the singular', async () => {
    const api = teamApi();
    await seedAttempt(api, api.entries[0]!.scenario!, 'Ana Ahmed', '2025-02-25T10:00:00Z', ['own-it']);
    await openTeam(api);
    await traineeNames();

    expect(screen.getByText('1 trainee', { selector: '.team-trainees__count' })).toBeInTheDocument();
  });

  it('puts the trainees before the flag thresholds and the charts, and the import beside the downloads', async () => {
    const api = teamApi();
    await seedTeam(api);
    await openTeam(api);
    const table = await screen.findByRole('region', { name: /^Trainees, \d+ rows$/ });
    await screen.findByText(/^Weekly averages/);

    const follows = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(table, screen.getByRole('heading', { name: 'Charts' }))).toBe(true);
    expect(follows(table, screen.getByRole('button', { name: 'Change thresholds' }))).toBe(true);
    const actions = screen.getByRole('group', { name: 'Export, import and print' });
    expect(within(actions).getByLabelText('Import attempts from another installation')).toHaveAttribute('type', 'file');
    expect(within(actions).getByText('Import attempts…').closest('label')).toHaveClass('button');
  });

  it('sorts on the service when a column header is chosen, weakest first', async () => {
    const api = teamApi();
    await seedTeam(api);
    const overview = vi.spyOn(api, 'getTeamOverview');
    const { user } = await openTeam(api);
    await traineeNames();

    await user.click(screen.getByRole('button', { name: /^Empathy, sort by this column/ }));

    await waitFor(() =>
      expect(overview).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'empathy', direction: 'asc', offset: 0 })),
    );
    const region = screen.getByRole('region', { name: /^Trainees, \d+ rows$/ });
    expect(within(region).getByRole('columnheader', { name: /Empathy/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: /^Empathy, sorted ascending/ }));
    await waitFor(() =>
      expect(overview).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'empathy', direction: 'desc' })),
    );
    expect((await traineeNames())[0]).toBe('Cleo Chen');
  });

  it('filters by kind of call and by dates, and searches by name', async () => {
    const api = teamApi();
    await seedTeam(api);
    const { user } = await openTeam(api);
    await traineeNames();

    await user.selectOptions(screen.getByLabelText('Kind of call'), 'Chat');
    await waitFor(async () => expect(await traineeNames()).toEqual(['Cleo Chen']));

    await user.click(screen.getByRole('button', { name: 'Clear filter' }));
    await user.type(screen.getByLabelText('From'), '2025-02-26');
    await waitFor(async () => expect(await traineeNames()).toEqual(['Ben Brown', 'Cleo Chen']));

    await user.type(screen.getByLabelText('Search by name'), 'brown');
    await waitFor(async () => expect(await traineeNames()).toEqual(['Ben Brown']));
    expect(screen.getByText('1 of 2 trainees')).toBeInTheDocument();
  });

  it('changes the flag thresholds, stores them and flags again', async () => {
    const api = teamApi();
    await seedTeam(api);
    const { user } = await openTeam(api);
    await traineeNames();

    await user.click(screen.getByRole('button', { name: 'Change thresholds' }));
    const empathy = screen.getByLabelText('Empathy below');
    await user.clear(empathy);
    await user.type(empathy, '101');
    await user.click(screen.getByRole('button', { name: 'Save thresholds' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Empathy: enter a whole number from 0 to 100');

    await user.clear(empathy);
    await user.clear(screen.getByLabelText('Respect below'));
    await user.clear(screen.getByLabelText('Helpfulness below'));
    await user.type(empathy, '99');
    await user.click(screen.getByRole('button', { name: 'Save thresholds' }));

    expect(await screen.findByText(/Flagged when empathy below 99/)).toBeInTheDocument();
    expect((await api.getReviewSettings({})).thresholds).toEqual({ respect: null, helpfulness: null, empathy: 99 });
    await user.click(screen.getByRole('checkbox', { name: 'Flagged only' }));
    await waitFor(async () => expect(await traineeNames()).toEqual(['Ana Ahmed', 'Ben Brown', 'Cleo Chen']));
  });

  it('closes the threshold panel on Escape and stays on Team, from a field or a button', async () => {
    const api = teamApi();
    await seedTeam(api);
    const { user } = await openTeam(api);
    await traineeNames();

    await user.click(screen.getByRole('button', { name: 'Change thresholds' }));
    await user.type(screen.getByLabelText('Empathy below'), '7');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Flag thresholds' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change thresholds' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Change thresholds' }));
    screen.getByRole('button', { name: 'Save thresholds' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Flag thresholds' })).not.toBeInTheDocument();

    // Nothing left open: Escape on a place of the header goes nowhere.
    await user.keyboard('{Escape}');
    expect(useRouteStore.getState().route.name).toBe('team');
    expect(screen.getByRole('heading', { level: 1, name: 'Team' })).toBeInTheDocument();
    expect((await api.getReviewSettings({})).thresholds.empathy).not.toBe(7);
  });

  it('tells each chart in words', async () => {
    const api = teamApi();
    await seedTeam(api);
    await openTeam(api);

    expect(await screen.findByText(/^Weekly averages of 5 finished attempts/)).toBeInTheDocument();
    expect(screen.getByText(/^Empathy across 2 scenarios\. Most weak results/)).toBeInTheDocument();
  });

  it('downloads the attempts as a CSV built from every chunk, with progress', async () => {
    const api = teamApi();
    await seedTeam(api);
    const saved: Blob[] = [];
    Object.assign(URL, { createObjectURL: vi.fn((blob: Blob) => (saved.push(blob), 'blob:rapport')), revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const chunks = vi.spyOn(api, 'exportCsv');
    const { user } = await openTeam(api);
    await traineeNames();

    await user.click(screen.getByRole('button', { name: /Attempts \(CSV\)/ }));

    expect(await screen.findByText(/Export finished: Attempts \(CSV\)\./)).toBeInTheDocument();
    expect(screen.getByText(/Saved rapport-attempts-\d{4}-\d{2}-\d{2}\.csv/)).toBeInTheDocument();
    expect(chunks).toHaveBeenCalledWith(expect.objectContaining({ table: 'attempts', after: null }));
    const bytes = new Uint8Array(await saved[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1 + 5);

    // The report belongs to this screen: leaving it clears it.
    act(() => useRouteStore.getState().navigate({ name: 'library' }));
    act(() => useRouteStore.getState().navigate({ name: 'team' }));
    await traineeNames();
    expect(screen.queryByText(/Export finished/)).toBeNull();
  });

  it('prints with the browser when the desktop PDF is not available', async () => {
    const api = teamApi();
    await seedTeam(api);
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { user } = await openTeam(api);
    await traineeNames();

    await user.click(screen.getByRole('button', { name: 'Print / PDF' }));

    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(document.querySelector('.print-only')).toHaveTextContent('3 trainees');
    vi.unstubAllGlobals();
  });

  it('imports another installation’s transfer file, reporting what it added, and adds nothing the second time', async () => {
    const elsewhere = teamApi();
    await seedTeam(elsewhere);
    let text = '';
    let after: ExportChunk['next'] = null;
    do {
      const chunk = await elsewhere.exportTransfer({ after, limit: 2 });
      text += chunk.text;
      after = chunk.next;
    } while (after !== null);
    const file = new File([text], 'team.jsonl', { type: 'application/x-ndjson' });
    const api = teamApi();
    const { user } = await openTeam(api);
    await screen.findByText(/No attempts yet/);

    await user.upload(screen.getByLabelText('Import attempts from another installation'), file);

    expect(
      await screen.findByText('5 attempts imported, 0 duplicates skipped (already here), 0 lines with problems.'),
    ).toBeInTheDocument();
    expect(await traineeNames()).toEqual(['Ana Ahmed', 'Ben Brown', 'Cleo Chen']);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    await user.upload(screen.getByLabelText('Import attempts from another installation'), file);
    expect(
      await screen.findByText('0 attempts imported, 5 duplicates skipped (already here), 0 lines with problems.'),
    ).toBeInTheDocument();
  });

  it('opens a trainee’s page from their name', async () => {
    const api = teamApi();
    await seedTeam(api);
    const { user } = await openTeam(api);
    await traineeNames();

    await user.click(screen.getByRole('button', { name: 'Ben Brown' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Ben Brown' })).toBeInTheDocument();
  });

  it('has no serious accessibility problems', async () => {
    const api = teamApi();
    await seedTeam(api);
    await openTeam(api);
    await traineeNames();
    await screen.findByText(/^Weekly averages/);

    const result = await act(() => axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } }));
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
