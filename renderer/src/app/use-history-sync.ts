import { useEffect } from 'react';
import { useRouteStore } from '../stores/route-store';

/**
 * Lets the browser's (or mouse's) back button move between Rapport's screens in the web shell
 * instead of leaving the app: each screen change pushes a same-document history entry, and going
 * back through history pops the route store. No URL changes, so nothing leaves the page.
 */
export function useHistorySync(): void {
  useEffect(() => {
    const unsubscribe = useRouteStore.subscribe((now, before) => {
      if (now.stack.length > before.stack.length) window.history.pushState({ rapportDepth: now.stack.length }, '');
    });
    const onPopState = () => {
      const { route, leaveGuard, back } = useRouteStore.getState();
      back();
      // A screen with unsaved work held the way back: restore the entry the browser just left.
      const now = useRouteStore.getState();
      if (leaveGuard && now.route === route) window.history.pushState({ rapportDepth: now.stack.length }, '');
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}
