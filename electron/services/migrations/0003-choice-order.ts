/**
 * The seed each attempt's choice order is drawn from (engine/play/choice-order.ts), so resuming an
 * attempt shows its choices in the order the trainee first saw them. Attempts made before this
 * migration keep a null seed: they were shown the choices as authored, and still are.
 *
 * Frozen history, like 0001: `Kysely<any>`, never edited once released.
 */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- Kysely<any> is deliberate, see 0001-initial. */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('attempts').addColumn('choice_seed', 'integer').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('attempts').dropColumn('choice_seed').execute();
}
