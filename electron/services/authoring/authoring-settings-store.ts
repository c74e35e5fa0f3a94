/**
 * The trainer's chosen scenarios folder, kept in the settings table beside the trainee's name so it
 * survives restarts. No row means the bundled folder.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../database-schema';

const SCENARIOS_FOLDER = 'scenarios-folder';

/** The folder the trainer chose, or null when they use the bundled scenarios. */
export async function readScenariosFolder(db: Kysely<DatabaseSchema>): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', SCENARIOS_FOLDER).executeTakeFirst();
  return row?.value ?? null;
}

/** Remembers the chosen folder; null forgets it, returning to the bundled scenarios. */
export async function saveScenariosFolder(db: Kysely<DatabaseSchema>, folder: string | null): Promise<void> {
  if (folder === null) {
    await db.deleteFrom('settings').where('key', '=', SCENARIOS_FOLDER).execute();
    return;
  }
  await db
    .insertInto('settings')
    .values({ key: SCENARIOS_FOLDER, value: folder })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: folder }))
    .execute();
}
