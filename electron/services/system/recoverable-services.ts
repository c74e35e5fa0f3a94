/**
 * The Api as one object whose database half can be swapped: built over the database each time it
 * opens (at start, after a restore, after a fresh start), and, while the database is unavailable,
 * answering every call that needs it with the reason and the way forward. The system methods
 * always answer, so the renderer can show a recovery screen instead of a blank window. The object
 * itself never changes, so the IPC handlers and HTTP routes built over it keep working throughout.
 */
import { API_METHODS, ApiError, systemApiArgs, type Api, type ApiMethod, type Health } from '@api';
import type { RapportDatabase } from '../database';
import { openDatabaseKeeper } from './database-keeper';
import { asStorageApiError } from './storage-failure';

export type SystemMethod = keyof typeof systemApiArgs;
/** Every Api method that needs the open database. */
export type DatabaseApi = Omit<Api, SystemMethod>;

export interface RecoverableServicesOptions {
  dataDir: string;
  now: () => Date;
  dailyBackups: boolean;
  /** Builds the database half of the Api over a database that has just opened. */
  overDatabase(database: RapportDatabase): Promise<DatabaseApi>;
}

const SYSTEM_METHODS = new Set<string>(Object.keys(systemApiArgs));
const DATABASE_METHODS = API_METHODS.filter((m): m is Exclude<ApiMethod, SystemMethod> => !SYSTEM_METHODS.has(m));

/** Each method of `methods`, with write failures (full disk, read-only folder) told plainly. */
function reportingStorageFailures(methods: DatabaseApi, dataFolder: string): DatabaseApi {
  const entries = DATABASE_METHODS.map((method) => {
    const call = methods[method] as (args: unknown) => Promise<unknown>;
    const guarded = async (args: unknown) => {
      try {
        return await call(args);
      } catch (error) {
        throw asStorageApiError(error, dataFolder);
      }
    };
    return [method, guarded] as const;
  });
  return Object.fromEntries(entries) as unknown as DatabaseApi;
}

/** Every database method refused with the reason the database is unavailable. */
function refusingAll(health: Health): DatabaseApi {
  const database = health.database;
  const reason =
    database.status === 'unavailable'
      ? `Rapport's database is not open (${database.message}). Restore a backup or start a fresh database from the recovery screen.`
      : 'Rapport’s database is not open.';
  const refuse = async () => {
    throw new ApiError('unavailable', reason);
  };
  return Object.fromEntries(DATABASE_METHODS.map((m) => [m, refuse])) as unknown as DatabaseApi;
}

/** Opens the database and returns the whole Api over it; never fails because the database did. */
export async function createRecoverableServices(
  options: RecoverableServicesOptions,
): Promise<{ api: Api; close(): Promise<void> }> {
  const api = {} as Api;
  const keeper = await openDatabaseKeeper({
    dataDir: options.dataDir,
    now: options.now,
    dailyBackups: options.dailyBackups,
    onOpen: async (database) => {
      Object.assign(api, reportingStorageFailures(await options.overDatabase(database), options.dataDir));
    },
    onUnavailable: (health) => {
      Object.assign(api, refusingAll(health));
    },
  });
  Object.assign(api, {
    getHealth: () => keeper.health(),
    listBackups: () => keeper.listBackups(),
    restoreBackup: ({ backup }) => keeper.restoreBackup(backup),
    startFreshDatabase: () => keeper.startFresh(),
    reopenDatabase: () => keeper.reopen(),
  } satisfies Pick<Api, SystemMethod>);
  return { api, close: () => keeper.close() };
}
