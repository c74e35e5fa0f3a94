/**
 * Opens Rapport's embedded database: PGlite (Postgres compiled to WebAssembly) in `<dataDir>/db`,
 * wrapped in Kysely so the same typed queries can later run on a shared PostgreSQL server, and
 * migrated to the latest schema before anyone queries it.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import type { DatabaseSchema } from './database-schema';
import { migrationProvider } from './migrations/migration-provider';

export interface RapportDatabase {
  db: Kysely<DatabaseSchema>;
  /** The folder the database lives in, for messages to the user. */
  folder: string;
  /** The whole database as a gzipped tarball, consistent at one instant: what a backup holds. */
  dump(): Promise<Blob>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A tarball from `dump()` to create the database from; the folder must not hold one yet. */
  restoreFrom?: Blob;
}

/**
 * PGlite's Emscripten runtime sets `process.exitCode` when it starts and stops (1 after a failed start,
 * 0 after close). The app reports such failures itself, so its exit status must not be decided here.
 */
async function keepingExitCode<T>(work: () => Promise<T>): Promise<T> {
  const before = process.exitCode;
  try {
    return await work();
  } finally {
    process.exitCode = before;
  }
}

const LEAVE_ALONE = 'Nothing was deleted.';

/** Written into the folder once the database has opened and migrated: from then on it holds data. */
const CREATED_MARKER = 'rapport-database-created';

/**
 * Best effort: it usually exists already (EEXIST). Should it fail to be written (a full disk), the
 * database still opens, and a later loss of PG_VERSION is only told apart from an interrupted first
 * start less surely; the writes that matter will report the full disk themselves.
 */
async function markCreated(folder: string): Promise<void> {
  await writeFile(path.join(folder, CREATED_MARKER), 'This folder holds a Rapport database.\n', { flag: 'wx' }).catch(
    () => undefined,
  );
}

/**
 * PGlite runs initdb in a folder without PG_VERSION, over whatever else is there. That is right
 * after a first start was interrupted (nothing was ever stored), but a database that has been used
 * and lost PG_VERSION is damaged, and must be reported rather than silently replaced by an empty one.
 */
async function refuseIncompleteFolder(folder: string): Promise<void> {
  const entries = await readdir(folder);
  if (!entries.includes(CREATED_MARKER) || entries.includes('PG_VERSION')) return;
  throw new Error(
    `cannot open the Rapport database in ${folder}: the folder holds database files but no PG_VERSION, ` +
      `so it is incomplete. Restore it from a backup, or move it elsewhere to start with an empty database. ${LEAVE_ALONE}`,
  );
}

async function startPglite(folder: string, restoreFrom: Blob | undefined): Promise<PGlite> {
  await refuseIncompleteFolder(folder);
  try {
    return await keepingExitCode(() => PGlite.create(folder, restoreFrom ? { loadDataDir: restoreFrom } : {}));
  } catch (error) {
    throw new Error(
      `cannot open the Rapport database in ${folder}: ${(error as Error).message}. The folder may be damaged ` +
        `or written by an incompatible version of Rapport. Restore it from a backup, or move it elsewhere ` +
        `to start with an empty database. ${LEAVE_ALONE}`,
      { cause: error },
    );
  }
}

async function migrateToLatest(db: Kysely<DatabaseSchema>, folder: string): Promise<void> {
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error === undefined) return;
  throw new Error(
    `cannot bring the Rapport database in ${folder} up to date: ${(error as Error).message ?? String(error)}. ` +
      `If a newer version of Rapport has used this folder, update Rapport; otherwise restore the folder from ` +
      `a backup. ${LEAVE_ALONE}`,
    { cause: error },
  );
}

/**
 * Whether `<dataDir>/db` holds a database already (PG_VERSION is written when PGlite creates one),
 * so a start can say "creating" (which takes seconds) only when it really creates one.
 */
export function databaseExists(dataDir: string): boolean {
  return existsSync(path.join(dataDir, 'db', 'PG_VERSION'));
}

/** Opens (creating on first use) and migrates the database in `<dataDir>/db`. */
export async function openDatabase(dataDir: string, options: OpenDatabaseOptions = {}): Promise<RapportDatabase> {
  const folder = path.join(dataDir, 'db');
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new Error(`cannot create the database folder ${folder}: ${(error as Error).message}`, { cause: error });
  }
  const pglite = await startPglite(folder, options.restoreFrom);
  // Destroying Kysely closes PGlite too (kysely-pglite-dialect ≥ 1.3.1).
  const db = new Kysely<DatabaseSchema>({ dialect: new PGliteDialect(pglite) });
  try {
    await migrateToLatest(db, folder);
  } catch (error) {
    // The migration error is the one the user can act on; a failure to close as well adds nothing.
    await keepingExitCode(() => pglite.close()).catch(() => undefined);
    throw error;
  }
  await markCreated(folder);
  return {
    db,
    folder,
    dump: () => pglite.dumpDataDir('gzip'),
    close: () => keepingExitCode(() => db.destroy()),
  };
}
