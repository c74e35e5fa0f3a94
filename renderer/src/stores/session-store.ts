import { createResettableStore } from './resettable-store';

interface SessionState {
  /**
   * The web shell no longer knows this page's token: Rapport was restarted since the tab was
   * opened. Nothing on the page can work again; only the newly printed address can.
   */
  expired: boolean;
  expire: () => void;
}

export const useSessionStore = createResettableStore<SessionState>((set) => ({
  expired: false,
  expire: () => set({ expired: true }),
}));
