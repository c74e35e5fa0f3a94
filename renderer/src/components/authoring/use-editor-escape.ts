import { useEffect } from 'react';
import { usePlayTestStore } from '../../stores/editor-play-test-store';

/**
 * Escape in the editor: it ends a play-test (back to editing), and on the graph it only clears the
 * node selection (React Flow's own meaning). Anywhere else it goes back as on every screen, behind
 * the unsaved-changes question. Runs before the app-wide handler and marks the key as used.
 */
export function useEditorEscape(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const playTest = usePlayTestStore.getState();
      if (playTest.scenario) {
        event.preventDefault();
        playTest.close();
      } else if (event.target instanceof Element && event.target.closest('.scenario-graph')) {
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
