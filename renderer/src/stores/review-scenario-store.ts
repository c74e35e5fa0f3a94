import type { Api, ReviewFilter, ScenarioReport } from '@api';
import { loadInto, NOT_LOADED, type Loadable } from './load-into';
import { createResettableStore } from './resettable-store';

interface ReviewScenarioState extends Loadable {
  report: ScenarioReport | null;
  load: (api: Api, scenarioId: string, filter: ReviewFilter) => Promise<void>;
}

const initial = { ...NOT_LOADED, report: null };

/** One scenario's turn-by-turn report under the manager's dates. */
export const useReviewScenarioStore = createResettableStore<ReviewScenarioState>((_set, _get, store) => ({
  ...initial,
  load: async (api, scenarioId, filter) => {
    await loadInto(store, {
      call: () => api.getScenarioReport({ scenarioId, filter }),
      ready: (report) => ({ report }),
    });
  },
}));
