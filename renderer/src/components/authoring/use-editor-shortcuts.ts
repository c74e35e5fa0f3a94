import { useEffect } from 'react';
import { useApi } from '../../api/api-context';
import { useEditorSaveStore } from '../../stores/editor-save-store';
import { useEditorStore } from '../../stores/editor-store';

/**
 * The editor's keys, wherever focus is in it: Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a
 * Mac), Ctrl+S saves a draft. Undo is the editor's, not the text box's: every keystroke is already
 * in its history, so undo behaves the same in a form field and on the graph.
 */
export function useEditorShortcuts(enabled: boolean): void {
  const api = useApi();
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const editor = useEditorStore.getState();
      if (key === 'z' && !event.shiftKey) editor.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') editor.redo();
      else if (key === 's') void useEditorSaveStore.getState().save(api, 'draft');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [api, enabled]);
}
