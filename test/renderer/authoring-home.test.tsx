import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEditorStore } from '../../renderer/src/stores/editor-store';
import { createMemoryApi, type MemoryApi } from './memory-api';
import { findLibrary, renderApp } from './render-app';
import { layOutReactFlowInJsdom } from './react-flow-in-jsdom';
import { broadband, brokenNextFile } from './scenario-files';

layOutReactFlowInJsdom();

const TWINE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/twine/refund-chase.twee');

async function openAuthoring(api: MemoryApi): Promise<UserEvent> {
  const { user } = renderApp(api);
  await findLibrary();
  await user.click(screen.getByRole('button', { name: 'Authoring' }));
  await screen.findByRole('heading', { level: 2, name: 'Scenario files' });
  return user;
}

const rowOf = (text: string) => screen.getByText(text, { selector: '.file-table__file' }).closest('tr')!;

describe('the authoring home', () => {
  let api: MemoryApi;
  beforeEach(() => {
    api = createMemoryApi({ files: [broadband(), brokenNextFile()], traineeName: 'Tess Trainer' });
  });

  it('lists every scenario file with its status, problems and when it changed', async () => {
    await openAuthoring(api);
    expect(within(rowOf('double-charged-broadband.json')).getByText('Published')).toBeInTheDocument();
    expect(rowOf('double-charged-broadband.json')).toHaveTextContent('None');
    expect(rowOf('broken-next.json')).toHaveTextContent('⚠ 1 problem');
  });

  it('creates a scenario from a template, named after its title, and opens it in the editor', async () => {
    const user = await openAuthoring(api);
    await user.click(screen.getByRole('radio', { name: /Information request/ }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Lost library card');
    expect(screen.getByText('lost-library-card.json')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create and open' }));

    // The editor is loaded on first use; its first load in a test worker can take a few seconds.
    expect(await screen.findByRole('heading', { level: 1, name: 'Lost library card' }, { timeout: 5000 })).toBeInTheDocument();
    expect(useEditorStore.getState().document).toEqual({ file: 'lost-library-card.json', status: 'draft', revision: null });
    expect(useEditorStore.getState().scenario).toMatchObject({ id: 'lost-library-card', title: 'Lost library card' });
    // Not on disk yet: leaving would lose it, so it counts as unsaved.
    expect(screen.getByRole('status')).toHaveTextContent('Unsaved changes');
  });

  it('refuses a new scenario whose file name is taken, saying what to do', async () => {
    const user = await openAuthoring(api);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Broken next');
    await user.click(screen.getByRole('button', { name: 'Create and open' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'There is already a scenario file named broken-next.json: choose another id, or open that file.',
    );
  });

  it('imports a Twine story as a draft and reports what was brought across and what was not', async () => {
    const user = await openAuthoring(api);
    const twee = new File([readFileSync(TWINE)], 'refund-chase.twee', { type: 'text/plain' });
    await user.upload(screen.getByLabelText(/A scenario \.json, a \.zip of several/), twee);

    const report = await screen.findByText(/Imported 1 scenario as draft/);
    const panel = report.closest('.import-report') as HTMLElement;
    expect(within(panel).getByRole('button', { name: 'Chasing a late refund' })).toBeInTheDocument();
    expect(panel).toHaveTextContent(/Not brought across/);
    await waitFor(() => expect(screen.getAllByText('Draft', { selector: '.file-status' })).toHaveLength(1));
  });

  it('clears the import report when the trainer leaves the screen, and on the next action', async () => {
    const user = await openAuthoring(api);
    const twee = () => new File([readFileSync(TWINE)], 'refund-chase.twee', { type: 'text/plain' });
    await user.upload(screen.getByLabelText(/A scenario \.json, a \.zip of several/), twee());
    await screen.findByText(/Imported 1 scenario as draft/);

    await user.click(screen.getByRole('button', { name: 'Library' }));
    await findLibrary();
    await user.click(screen.getByRole('button', { name: 'Authoring' }));
    await screen.findByRole('heading', { level: 2, name: 'Scenario files' });
    expect(screen.queryByText(/Imported 1 scenario as draft/)).toBeNull();

    await user.upload(screen.getByLabelText(/A scenario \.json, a \.zip of several/), twee());
    await screen.findByText(/Imported 1 scenario as draft/);
    await user.click(within(rowOf('broken-next.json')).getByRole('checkbox'));
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:rapport'), revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: /Export selected/ }));
    await waitFor(() => expect(screen.queryByText(/Imported 1 scenario as draft/)).toBeNull());
  });

  it('keeps a long unbroken title whole in its tooltip', async () => {
    const long = broadband();
    const title = `Charged${'-twice'.repeat(30)}`;
    long.text = long.text.replace('"title": "Charged twice for broadband"', `"title": "${title}"`);
    api = createMemoryApi({ files: [long], traineeName: 'Tess Trainer' });
    await openAuthoring(api);
    expect(screen.getByText(title, { selector: '.file-table__title' })).toHaveAttribute('title', title);
  });

  it('exports the ticked files through the Api and hands the result to the browser as a download', async () => {
    const user = await openAuthoring(api);
    const exportFiles = vi.spyOn(api, 'exportScenarios');
    URL.createObjectURL = vi.fn(() => 'blob:rapport-export');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    expect(screen.getByRole('button', { name: 'Export selected (0)' })).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: 'Select double-charged-broadband.json (published) for export' }));
    await user.click(within(rowOf('broken-next.json')).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Export selected (2)' }));

    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(exportFiles).toHaveBeenCalledWith({
      files: [
        { file: 'broken-next.json', status: 'published' },
        { file: 'double-charged-broadband.json', status: 'published' },
      ],
    });
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/^rapport-scenarios-.*\.zip$/);
  });

  it('checks a scenarios folder before using it, and shows why one is refused', async () => {
    const user = await openAuthoring(api);
    const folder = screen.getByRole('textbox', { name: 'Use another folder' });
    await user.type(folder, 'relative/folder');
    await user.click(screen.getByRole('button', { name: 'Check and use this folder' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('"relative/folder" is not a full path');

    await user.clear(folder);
    await user.type(folder, '/srv/training/scenarios');
    await user.click(screen.getByRole('button', { name: 'Check and use this folder' }));
    expect(await screen.findByText(/Trainees see the scenarios published to/)).toHaveTextContent('/srv/training/scenarios.');
    expect(screen.queryByText('double-charged-broadband.json', { selector: '.file-table__file' })).toBeNull();
  });
});

afterEach(() => vi.restoreAllMocks());
