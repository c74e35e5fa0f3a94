/**
 * The trainee's remembered name, kept in the settings table so it survives restarts and is asked
 * only once, on first launch.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './database-schema';

const TRAINEE_NAME = 'trainee-name';

/** The remembered trainee name, or null before anyone has entered one. */
export async function readTraineeName(db: Kysely<DatabaseSchema>): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', TRAINEE_NAME).executeTakeFirst();
  return row?.value ?? null;
}

/** Remembers the trainee name, replacing any earlier one. */
export async function saveTraineeName(db: Kysely<DatabaseSchema>, traineeName: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key: TRAINEE_NAME, value: traineeName })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: traineeName }))
    .execute();
}
