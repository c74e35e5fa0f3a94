import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { edited, renderEditor } from './authoring-editor';
import { layOutReactFlowInJsdom } from './react-flow-in-jsdom';
import { broadband } from './scenario-files';

layOutReactFlowInJsdom();

const toolbar = () => screen.getByRole('toolbar', { name: 'Editor' });
const press = (key: string, modifiers: { shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean } = { ctrlKey: true }) =>
  fireEvent.keyDown(window, { key, ...modifiers });

describe('undo and redo in the editor', () => {
  it('undoes a run of typing in one field as one step, with the Undo button, and redoes it', async () => {
    const { user } = await renderEditor(broadband());
    const undo = within(toolbar()).getByRole('button', { name: 'Undo' });
    const redo = within(toolbar()).getByRole('button', { name: 'Redo' });
    expect(undo).toBeDisabled();

    await user.type(screen.getByLabelText('Title'), ' (v2)');
    expect(edited().title).toBe('Charged twice for broadband (v2)');
    expect(screen.getByRole('status')).toHaveTextContent('Unsaved changes');

    await user.click(undo);
    expect(edited().title).toBe('Charged twice for broadband');
    expect(screen.getByRole('status')).toHaveTextContent('No changes');
    expect(redo).toBeEnabled();

    await user.click(redo);
    expect(edited().title).toBe('Charged twice for broadband (v2)');
  });

  it('answers Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (and ⌘ on a Mac) anywhere in the editor', async () => {
    const { user } = await renderEditor(broadband());
    await user.selectOptions(screen.getByLabelText('Channel'), 'chat');
    await user.selectOptions(screen.getByLabelText('Difficulty'), 'advanced');

    press('z');
    expect(edited()).toMatchObject({ channel: 'chat', difficulty: 'intermediate' });
    press('z', { metaKey: true });
    expect(edited()).toMatchObject({ channel: 'phone', difficulty: 'intermediate' });
    press('Z', { ctrlKey: true, shiftKey: true });
    expect(edited().channel).toBe('chat');
    press('y');
    expect(edited().difficulty).toBe('advanced');
    expect(screen.getByLabelText('Difficulty')).toHaveValue('advanced');
  });

  it('a new edit after undo drops the steps that were undone', async () => {
    const { user } = await renderEditor(broadband());
    await user.selectOptions(screen.getByLabelText('Channel'), 'chat');
    press('z');
    await user.selectOptions(screen.getByLabelText('Channel'), 'email');
    expect(within(toolbar()).getByRole('button', { name: 'Redo' })).toBeDisabled();
    press('y');
    expect(edited().channel).toBe('email');
  });
});
