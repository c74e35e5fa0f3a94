import type { Api, ReviewFilter, ScoreDistribution, ScoreTrend } from '@api';
import { loadInto, NOT_LOADED, type Loadable } from './load-into';
import { createResettableStore } from './resettable-store';

export type TrendBucket = ScoreTrend['bucket'];

/** The manager's time zone, so "this week" on the charts is their week. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

interface ReviewChartsState extends Loadable {
  bucket: TrendBucket;
  trend: ScoreTrend | null;
  distribution: ScoreDistribution | null;
  /** The team's charts for a filter: scores over time and the distribution per scenario. */
  load: (api: Api, filter: ReviewFilter, bucket?: TrendBucket) => Promise<void>;
}

const initial = {
  ...NOT_LOADED,
  bucket: 'week' as TrendBucket,
  trend: null,
  distribution: null,
};

export const useReviewChartsStore = createResettableStore<ReviewChartsState>((_set, get, store) => ({
  ...initial,
  load: async (api, filter, bucket = get().bucket) => {
    await loadInto(store, {
      starting: { bucket },
      call: () =>
        Promise.all([api.getScoreTrend({ filter, bucket, timeZone: localTimeZone() }), api.getScoreDistribution({ filter })]),
      ready: ([trend, distribution]) => ({ trend, distribution }),
    });
  },
}));
