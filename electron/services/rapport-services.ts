/**
 * Rapport's services behind the Api: one object implementing every Api method, shared unchanged by
 * the Electron main process, the web shell and the tests. It owns the database and closes it.
 */
import type { Api } from '../api';
import { createAttemptService } from './attempt-service';
import { openDatabase } from './database';
import { readTraineeName, saveTraineeName } from './profile-store';
import { createScenarioLibrary } from './scenario-library';

export interface RapportServicesOptions {
  /** The app's data folder; the database lives in its `db` subfolder. */
  dataDir: string;
  /** The folder of scenario files shown as the library. */
  scenariosDir: string;
  /** The clock, injectable so tests get predictable timestamps. */
  now?: () => Date;
}

export interface RapportServices {
  api: Api;
  /** Closes the database; the api must not be called afterwards. */
  close(): Promise<void>;
}

/** Opens the database (creating and migrating it on first run) and returns the Api over it. */
export async function createRapportServices(options: RapportServicesOptions): Promise<RapportServices> {
  const database = await openDatabase(options.dataDir);
  const { db } = database;
  const library = createScenarioLibrary(options.scenariosDir);
  const attempts = createAttemptService({ db, library, now: options.now ?? (() => new Date()) });

  const api: Api = {
    getLibrary: () => library.read(),
    getProfile: async () => ({ traineeName: await readTraineeName(db) }),
    setProfile: async ({ traineeName }) => {
      await saveTraineeName(db, traineeName);
      return { traineeName };
    },
    ...attempts,
  };
  return { api, close: () => database.close() };
}
