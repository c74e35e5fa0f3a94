import { create } from 'zustand';
import type { Api, ReviewFilter, ScenarioReport } from '@api';
import { describeError } from '../api/api-call-error';
import type { LoadStatus } from './library-store';

interface ReviewScenarioState {
  status: LoadStatus;
  error: string | null;
  key: string;
  report: ScenarioReport | null;
  load: (api: Api, scenarioId: string, filter: ReviewFilter) => Promise<void>;
  reset: () => void;
}

const initial = { status: 'idle' as LoadStatus, error: null, key: '', report: null };

/** One scenario's turn-by-turn report under the manager's dates. */
export const useReviewScenarioStore = create<ReviewScenarioState>()((set, get) => ({
  ...initial,
  load: async (api, scenarioId, filter) => {
    const key = JSON.stringify([scenarioId, filter]);
    set({ status: 'loading', error: null, key });
    try {
      const report = await api.getScenarioReport({ scenarioId, filter });
      if (get().key === key) set({ status: 'ready', report });
    } catch (error) {
      if (get().key === key) set({ status: 'failed', error: describeError(error) });
    }
  },
  reset: () => set(initial),
}));
