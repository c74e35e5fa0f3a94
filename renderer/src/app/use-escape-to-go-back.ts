import { useEffect } from 'react';
import { useRouteStore } from '../stores/route-store';
import { goBack } from './go-back';

/** Escape while typing clears nothing and navigates nowhere: losing a half-typed reply would hurt. */
function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(target.type);
}

/** Escape goes back a screen (from the library there is nowhere further back to go). */
export function useEscapeToGoBack(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isEditing(event.target)) return;
      if (useRouteStore.getState().route.name === 'library') return;
      event.preventDefault();
      goBack();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
