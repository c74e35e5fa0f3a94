import { create } from 'zustand';
import type { Api, AttemptDetail } from '@api';
import { describeError } from '../api/api-call-error';
import type { LoadStatus } from './library-store';

interface ScorecardState {
  status: LoadStatus;
  attempt: AttemptDetail | null;
  error: string | null;
  /** Fetches an attempt's full transcript (opened from My progress). */
  open: (api: Api, attemptId: string) => Promise<void>;
  /** Shows an attempt already at hand (the conversation just finished). */
  show: (attempt: AttemptDetail) => void;
  reset: () => void;
}

const initial = { status: 'idle' as LoadStatus, attempt: null, error: null };

export const useScorecardStore = create<ScorecardState>()((set) => ({
  ...initial,
  open: async (api, attemptId) => {
    set({ status: 'loading', error: null, attempt: null });
    try {
      set({ status: 'ready', attempt: await api.getAttempt({ attemptId }) });
    } catch (error) {
      set({ status: 'failed', error: describeError(error) });
    }
  },
  show: (attempt) => set({ status: 'ready', attempt, error: null }),
  reset: () => set(initial),
}));
