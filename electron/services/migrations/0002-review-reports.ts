/**
 * What the manager's reports need: coaching notes, and running totals so the team dashboard opens
 * in milliseconds over a million attempts instead of re-reading them all.
 *
 * - `trainee_scenario_totals`: per trainee and scenario, all time (the dashboard without dates).
 * - `scenario_day_totals`: per scenario and calendar day in the manager's time zone (the team's
 *   charts, and the distribution between dates).
 * - `trainee_week_totals`: per trainee and week (Monday to Sunday in that zone): the dashboard
 *   between dates and the trend arrows add up whole weeks and read only the days at the edges.
 *   The zone is kept in `review_day_zone`; `review_zone_totals_rebuild(zone)` recounts the days
 *   and weeks when a manager in another zone asks.
 * - `turn_scores`: a slim copy of every turn's scores and reply kind. Turn rows carry the whole
 *   played turn (a kilobyte or two of JSON), so reading the scores of a scenario's hundreds of
 *   thousands of turns from them would read gigabytes.
 *
 * Statement-level triggers keep them, so every writer keeps them right without knowing about them:
 * playing attempts, imports, a bulk load, another installation on a shared PostgreSQL server. A
 * statement writing many rows updates the totals once, from its transition table.
 * `review_totals_rebuild()` recounts everything (after a bulk load with triggers off, or to repair).
 *
 * Frozen history, like 0001: `Kysely<any>`, never edited once released.
 */
import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- Kysely<any> is deliberate, see 0001-initial. */

const DIMENSIONS = ['respect', 'helpfulness', 'empathy'];

const COUNTERS = [
  'attempts',
  'finished',
  'scored',
  'sum_respect',
  'sum_helpfulness',
  'sum_empathy',
  ...DIMENSIONS.flatMap((d) => [`${d}_weak`, `${d}_fair`, `${d}_strong`]),
];

/** The grouping of each totals table; `zone` is a plpgsql variable (or parameter) naming the day's time zone. */
const KEYS = {
  trainee: { table: 'trainee_scenario_totals', columns: 'trainee_name, scenario_id', select: 'trainee_name, scenario_id' },
  day: {
    table: 'scenario_day_totals',
    columns: 'day, scenario_id',
    select: '(started_at at time zone zone)::date as day, scenario_id',
  },
  week: {
    table: 'trainee_week_totals',
    columns: 'trainee_name, week',
    select: "trainee_name, date_trunc('week', started_at at time zone zone)::date as week",
  },
} as const;

/** Tables that also keep each group's first and last activity. */
const hasDates = (key: keyof typeof KEYS) => key !== 'day';

/** Attempts' contributions to a totals table, aggregated over `rows` (a transition table or `attempts`). */
function contributions(rows: string, key: keyof typeof KEYS): string {
  const scored = `status = 'finished' and respect is not null`;
  const bands = DIMENSIONS.map(
    (d) =>
      `count(*) filter (where ${scored} and ${d} < 40) as ${d}_weak, ` +
      `count(*) filter (where ${scored} and ${d} >= 40 and ${d} < 70) as ${d}_fair, ` +
      `count(*) filter (where ${scored} and ${d} >= 70) as ${d}_strong`,
  ).join(', ');
  const dates = hasDates(key) ? ', min(started_at) as first_active, max(greatest(started_at, finished_at)) as last_active' : '';
  return `
    select ${KEYS[key].select},
      count(*) as attempts,
      count(*) filter (where status = 'finished') as finished,
      count(*) filter (where ${scored}) as scored,
      coalesce(sum(respect) filter (where ${scored}), 0) as sum_respect,
      coalesce(sum(helpfulness) filter (where ${scored}), 0) as sum_helpfulness,
      coalesce(sum(empathy) filter (where ${scored}), 0) as sum_empathy,
      ${bands}${dates}
    from ${rows} group by 1, 2`;
}

function subtract(key: keyof typeof KEYS): string {
  const { table, columns } = KEYS[key];
  const match = columns
    .split(', ')
    .map((c) => `t.${c} = o.${c}`)
    .join(' and ');
  return `
    update ${table} t set ${COUNTERS.map((c) => `${c} = t.${c} - o.${c}`).join(', ')}
    from (${contributions('old_rows', key)}) o where ${match};
    delete from ${table} where attempts <= 0;`;
}

