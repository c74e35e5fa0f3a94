import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatScenario } from '../../engine/authoring/format-scenario';
import { edited, renderEditor } from './authoring-editor';
import { createMemoryApi } from './memory-api';
import { findLibrary, renderApp } from './render-app';
import { layOutReactFlowInJsdom } from './react-flow-in-jsdom';
import { broadband } from './scenario-files';

layOutReactFlowInJsdom();

const toolbar = () => screen.getByRole('toolbar', { name: 'Editor' });

async function openFromAuthoringHome(user: UserEvent) {
  await user.click(await screen.findByRole('button', { name: 'Open Charged twice for broadband (published)' }));
  await screen.findByRole('toolbar', { name: 'Editor' });
}

describe('saving from the editor', () => {
  it('Ctrl+S saves a draft of exactly the formatted scenario, against the revision it opened', async () => {
    const { user, api } = await renderEditor(broadband());
    const save = vi.spyOn(api, 'saveScenarioFile');
    const opened = await api.openScenarioFile({ file: 'double-charged-broadband.json', status: 'published' });
    await user.type(screen.getByLabelText('Title'), '!');
    await user.keyboard('{Control>}s{/Control}');

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Draft saved'));
    expect(save).toHaveBeenCalledWith({
      file: 'double-charged-broadband.json',
      text: formatScenario(edited()),
      baseRevision: opened.revision,
      mode: 'draft',
    });
    const draft = await api.openScenarioFile({ file: 'double-charged-broadband.json', status: 'draft' });
    expect(JSON.parse(draft.text).title).toBe('Charged twice for broadband!');
    expect(screen.getByText('Draft', { selector: '.file-status' })).toBeInTheDocument();
  });

  it('keeps Publish disabled, with the reason, while there are problems', async () => {
    const { user } = await renderEditor(broadband());
    const publish = within(toolbar()).getByRole('button', { name: 'Publish' });
    expect(publish).toBeEnabled();
    await user.clear(screen.getByLabelText('Title'));
    expect(publish).toBeDisabled();
    expect(publish).toHaveAccessibleDescription('Fix 1 problem to publish');
    expect(within(toolbar()).getByRole('button', { name: 'Save draft' })).toBeEnabled();
  });

  it('asks before publishing; Cancel publishes nothing', async () => {
    const { user, api } = await renderEditor(broadband());
    const before = await api.openScenarioFile({ file: 'double-charged-broadband.json', status: 'published' });
    await user.type(screen.getByLabelText('Title'), '!');
    await user.click(within(toolbar()).getByRole('button', { name: 'Publish' }));
    const confirm = await screen.findByRole('dialog', { name: /^Publish “.*”\?$/ });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    const after = await api.openScenarioFile({ file: 'double-charged-broadband.json', status: 'published' });
    expect(after.revision).toBe(before.revision);
  });

  it('asks what to do when the file changed on disk since it was opened: overwrite keeps mine', async () => {
    const { user, api } = await renderEditor(broadband());
    const opened = await api.openScenarioFile({ file: 'double-charged-broadband.json', status: 'published' });
    // Someone else saves a draft of the same file meanwhile.
    const theirs = opened.text.replace('Charged twice for broadband', 'Their title');
    await api.saveScenarioFile({
      file: 'double-charged-broadband.json',
      text: theirs,
      baseRevision: opened.revision,
      mode: 'draft',
    });

    await user.type(screen.getByLabelText('Title'), ' (mine)');
    await user.click(within(toolbar()).getByRole('button', { name: 'Save draft' }));
    const dialog = await screen.findByRole('dialog', { name: 'This file changed on disk' });
    expect(dialog).toHaveTextContent(/changed on disk since you opened it/);
    expect(within(dialog).getByRole('button', { name: 'Reload theirs' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const draft = await api.openScenarioFile({ file: 'double-charged-broadband.json', status: 'draft' });
    expect(JSON.parse(draft.text).title).toBe('Charged twice for broadband (mine)');
  });

  it('reloading theirs shows the file as it is on disk; cancel keeps editing', async () => {
    const { user, api } = await renderEditor(broadband());
    const opened = await api.openScenarioFile({ file: 'double-charged-broadband.json', status: 'published' });
    await api.saveScenarioFile({
      file: 'double-charged-broadband.json',
      text: opened.text.replace('Charged twice for broadband', 'Their title'),
      baseRevision: opened.revision,
      mode: 'draft',
    });
    await user.type(screen.getByLabelText('Title'), ' (mine)');
    await user.click(within(toolbar()).getByRole('button', { name: 'Save draft' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(edited().title).toBe('Charged twice for broadband (mine)');

    await user.click(within(toolbar()).getByRole('button', { name: 'Save draft' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reload theirs' }));
    await waitFor(() => expect(edited().title).toBe('Their title'));
    expect(screen.getByRole('status')).toHaveTextContent('No changes');
  });

  it('publishing puts the scenario in the trainee’s library', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: 'Tess Trainer' });
    const { user } = renderApp(api);
    await findLibrary();
    await user.click(screen.getByRole('button', { name: 'Authoring' }));
    await openFromAuthoringHome(user);
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Billed twice');
    await user.click(within(toolbar()).getByRole('button', { name: 'Publish' }));
    const confirm = await screen.findByRole('dialog', { name: 'Publish “Billed twice”?' });
    expect(confirm).toHaveTextContent(/Trainees will see double-charged-broadband\.json in their library/);
    expect(screen.getByRole('status')).toHaveTextContent('Unsaved changes');
    await user.click(within(confirm).getByRole('button', { name: 'Publish now' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Published'));

    await user.click(screen.getByRole('button', { name: 'Library' }));
    expect(await screen.findByRole('article', { name: 'Billed twice' })).toBeInTheDocument();
  });
});

describe('leaving the editor with unsaved changes', () => {
  it('asks first; Stay keeps the changes, Leave without saving goes', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: 'Tess Trainer' });
    const { user } = renderApp(api);
    await findLibrary();
    await user.click(screen.getByRole('button', { name: 'Authoring' }));
    await openFromAuthoringHome(user);
    await user.type(screen.getByLabelText('Title'), ' (v2)');

    await user.click(screen.getByRole('button', { name: 'Library' }));
    const dialog = screen.getByRole('dialog', { name: 'Leave with unsaved changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(screen.getByLabelText('Title')).toHaveValue('Charged twice for broadband (v2)');

    // Escape (back, through the browser's history) asks the same question.
    screen.getByRole('heading', { level: 1 }).focus();
    await user.keyboard('{Escape}');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Stay' }));
    expect(screen.getByLabelText('Title')).toHaveValue('Charged twice for broadband (v2)');

    await user.click(screen.getByRole('button', { name: 'Library' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Leave without saving' }));
    expect(await findLibrary()).toBeInTheDocument();
  });

  it('can save a draft on the way out', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: 'Tess Trainer' });
    const { user } = renderApp(api);
    await findLibrary();
    await user.click(screen.getByRole('button', { name: 'Authoring' }));
    await openFromAuthoringHome(user);
    await user.type(screen.getByLabelText('Title'), ' (v2)');
    await user.click(screen.getByRole('button', { name: '← All scenarios' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Save draft and leave' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Authoring' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Open Charged twice for broadband (v2) (draft)' })).toBeInTheDocument();
  });
});
