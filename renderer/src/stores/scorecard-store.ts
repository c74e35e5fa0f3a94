import type { Api, AttemptDetail } from '@api';
import { loadInto, NOT_LOADED, type Loadable } from './load-into';
import { createResettableStore } from './resettable-store';

interface ScorecardState extends Loadable {
  attempt: AttemptDetail | null;
  /** Fetches an attempt's full transcript (opened from My progress). */
  open: (api: Api, attemptId: string) => Promise<void>;
  /** Shows an attempt already at hand (the conversation just finished). */
  show: (attempt: AttemptDetail) => void;
  reset: () => void;
}

const initial = { ...NOT_LOADED, attempt: null };

export const useScorecardStore = createResettableStore<ScorecardState>((set, _get, store) => ({
  ...initial,
  open: async (api, attemptId) => {
    await loadInto(store, {
      starting: { attempt: null },
      call: () => api.getAttempt({ attemptId }),
      ready: (attempt) => ({ attempt }),
    });
  },
  // An attempt still being fetched is no longer wanted: the one at hand is shown instead.
  show: (attempt) => set({ status: 'ready', attempt, error: null, latestLoad: 0 }),
  reset: () => set(initial),
}));
