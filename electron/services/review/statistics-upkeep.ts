/**
 * Planner statistics for the report tables. A PostgreSQL server refreshes them with autovacuum;
 * embedded PGlite has no autovacuum, so without this the planner never learns that `attempts` has
 * a million rows and picks plans (a full scan of `turns`) that take seconds instead of milliseconds.
 *
 * Before a report runs, at most once a minute, each table's size on disk is compared with its size
 * at the last ANALYZE; a table never analysed, or grown by a fifth, is analysed again. The running
 * totals are rewritten on every recorded turn, so they are vacuumed too when they grow.
 */
import { sql } from 'kysely';
import type { ReviewDb } from './review-schema';

const TABLES = [
  'attempts',
  'turns',
  'turn_scores',
  'trainee_scenario_totals',
  'scenario_day_totals',
  'trainee_week_totals',
  'coaching_notes',
] as const;
/** Rewritten on every recorded turn: vacuumed as well as analysed. */
const REWRITTEN: readonly string[] = ['trainee_scenario_totals', 'scenario_day_totals', 'trainee_week_totals'];
const CHECK_EVERY_MS = 60_000;

interface TableSize {
  relname: (typeof TABLES)[number];
  analysed_pages: number;
  analysed_rows: number;
  pages: number;
}

/** The tables whose statistics are missing or out of date. */
async function staleTables(db: ReviewDb): Promise<TableSize[]> {
  const { rows } = await sql<TableSize>`
    select relname, relpages as analysed_pages, reltuples as analysed_rows,
      (pg_relation_size(oid) / current_setting('block_size')::int)::int as pages
    from pg_class where relname = any(${[...TABLES]}::text[]) and relkind = 'r'`.execute(db);
  return rows.filter((t) => t.analysed_rows < 0 || t.pages > t.analysed_pages * 1.2 + 8);
}

/** Analyses (and for the totals, vacuums) what needs it; returns the tables it refreshed. */
export async function refreshStatistics(db: ReviewDb): Promise<string[]> {
  const stale = await staleTables(db);
  for (const table of stale) {
    const command = REWRITTEN.includes(table.relname) ? 'vacuum (analyze)' : 'analyze';
    await sql.raw(`${command} ${table.relname}`).execute(db);
  }
  return stale.map((t) => t.relname);
}

/** A guard the review service awaits before each report: the check runs at most once a minute. */
export function createStatisticsUpkeep(db: ReviewDb, now: () => number = Date.now) {
  let lastCheck = -Infinity;
  let running: Promise<unknown> | null = null;
  return async function ensureFreshStatistics(): Promise<void> {
    if (running) {
      await running;
      return;
    }
    if (now() - lastCheck < CHECK_EVERY_MS) return;
    lastCheck = now();
    running = refreshStatistics(db).finally(() => (running = null));
    await running;
  };
}
