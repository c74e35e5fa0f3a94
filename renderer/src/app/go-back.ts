import { useRouteStore } from '../stores/route-store';

/**
 * Back, as the Escape key and the in-app back buttons mean it. Every in-app screen change adds a
 * browser history entry (see use-history-sync), so going back through the browser keeps the two
 * in step: its popstate event then moves the route store back.
 */
export function goBack(): void {
  const { stack, navigate } = useRouteStore.getState();
  if (stack.length > 0) window.history.back();
  else navigate({ name: 'library' });
}
