/**
 * `npm run bench:review`: how quickly a manager's screens open over a large contact centre's
 * history. Seeds a temporary database with 1,000 trainees and 1,000,000 attempts (real scored
 * paths through the bundled scenarios, with every turn row), starts the services on it as the app
 * does, and times the Api calls each screen makes:
 *
 *   BENCH review.first_screen  the team dashboard's first screen (table page, team trend, distribution)
 *   BENCH review.filter        the same three calls again with a filter applied (the slower of a
 *                              channel filter and a last-90-days date range; both printed too)
 *   BENCH review.trainee_page  a trainee's report, score history and first page of attempts
 *   BENCH review.db_size       the database's size (pg_database_size)
 *
 * Each figure is the first call after the app started, as a manager meets it; warm repeats and
 * the scenario page are printed as extra lines. Progress goes to stderr. The temporary folder is
 * deleted at the end. RAPPORT_BENCH_ATTEMPTS / RAPPORT_BENCH_TRAINEES shrink the run for a try-out;
 * RAPPORT_BENCH_DATA_DIR keeps the seeded database in that folder (and reuses it next time) for
 * studying query plans.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { Api, ReviewFilter } from '@api';
import { EMPTY_FILTER, toApiFilter } from '../renderer/src/stores/review-filter-store';
import { openDatabase } from '../electron/services/database';
import { createRapportServices } from '../electron/services/rapport-services';
import { reviewDb } from '../electron/services/review/review-schema';
import { refreshStatistics } from '../electron/services/review/statistics-upkeep';
import { seedReviewDatabase } from './review-seed';
import { seedScenarios } from './review-seed-paths';
import { projectRoot } from './scoring-dataset';

// The manager's zone, for the process too: dates are picked as the renderer picks them (local days).
process.env.TZ = 'Europe/London';

const ATTEMPTS = Number(process.env.RAPPORT_BENCH_ATTEMPTS ?? 1_000_000);
const TRAINEES = Number(process.env.RAPPORT_BENCH_TRAINEES ?? 1_000);
const TIME_ZONE = process.env.TZ!;
const DAY_MS = 24 * 60 * 60 * 1000;

const bench = (name: string, value: number, unit: string) => console.log(`BENCH ${name} ${Number(value.toFixed(1))} ${unit}`);
const progress = (message: string) => console.error(`bench:review: ${message}`);

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** The calls the dashboard makes together when it opens or its filter changes. */
function dashboard(api: Api, filter: ReviewFilter) {
  return Promise.all([
    api.getTeamOverview({ filter, sort: 'traineeName', direction: 'asc', offset: 0, limit: 100 }),
    api.getScoreTrend({ filter, bucket: 'week', timeZone: TIME_ZONE }),
    api.getScoreDistribution({ filter, timeZone: TIME_ZONE }),
  ]);
}

function traineePage(api: Api, traineeName: string) {
  return Promise.all([
    api.getTraineeReport({ traineeName, filter: {} }),
    api.getScoreTrend({ filter: {}, traineeName, bucket: 'month', timeZone: TIME_ZONE }),
    api.listReviewAttempts({ filter: {}, traineeName, offset: 0, limit: 50 }),
  ]);
}

async function median(times: number, work: () => Promise<unknown>): Promise<number> {
  const results: number[] = [];
  for (let i = 0; i < times; i++) results.push(await timed(work));
  return results.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

async function seed(dataDir: string, now: Date): Promise<void> {
  const scenarios = await seedScenarios(projectRoot);
  progress(`${scenarios.length} scenarios, ${scenarios.reduce((n, s) => n + s.paths.length, 0)} scored paths through them`);
  const database = await openDatabase(dataDir);
  const started = performance.now();
  await seedReviewDatabase(database.db, scenarios, {
    trainees: TRAINEES,
    attempts: ATTEMPTS,
    now,
    timeZone: TIME_ZONE,
    progress,
  });
  bench('review.seed', (performance.now() - started) / 1000, 's');
  // What the app's statistics upkeep does as a database grows (see statistics-upkeep.ts).
  const analysed = await timed(() => refreshStatistics(reviewDb(database.db)));
  progress(`planner statistics refreshed in ${(analysed / 1000).toFixed(1)} s`);
  await sql`checkpoint`.execute(database.db);
  const { rows } = await sql<{ bytes: string }>`select pg_database_size(current_database())::text as bytes`.execute(database.db);
  bench('review.db_size', Number(rows[0]!.bytes) / 1024 / 1024, 'MB');
  await database.close();
}

async function measure(dataDir: string, now: Date): Promise<void> {
  let services!: Awaited<ReturnType<typeof createRapportServices>>;
  const started = await timed(async () => {
    services = await createRapportServices({ dataDir, scenariosDir: path.join(projectRoot, 'scenarios'), now: () => now });
    await services.api.getLibrary({}); // what the app loads first, before anyone opens the dashboard
  });
  bench('review.app_start', started, 'ms');
  const api = services.api;
  await new Promise((resolve) => setTimeout(resolve, 1000)); // the manager reaches for "Team"

  bench('review.first_screen', await timed(() => dashboard(api, {})), 'ms');
  const channel = await timed(() => dashboard(api, { channel: 'phone' }));
  // "The last 90 days" as the date inputs give it: whole local days, today included.
  const day = (date: Date) =>
    `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const recent = toApiFilter({ ...EMPTY_FILTER, fromDay: day(new Date(now.getTime() - 89 * DAY_MS)), toDay: day(now) });
  const dated = await timed(() => dashboard(api, recent));
  bench('review.filter', Math.max(channel, dated), 'ms');
  bench('review.filter.channel', channel, 'ms');
  bench('review.filter.last_90_days', dated, 'ms');

  const overview = await api.getTeamOverview({ limit: 3, sort: 'empathy' });
  const trainee = overview.rows[0]!.traineeName;
  bench('review.trainee_page', await timed(() => traineePage(api, trainee)), 'ms');
  bench('review.scenario_page', await timed(() => api.getScenarioReport({ scenarioId: 'double-charged-broadband' })), 'ms');

  bench('review.first_screen.warm', await median(5, () => dashboard(api, {})), 'ms');
  bench('review.filter.last_90_days.warm', await median(5, () => dashboard(api, recent)), 'ms');
  bench('review.trainee_page.warm', await median(5, () => traineePage(api, overview.rows[1]!.traineeName)), 'ms');
  await services.close();
}

async function main(): Promise<void> {
  const kept = process.env.RAPPORT_BENCH_DATA_DIR;
  const dataDir = kept ? path.resolve(kept) : await mkdtemp(path.join(os.tmpdir(), 'rapport-bench-review-'));
  const seeded = path.join(dataDir, 'bench-seeded-at');
  try {
    if (kept && existsSync(seeded)) {
      progress(`reusing the database seeded in ${dataDir}`);
      await measure(dataDir, new Date(await readFile(seeded, 'utf8')));
      return;
    }
    const now = new Date();
    // A kept folder whose seeding never finished is started again from nothing.
    if (kept) await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true });
    progress(`seeding ${TRAINEES.toLocaleString('en')} trainees and ${ATTEMPTS.toLocaleString('en')} attempts in ${dataDir}`);
    await seed(dataDir, now);
    if (kept) await writeFile(seeded, now.toISOString());
    await measure(dataDir, now);
  } finally {
    if (!kept) await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:review failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
