/**
 * The first schema: settings, attempts and their turns.
 *
 * Migrations are frozen history: they use `Kysely<any>` rather than today's DatabaseSchema, so later
 * changes to the types never change what an old migration does. Never edit this file once released;
 * add 0002-… instead.
 */
import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- Kysely<any> is deliberate here, see above. */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('trainee_name', 'text', (c) => c.notNull())
    .addColumn('scenario_id', 'text', (c) => c.notNull())
    .addColumn('scenario_title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('in-progress', 'finished', 'abandoned')`))
    .addColumn('outcome', 'text')
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .addColumn('current_node_id', 'text', (c) => c.notNull())
    .addColumn('current_mood', 'text', (c) => c.notNull())
    .addColumn('turn_count', 'integer', (c) => c.notNull().defaultTo(0))
    // Whole points 0–100: smallint keeps a million attempts compact and cheap to average.
    .addColumn('respect', 'smallint')
    .addColumn('helpfulness', 'smallint')
    .addColumn('empathy', 'smallint')
    .addColumn('scorer_version', 'text', (c) => c.notNull())
    .addColumn('retry_of', 'text', (c) => c.references('attempts.id').onDelete('set null'))
    .execute();

  // Every listing is "newest first"; id breaks ties so equal start times still come back in one order.
  await db.schema.createIndex('attempts_by_started_at').on('attempts').columns(['started_at desc', 'id desc']).execute();
  await db.schema
    .createIndex('attempts_by_trainee')
    .on('attempts')
    .columns(['trainee_name', 'started_at desc', 'id desc'])
    .execute();
  await db.schema
    .createIndex('attempts_by_scenario')
    .on('attempts')
    .columns(['scenario_id', 'started_at desc', 'id desc'])
    .execute();

  await db.schema
    .createTable('turns')
    .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull().check(sql`idx >= 0`))
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addColumn('respect', 'smallint', (c) => c.notNull())
    .addColumn('helpfulness', 'smallint', (c) => c.notNull())
    .addColumn('empathy', 'smallint', (c) => c.notNull())
    .addColumn('played', 'jsonb', (c) => c.notNull())
    // The primary key doubles as the index for "this attempt's turns in order".
    .addPrimaryKeyConstraint('turns_pkey', ['attempt_id', 'idx'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('turns').execute();
  await db.schema.dropTable('attempts').execute();
  await db.schema.dropTable('settings').execute();
}
