import type { Api, AttemptSummary } from '@api';
import { loadInto, NOT_LOADED, type Loadable } from './load-into';
import { createResettableStore } from './resettable-store';

interface ProgressState extends Loadable {
  /** Newest first, as the service lists them. */
  attempts: AttemptSummary[];
  load: (api: Api, traineeName: string) => Promise<void>;
  reset: () => void;
}

const initial = { ...NOT_LOADED, attempts: [] };

export const useProgressStore = createResettableStore<ProgressState>((set, _get, store) => ({
  ...initial,
  load: async (api, traineeName) => {
    await loadInto(store, {
      call: () => api.listAttempts({ traineeName }),
      // Sorted here too: the screen promises newest first whatever order a service returns.
      ready: (attempts) => ({ attempts: attempts.sort((a, b) => b.startedAt.localeCompare(a.startedAt)) }),
    });
  },
  reset: () => set(initial),
}));
