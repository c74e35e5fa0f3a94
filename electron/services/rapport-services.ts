/**
 * Rapport's services behind the Api: one object implementing every Api method, shared unchanged by
 * the Electron main process, the web shell and the tests. It owns the database and closes it; when
 * the database cannot be opened the Api still answers, saying why (see system/recoverable-services).
 */
import type { Api } from '@api';
import { createAttemptService } from './attempt-service';
import { createAuthoringService } from './authoring/authoring-service';
import { readTraineeName, saveTraineeName } from './profile-store';
import { createReviewService } from './review/review-service';
import { createScenarioLibrary } from './scenario-library';
import { createRecoverableServices } from './system/recoverable-services';

export interface RapportServicesOptions {
  /** The app's data folder; the database lives in its `db` subfolder. */
  dataDir: string;
  /** The bundled scenarios: the library until a trainer chooses another folder in the authoring settings. */
  scenariosDir: string;
  /** The clock, injectable so tests get predictable timestamps. */
  now?: () => Date;
  /** Keep a backup of the database for each of the last 7 days it was used (the app does; tests need not). */
  dailyBackups?: boolean;
}

export interface RapportServices {
  api: Api;
  /** Closes the database; the api must not be called afterwards. */
  close(): Promise<void>;
}

/**
 * Opens the database (creating and migrating it on first run) and returns the Api over it. Never
 * fails because the database did: `getHealth` then says why, and the other methods refuse.
 */
export async function createRapportServices(options: RapportServicesOptions): Promise<RapportServices> {
  const now = options.now ?? (() => new Date());
  return createRecoverableServices({
    dataDir: options.dataDir,
    now,
    dailyBackups: options.dailyBackups ?? false,
    // Built again each time the database opens: at start, after a restore, after a fresh start.
    overDatabase: async ({ db }) => {
      const authoring = await createAuthoringService({ db, dataDir: options.dataDir, bundledFolder: options.scenariosDir, now });
      const library = createScenarioLibrary(authoring.scenariosFolder);
      const attempts = createAttemptService({ db, library, now });
      const review = createReviewService({ db, library, scenariosFolder: authoring.scenariosFolder, now });

      return {
        getLibrary: () => library.read(),
        getProfile: async () => ({ traineeName: await readTraineeName(db) }),
        setProfile: async ({ traineeName }) => {
          await saveTraineeName(db, traineeName);
          return { traineeName };
        },
        ...attempts,
        ...authoring.api,
        ...review,
      };
    },
  });
}
