import { create } from 'zustand';
import type { Api, ReviewFilter, ScoreDistribution, ScoreTrend } from '@api';
import { describeError } from '../api/api-call-error';
import type { LoadStatus } from './library-store';

export type TrendBucket = ScoreTrend['bucket'];

/** The manager's time zone, so "this week" on the charts is their week. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

interface ReviewChartsState {
  status: LoadStatus;
  error: string | null;
  key: string;
  bucket: TrendBucket;
  trend: ScoreTrend | null;
  distribution: ScoreDistribution | null;
  /** The team's charts for a filter: scores over time and the distribution per scenario. */
  load: (api: Api, filter: ReviewFilter, bucket?: TrendBucket) => Promise<void>;
  reset: () => void;
}

const initial = {
  status: 'idle' as LoadStatus,
  error: null,
  key: '',
  bucket: 'week' as TrendBucket,
  trend: null,
  distribution: null,
};

export const useReviewChartsStore = create<ReviewChartsState>()((set, get) => ({
  ...initial,
  load: async (api, filter, bucket = get().bucket) => {
    const key = JSON.stringify([filter, bucket]);
    set({ status: 'loading', error: null, key, bucket });
    try {
      const [trend, distribution] = await Promise.all([
        api.getScoreTrend({ filter, bucket, timeZone: localTimeZone() }),
        api.getScoreDistribution({ filter }),
      ]);
      if (get().key === key) set({ status: 'ready', trend, distribution });
    } catch (error) {
      if (get().key === key) set({ status: 'failed', error: describeError(error) });
    }
  },
  reset: () => set(initial),
}));