function add(key: keyof typeof KEYS, rows = 'new_rows'): string {
  const { table, columns } = KEYS[key];
  const dates = hasDates(key) ? ', first_active, last_active' : '';
  const mergeDates = hasDates(key)
    ? `, first_active = least(t.first_active, excluded.first_active), last_active = greatest(t.last_active, excluded.last_active)`
    : '';
  return `
    insert into ${table} as t (${columns}, ${COUNTERS.join(', ')}${dates})
    select ${columns}, ${COUNTERS.join(', ')}${dates} from (${contributions(rows, key)}) n
    on conflict (${columns}) do update set ${COUNTERS.map((c) => `${c} = t.${c} + excluded.${c}`).join(', ')}${mergeDates};`;
}

const FUNCTIONS = [
  // Dates cannot be subtracted like counts: after a delete they are read again from the attempts left.
  `create function review_totals_recount(trainees text[], scenarios text[], zone text) returns void language sql as $$
    update trainee_scenario_totals t set first_active = a.first_active, last_active = a.last_active
    from (select trainee_name, scenario_id, min(started_at) as first_active, max(greatest(started_at, finished_at)) as last_active
            from attempts where trainee_name = any(trainees) and scenario_id = any(scenarios)
           group by trainee_name, scenario_id) a
    where t.trainee_name = a.trainee_name and t.scenario_id = a.scenario_id;
    update trainee_week_totals t set first_active = a.first_active, last_active = a.last_active
    from (select trainee_name, date_trunc('week', started_at at time zone zone)::date as week, min(started_at) as first_active,
                 max(greatest(started_at, finished_at)) as last_active
            from attempts where trainee_name = any(trainees) group by 1, 2) a
    where t.trainee_name = a.trainee_name and t.week = a.week;
  $$`,

  `create function review_totals_follow_attempts() returns trigger language plpgsql as $$
  declare
    zone text := (select z.zone from review_day_zone z limit 1);
  begin
    if tg_op in ('UPDATE', 'DELETE') then
      ${subtract('trainee')}
      ${subtract('day')}
      ${subtract('week')}
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
      ${add('trainee')}
      ${add('day')}
      ${add('week')}
    end if;
    if tg_op = 'DELETE' then
      perform review_totals_recount(array(select distinct trainee_name from old_rows), array(select distinct scenario_id from old_rows), zone);
    elsif tg_op = 'UPDATE' then
      -- Only an attempt moved to another trainee or scenario can leave stale first/last dates behind.
      if exists (select 1 from old_rows o join new_rows n using (id)
                 where o.trainee_name <> n.trainee_name or o.scenario_id <> n.scenario_id) then
        perform review_totals_recount(array(select distinct trainee_name from old_rows), array(select distinct scenario_id from old_rows), zone);
      end if;
    end if;
    return null;
  end
  $$`,

  `create function review_zone_totals_rebuild(new_zone text) returns void language plpgsql as $$
  declare
    zone text := new_zone;
  begin
    update review_day_zone set zone = new_zone;
    delete from scenario_day_totals;
    ${add('day', 'attempts')}
    delete from trainee_week_totals;
    ${add('week', 'attempts')}
  end
  $$`,

  `create function turn_scores_follow_turns() returns trigger language plpgsql as $$
  begin
    insert into turn_scores
    select t.attempt_id, t.idx, a.trainee_name, a.scenario_id, a.started_at, t.node_id,
      t.played->'reply'->>'choiceId', coalesce((t.played->'reply'->>'kind') = 'text', false), t.respect, t.helpfulness, t.empathy
    from new_rows t join attempts a on a.id = t.attempt_id;
    return null;
  end
  $$`,

  // A bulk load that wrote turn_scores itself passes false: copying them from the turns reads every transcript.
  `create function review_totals_rebuild(with_turn_scores boolean default true) returns void language plpgsql as $$
  declare
    zone text := (select z.zone from review_day_zone z limit 1);
  begin
    delete from trainee_scenario_totals;
    ${add('trainee', 'attempts')}
    perform review_zone_totals_rebuild(zone);
    if not with_turn_scores then
      return;
    end if;
    delete from turn_scores;
    insert into turn_scores
    select t.attempt_id, t.idx, a.trainee_name, a.scenario_id, a.started_at, t.node_id,
      t.played->'reply'->>'choiceId', coalesce((t.played->'reply'->>'kind') = 'text', false), t.respect, t.helpfulness, t.empathy
    from turns t join attempts a on a.id = t.attempt_id;
  end
  $$`,
];

