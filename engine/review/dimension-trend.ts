/**
 * The trend arrows on the manager's screens: a trainee's average over finished attempts in the
 * last 30 days against the 30 days before, per dimension. The services read the two windows'
 * averages from the database, the renderer's test double from memory; both judge them here.
 */
import { DIMENSIONS, type Dimension } from '../scenario/format';

export type TrendDirection = 'up' | 'down' | 'steady' | 'unknown';

/** A dimension's movement: the last 30 days' average against the 30 days before. */
export interface DimensionTrend {
  recent: number | null;
  previous: number | null;
  /** recent − previous; null unless both windows have finished attempts. */
  change: number | null;
  /** Steady within ±3 points; unknown when a window is empty. */
  direction: TrendDirection;
}

/** The length of each of the two windows compared. */
export const TREND_WINDOW_DAYS = 30;
/** Changes smaller than this are noise from one conversation to the next, not a trend. */
export const STEADY_WITHIN = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The previous window is [from, middle), the recent one [middle, to). */
export interface TrendWindows {
  from: Date;
  middle: Date;
  to: Date;
}

/** The windows ending where the manager's filter ends (`filterEnd`), or now when it has no end. */
export function trendWindows(filterEnd: Date | null, now: Date): TrendWindows {
  const to = filterEnd ?? now;
  return {
    from: new Date(to.getTime() - 2 * TREND_WINDOW_DAYS * DAY_MS),
    middle: new Date(to.getTime() - TREND_WINDOW_DAYS * DAY_MS),
    to,
  };
}

/** A dimension's trend from its two window averages (null: no finished attempt in that window). */
export function dimensionTrend(recent: number | null, previous: number | null): DimensionTrend {
  if (recent === null || previous === null) return { recent, previous, change: null, direction: 'unknown' };
  const change = recent - previous;
  const direction = change >= STEADY_WITHIN ? 'up' : change <= -STEADY_WITHIN ? 'down' : 'steady';
  return { recent, previous, change, direction };
}

/** Every dimension's trend from the two windows' averages. */
export function trendsOf(
  recent: Partial<Record<Dimension, number | null>> | null,
  previous: Partial<Record<Dimension, number | null>> | null,
): Record<Dimension, DimensionTrend> {
  return Object.fromEntries(DIMENSIONS.map((d) => [d, dimensionTrend(recent?.[d] ?? null, previous?.[d] ?? null)])) as Record<
    Dimension,
    DimensionTrend
  >;
}

/** A trainee with no finished attempt in either window. */
export const NO_TREND: Record<Dimension, DimensionTrend> = trendsOf(null, null);
