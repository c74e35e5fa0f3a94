/**
 * Which stretch of time a score chart covers, and how attempts fall into its buckets: days, weeks
 * (from Monday) and months of the manager's time zone. The team's chart looks a screen's width back
 * unless the filter names a start; no chart covers more than ten years.
 */

export type TrendBucket = 'day' | 'week' | 'month';

/** How far back the team's chart looks when the filter has no start: about a screen's width of points. */
export const DEFAULT_CHART_SPAN: Record<TrendBucket, { days: number } | { months: number }> = {
  day: { days: 30 },
  week: { days: 26 * 7 },
  month: { months: 12 },
};

/** The longest span one chart covers: longer ones are unreadable, and each bucket costs time to compute. */
export const MAX_TREND_YEARS = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

/** `date` moved back whole calendar months (UTC), the day kept or cut to the month's last (31 March − 1 month = 28 February). */
function monthsBefore(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const moved = new Date(date);
  moved.setUTCFullYear(year, month, Math.min(date.getUTCDate(), lastDay));
  return moved;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of an instant in a time zone. */
function wallClock(
  instant: Date,
  timeZone: string,
): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const field = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
}

/** The calendar day of an instant in a time zone, `YYYY-MM-DD`. */
export function localDay(instant: Date, timeZone: string): string {
  const { year, month, day } = wallClock(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first day of the day's bucket: the day itself, its week's Monday, or its month's first. */
export function bucketStartDay(day: string, bucket: TrendBucket): string {
  if (bucket === 'day') return day;
  if (bucket === 'month') return `${day.slice(0, 8)}01`;
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

/** The instant a calendar day begins in a time zone. */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  let instant = midnightUtc;
  // Twice: the zone's offset at the first guess may differ from the offset at midnight itself (a change of clocks).
  for (let i = 0; i < 2; i++) {
    const w = wallClock(new Date(instant), timeZone);
    const offset = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - instant;
    instant = midnightUtc - offset;
  }
  return new Date(instant);
}

/** Where the team's chart ending at `to` starts when the filter names no start: the beginning of a bucket, a span back. */
export function defaultChartStart(to: Date, bucket: TrendBucket, timeZone: string): Date {
  const span = DEFAULT_CHART_SPAN[bucket];
  const back = 'days' in span ? new Date(to.getTime() - span.days * DAY_MS) : monthsBefore(to, span.months);
  return startOfLocalDay(bucketStartDay(localDay(back, timeZone), bucket), timeZone);
}

/** The earliest start a chart ending at `to` may have. */
export function earliestChartStart(to: Date): Date {
  const earliest = new Date(to);
  earliest.setUTCFullYear(earliest.getUTCFullYear() - MAX_TREND_YEARS);
  return earliest;
}

/** Why a chart from `from` to `to` cannot be drawn, for the manager; null when it can. */
export function chartSpanProblem(from: Date, to: Date): string | null {
  if (from >= earliestChartStart(to)) return null;
  const years = Math.floor((to.getTime() - from.getTime()) / (365.25 * DAY_MS));
  return (
    `the score trend would cover ${years.toLocaleString('en')} years (${from.toISOString().slice(0, 10)} to ` +
    `${to.toISOString().slice(0, 10)}); a chart covers at most ${MAX_TREND_YEARS} years. Choose a shorter date range.`
  );
}