async function createTotalsTable(
  db: Kysely<any>,
  name: string,
  key: { column: string; type: 'text' | 'date' },
  withDates: boolean,
) {
  let table = db.schema
    .createTable(name)
    .addColumn(key.column, key.type, (c) => c.notNull())
    .addColumn('scenario_id', 'text', (c) => c.notNull());
  for (const counter of COUNTERS) table = table.addColumn(counter, 'bigint', (c) => c.notNull().defaultTo(0));
  if (withDates) {
    table = table
      .addColumn('first_active', 'timestamptz', (c) => c.notNull())
      .addColumn('last_active', 'timestamptz', (c) => c.notNull());
  }
  await table
    .addPrimaryKeyConstraint(`${name}_pkey`, [key.column, 'scenario_id'])
    // Every recorded turn rewrites a row; room on the page lets Postgres update it in place (HOT).
    .modifyEnd(sql`with (fillfactor = 50)`)
    .execute();
}

async function createWeekTotalsTable(db: Kysely<any>) {
  let table = db.schema
    .createTable('trainee_week_totals')
    .addColumn('trainee_name', 'text', (c) => c.notNull())
    .addColumn('week', 'date', (c) => c.notNull());
  for (const counter of COUNTERS) table = table.addColumn(counter, 'bigint', (c) => c.notNull().defaultTo(0));
  await table
    .addColumn('first_active', 'timestamptz', (c) => c.notNull())
    .addColumn('last_active', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('trainee_week_totals_pkey', ['trainee_name', 'week'])
    .modifyEnd(sql`with (fillfactor = 50)`)
    .execute();
  // Whole weeks of the whole team, for a date range on the dashboard.
  await db.schema.createIndex('trainee_week_totals_by_week').on('trainee_week_totals').columns(['week']).execute();
}

async function createTotalsTables(db: Kysely<any>): Promise<void> {
  await createTotalsTable(db, 'trainee_scenario_totals', { column: 'trainee_name', type: 'text' }, true);
  await createTotalsTable(db, 'scenario_day_totals', { column: 'day', type: 'date' }, false);
  await createWeekTotalsTable(db);
  await db.schema
    .createTable('review_day_zone')
    .addColumn('zone', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into review_day_zone (zone) values ('UTC')`.execute(db);
}

async function createTurnScores(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('turn_scores')
    .addColumn('attempt_id', 'text', (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('trainee_name', 'text', (c) => c.notNull())
    .addColumn('scenario_id', 'text', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('choice_id', 'text')
    .addColumn('typed', 'boolean', (c) => c.notNull())
    .addColumn('respect', 'smallint', (c) => c.notNull())
    .addColumn('helpfulness', 'smallint', (c) => c.notNull())
    .addColumn('empathy', 'smallint', (c) => c.notNull())
    .addPrimaryKeyConstraint('turn_scores_pkey', ['attempt_id', 'idx'])
    .addForeignKeyConstraint('turn_scores_turn', ['attempt_id', 'idx'], 'turns', ['attempt_id', 'idx'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('turn_scores_by_scenario').on('turn_scores').columns(['scenario_id', 'started_at']).execute();
  await db.schema.createIndex('turn_scores_by_trainee').on('turn_scores').columns(['trainee_name', 'started_at']).execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('coaching_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('trainee_name', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('coaching_notes_by_trainee')
    .on('coaching_notes')
    .columns(['trainee_name', 'created_at desc', 'id desc'])
    .execute();

  await createTotalsTables(db);
  await createTurnScores(db);
  for (const fn of FUNCTIONS) await sql.raw(fn).execute(db);
  for (const [event, transition] of [
    ['insert', 'new table as new_rows'],
    ['update', 'old table as old_rows new table as new_rows'],
    ['delete', 'old table as old_rows'],
  ] as const) {
    await sql
      .raw(
        `create trigger review_totals_on_${event} after ${event} on attempts ` +
          `referencing ${transition} for each statement execute function review_totals_follow_attempts()`,
      )
      .execute(db);
  }
  await sql
    .raw(
      'create trigger turn_scores_on_insert after insert on turns referencing new table as new_rows ' +
        'for each statement execute function turn_scores_follow_turns()',
    )
    .execute(db);
  // Attempts made before this migration.
  await sql`select review_totals_rebuild()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('drop trigger turn_scores_on_insert on turns').execute(db);
  for (const event of ['insert', 'update', 'delete'])
    await sql.raw(`drop trigger review_totals_on_${event} on attempts`).execute(db);
  for (const fn of [
    'review_totals_rebuild(boolean)',
    'turn_scores_follow_turns()',
    'review_zone_totals_rebuild(text)',
    'review_totals_follow_attempts()',
    'review_totals_recount(text[], text[], text)',
  ]) {
    await sql.raw(`drop function ${fn}`).execute(db);
  }
  for (const table of [
    'turn_scores',
    'review_day_zone',
    'trainee_week_totals',
    'scenario_day_totals',
    'trainee_scenario_totals',
    'coaching_notes',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
