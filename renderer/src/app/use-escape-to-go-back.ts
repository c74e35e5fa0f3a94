import { useEffect } from 'react';
import { useRouteStore, type Route } from '../stores/route-store';
import { goBack } from './go-back';

/** Escape while typing clears nothing and navigates nowhere: losing a half-typed reply would hurt. */
function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(target.type);
}

/**
 * Screens opened from another one (a scorecard from the table, a report from the team): Escape
 * closes them as it closes a panel. The header's places have nothing to close, and the player is
 * never left by a stray key: a conversation is left with its own buttons.
 */
const CLOSED_BY_ESCAPE: ReadonlySet<Route['name']> = new Set([
  'scorecard',
  'scenario-editor',
  'trainee-report',
  'scenario-report',
  'review-attempt',
]);

/**
 * Escape closes the innermost thing open. Panels and dialogs handle it first and mark it used
 * (`preventDefault`); what is left closes a screen opened from another one.
 */
export function useEscapeToGoBack(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isEditing(event.target)) return;
      if (!CLOSED_BY_ESCAPE.has(useRouteStore.getState().route.name)) return;
      event.preventDefault();
      goBack();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
