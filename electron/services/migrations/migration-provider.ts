import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial';
import * as reviewReports from './0002-review-reports';
import * as choiceOrder from './0003-choice-order';

/**
 * Every migration, by name, defined in code rather than read from a folder at run time: the Electron
 * build bundles everything into one file, where there is no migrations folder to read. Names sort in
 * the order they must run.
 */
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-review-reports': reviewReports,
  '0003-choice-order': choiceOrder,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
