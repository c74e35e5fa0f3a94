import { cp, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../../electron/services/database';
import { migrationProvider } from '../../electron/services/migrations/migration-provider';
import { makeTempFolder, removeFolder } from './temp-folders';

describe('openDatabase', () => {
  let root: string;
  /** A data folder whose database was created, migrated and closed once; tests copy it to damage it. */
  let createdDataDir: string;

  beforeAll(async () => {
    root = await makeTempFolder();
    createdDataDir = path.join(root, 'created', 'nested');
    const database = await openDatabase(createdDataDir);
    await database.db.insertInto('settings').values({ key: 'written-before-close', value: 'kept' }).execute();
    await database.close();
  });

  afterAll(() => removeFolder(root));

  it('creates the db folder and every table on first use, recording the migration', async () => {
    const database = await openDatabase(createdDataDir);
    try {
      const tables = await sql<{ table_name: string }>`
        select table_name from information_schema.tables where table_schema = 'public' order by table_name`.execute(database.db);
      expect(tables.rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(['attempts', 'kysely_migration', 'settings', 'turns']),
      );
      expect(database.folder).toBe(path.join(createdDataDir, 'db'));
    } finally {
      await database.close();
    }
  });

  it('keeps data across close and reopen, and runs each migration only once', async () => {
    const database = await openDatabase(createdDataDir);
    try {
      const setting = await database.db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', 'written-before-close')
        .executeTakeFirst();
      expect(setting?.value).toBe('kept');
      const migrations = await sql<{ name: string }>`select name from kysely_migration`.execute(database.db);
      expect(migrations.rows.map((r) => r.name)).toEqual(Object.keys(await migrationProvider.getMigrations()));
    } finally {
      await database.close();
    }
  });

  it('indexes attempts for listing by trainee, by scenario and newest first', async () => {
    const database = await openDatabase(createdDataDir);
    try {
      const indexes = await sql<{ indexname: string; indexdef: string }>`
        select indexname, indexdef from pg_indexes where tablename = 'attempts' order by indexname`.execute(database.db);
      const definitions = Object.fromEntries(indexes.rows.map((r) => [r.indexname, r.indexdef]));
      expect(definitions['attempts_by_started_at']).toMatch(/\(started_at DESC, id DESC\)/);
      expect(definitions['attempts_by_trainee']).toMatch(/\(trainee_name, started_at DESC, id DESC\)/);
      expect(definitions['attempts_by_scenario']).toMatch(/\(scenario_id, started_at DESC, id DESC\)/);
    } finally {
      await database.close();
    }
  });

  it('reports a damaged database naming its folder, deletes nothing and leaves the exit code alone', async () => {
    const damaged = path.join(root, 'damaged');
    await cp(createdDataDir, damaged, { recursive: true });
    const folder = path.join(damaged, 'db');
    await writeFile(path.join(folder, 'PG_VERSION'), 'not a version\n');
    const filesBefore = await readdir(folder);
    const exitCodeBefore = process.exitCode;

    const opening = openDatabase(damaged);

    await expect(opening).rejects.toThrow(`cannot open the Rapport database in ${folder}`);
    await expect(opening).rejects.toThrow(/Restore it from a backup.*Nothing was deleted/);
    expect(await readdir(folder)).toEqual(filesBefore);
    expect(process.exitCode).toBe(exitCodeBefore);
  });

  it('refuses a database that a newer Rapport has migrated, saying what to do', async () => {
    const newer = path.join(root, 'newer');
    await cp(createdDataDir, newer, { recursive: true });
    const database = await openDatabase(newer);
    await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2099-01-01')`.execute(database.db);
    await database.close();

    const opening = openDatabase(newer);

    await expect(opening).rejects.toThrow(`cannot bring the Rapport database in ${path.join(newer, 'db')} up to date`);
    await expect(opening).rejects.toThrow(/update Rapport/);
  });

  it('explains a data folder that cannot be created', async () => {
    const blocker = path.join(root, 'a-file');
    await writeFile(blocker, 'not a folder');

    await expect(openDatabase(blocker)).rejects.toThrow(`cannot create the database folder ${path.join(blocker, 'db')}`);
  });
});
