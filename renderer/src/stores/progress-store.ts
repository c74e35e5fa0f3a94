import { create } from 'zustand';
import type { Api, AttemptSummary } from '@api';
import { describeError } from '../api/api-call-error';
import type { LoadStatus } from './library-store';

interface ProgressState {
  status: LoadStatus;
  /** Newest first, as the service lists them. */
  attempts: AttemptSummary[];
  error: string | null;
  load: (api: Api, traineeName: string) => Promise<void>;
  reset: () => void;
}

const initial = { status: 'idle' as LoadStatus, attempts: [], error: null };

export const useProgressStore = create<ProgressState>()((set) => ({
  ...initial,
  load: async (api, traineeName) => {
    set({ status: 'loading', error: null });
    try {
      const attempts = await api.listAttempts({ traineeName });
      // Sorted here too: the screen promises newest first whatever order a service returns.
      attempts.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
      set({ status: 'ready', attempts });
    } catch (error) {
      set({ status: 'failed', error: describeError(error) });
    }
  },
  reset: () => set(initial),
}));
