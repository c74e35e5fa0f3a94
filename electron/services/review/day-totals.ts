/**
 * The per-scenario, per-day running totals (see migration 0002), which let the team's charts and
 * dated distributions add up a few thousand rows instead of a million attempts. Days are calendar
 * days in one time zone, the manager's: when a request comes from another zone the days are
 * counted again in it, once (by the team chart, which needs them most). A range whose ends are not midnights in that zone cannot be answered
 * from whole days, and is read from the attempts instead.
 */
import { sql } from 'kysely';
import type { ReviewDb } from './review-schema';

/** Whole days `[fromDay, toDay)` as `YYYY-MM-DD`; null for an open end. */
export interface DaySpan {
  fromDay: string | null;
  toDay: string | null;
}

export function createDayTotals(db: ReviewDb) {
  let zoneChange: Promise<unknown> = Promise.resolve();

  /** The zone whose days the totals count now. */
  async function zone(): Promise<string | undefined> {
    await zoneChange;
    return (await db.selectFrom('review_day_zone').select('zone').executeTakeFirst())?.zone;
  }

  /** Makes the day and week totals count in `wanted`, recounting them if they were in another zone. */
  async function useZone(wanted: string): Promise<void> {
    if ((await zone()) === wanted) return;
    zoneChange = sql`select review_zone_totals_rebuild(${wanted})`.execute(db);
    await zoneChange;
  }

  /**
   * The whole days covering `[from, to)` in `zone`, or null when an end falls inside a day. With
   * `openEnd`, `to` is "now" and today counts as a whole day (no attempt starts in the future).
   */
  async function spanOf(zone: string, from: Date | null, to: Date | null, openEnd = false): Promise<DaySpan | null> {
    const { rows } = await sql<{
      from_day: string | null;
      from_midnight: boolean | null;
      to_day: string | null;
      to_midnight: boolean | null;
    }>`
      select to_char((${from}::timestamptz at time zone ${zone})::date, 'YYYY-MM-DD') as from_day,
        (${from}::timestamptz at time zone ${zone})::time = '00:00' as from_midnight,
        to_char((${to}::timestamptz at time zone ${zone})::date + ${openEnd ? 1 : 0}::int, 'YYYY-MM-DD') as to_day,
        (${to}::timestamptz at time zone ${zone})::time = '00:00' as to_midnight`.execute(db);
    const span = rows[0]!;
    if (from !== null && !span.from_midnight) return null;
    if (to !== null && !openEnd && !span.to_midnight) return null;
    return { fromDay: span.from_day, toDay: span.to_day };
  }

  return { zone, useZone, spanOf };
}

export type DayTotals = ReturnType<typeof createDayTotals>;
