import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { startPlay, takeTurn } from '../../engine/play/player';
import type { PlayState } from '../../engine/play/types';
import type { Scenario } from '../../engine/scenario/format';
import { validateScenarioText } from '../../engine/scenario/validate';
import { appendTurn, insertAttempt, markAbandoned } from '../../electron/services/attempt-store';
import { openDatabase, type RapportDatabase } from '../../electron/services/database';
import { reviewDb } from '../../electron/services/review/review-schema';
import { refreshStatistics } from '../../electron/services/review/statistics-upkeep';
import { weekRangeSums } from '../../electron/services/review/week-range-sums';
import { FIXTURE_SCENARIOS, makeTempFolder, removeFolder } from './temp-folders';

let root: string;
let database: RapportDatabase;
let parcel: Scenario;

beforeAll(async () => {
  root = await makeTempFolder();
  database = await openDatabase(root);
  parcel = validateScenarioText(
    'late-parcel.json',
    await readFile(path.join(FIXTURE_SCENARIOS, 'late-parcel.json'), 'utf8'),
  ).scenario!;
});

afterAll(async () => {
  await database.close();
  await removeFolder(root);
});

let counter = 0;

/** Starts an attempt and records each choice through the app's own store, as recordTurn does. */
async function play(traineeName: string, choices: string[], at: Date): Promise<string> {
  const id = `attempt-${++counter}`;
  let state: PlayState = startPlay(parcel);
  await insertAttempt(database.db, {
    id,
    traineeName,
    scenarioId: parcel.id,
    scenarioTitle: parcel.title,
    startedAt: at,
    scorerVersion: 'test',
    retryOf: null,
    state,
  });
  for (const choiceId of choices) {
    state = takeTurn(parcel, state, { kind: 'choice', choiceId });
    await appendTurn(database.db, id, state, new Date(at.getTime() + state.turns.length * 60_000));
  }
  return id;
}

/** The totals as the triggers keep them, and as counting the attempts again gives them. */
async function keptAndRecounted() {
  const kept = await sql`
    select trainee_name, scenario_id, attempts::int, finished::int, scored::int, sum_respect::int, sum_empathy::int,
      empathy_weak::int, empathy_fair::int, empathy_strong::int, first_active, last_active
    from trainee_scenario_totals order by 1, 2`.execute(database.db);
  const recounted = await sql`
    select trainee_name, scenario_id, count(*)::int as attempts,
      (count(*) filter (where status = 'finished'))::int as finished,
      (count(*) filter (where status = 'finished' and respect is not null))::int as scored,
      coalesce(sum(respect) filter (where status = 'finished'), 0)::int as sum_respect,
      coalesce(sum(empathy) filter (where status = 'finished'), 0)::int as sum_empathy,
      (count(*) filter (where status = 'finished' and empathy < 40))::int as empathy_weak,
      (count(*) filter (where status = 'finished' and empathy >= 40 and empathy < 70))::int as empathy_fair,
      (count(*) filter (where status = 'finished' and empathy >= 70))::int as empathy_strong,
      min(started_at) as first_active, max(greatest(started_at, finished_at)) as last_active
    from attempts group by 1, 2 order by 1, 2`.execute(database.db);
  return { kept: kept.rows, recounted: recounted.rows };
}

describe('the running totals kept by migration 0002', () => {
  it('start empty', async () => {
    const { kept, recounted } = await keptAndRecounted();

    expect([kept, recounted]).toEqual([[], []]);
  });

  it('follow attempts as they start, are played turn by turn, finish and are abandoned', async () => {
    await play('Ana', ['reassure', 'give-date', 'nothing-needed'], new Date('2025-03-01T09:00:00Z'));
    await play('Ana', ['deflect'], new Date('2025-03-02T09:00:00Z'));
    const left = await play('Ben', ['reassure'], new Date('2025-03-03T09:00:00Z'));
    await markAbandoned(database.db, left);
    await play('Ben', [], new Date('2025-03-04T09:00:00Z'));

    const { kept, recounted } = await keptAndRecounted();

    expect(kept).toEqual(recounted);
    expect(kept).toHaveLength(2);
    expect(kept[0]).toMatchObject({ trainee_name: 'Ana', attempts: 2, finished: 2, empathy_weak: 1, empathy_strong: 1 });
  });

  it('follow a bulk insert of many attempts in one statement', async () => {
    await sql`
      insert into attempts (id, trainee_name, scenario_id, scenario_title, status, outcome, started_at, finished_at,
        current_node_id, current_mood, turn_count, respect, helpfulness, empathy, scorer_version)
      select 'bulk-' || g, 'Trainee ' || (g % 7), 'late-parcel', 'The parcel', 'finished', 'resolved',
        timestamptz '2025-01-01' + g * interval '1 hour', timestamptz '2025-01-01' + g * interval '1 hour' + interval '5 minutes',
        'resolved', 'satisfied', 3, g % 101, (g * 3) % 101, (g * 7) % 101, 'test'
      from generate_series(1, 500) g`.execute(database.db);

    const { kept, recounted } = await keptAndRecounted();

    expect(kept).toEqual(recounted);
  });

  it('follow deletes, recounting first and last activity and dropping emptied rows', async () => {
    await sql`delete from attempts where trainee_name = 'Ben' and started_at > '2025-03-03T12:00:00Z'`.execute(database.db);
    await sql`delete from attempts where trainee_name = 'Trainee 3'`.execute(database.db);

    const { kept, recounted } = await keptAndRecounted();

    expect(kept).toEqual(recounted);
    expect(kept.map((r) => (r as { trainee_name: string }).trainee_name)).not.toContain('Trainee 3');
  });

  it('copy every recorded turn to turn_scores, with its reply kind and choice', async () => {
    const copied = await sql<{ n: number; choices: number }>`
      select count(*)::int as n, (count(*) filter (where choice_id is not null and not typed))::int as choices from turn_scores`.execute(
      database.db,
    );
    const turns = await sql<{ n: number }>`select count(*)::int as n from turns`.execute(database.db);

    expect(copied.rows[0]).toEqual({ n: turns.rows[0]!.n, choices: turns.rows[0]!.n });
  });
});

/** A totals table next to the same counts worked out from the attempts again. */
async function tableAgainstRecount(table: 'scenario_day_totals' | 'trainee_week_totals') {
  const key =
    table === 'scenario_day_totals'
      ? sql`(started_at at time zone (select zone from review_day_zone))::date as day, scenario_id`
      : sql`trainee_name, date_trunc('week', started_at at time zone (select zone from review_day_zone))::date as week`;
  const columns = table === 'scenario_day_totals' ? sql`day, scenario_id` : sql`trainee_name, week`;
  const kept = await sql`select ${columns}, attempts::int, finished::int, scored::int, sum_empathy::int, empathy_weak::int
    from ${sql.table(table)} order by 1, 2`.execute(database.db);
  const recounted =
    await sql`select ${key}, count(*)::int as attempts, (count(*) filter (where status = 'finished'))::int as finished,
      (count(*) filter (where status = 'finished' and respect is not null))::int as scored,
      coalesce(sum(empathy) filter (where status = 'finished'), 0)::int as sum_empathy,
      (count(*) filter (where status = 'finished' and empathy < 40))::int as empathy_weak
    from attempts group by 1, 2 order by 1, 2`.execute(database.db);
  return { kept: kept.rows, recounted: recounted.rows };
}

describe('the day and week totals', () => {
  it('match a recount by day and by week after all of the above', async () => {
    for (const table of ['scenario_day_totals', 'trainee_week_totals'] as const) {
      const { kept, recounted } = await tableAgainstRecount(table);
      expect(kept, table).toEqual(recounted);
      expect(kept.length, table).toBeGreaterThan(0);
    }
  });

  it('are counted again in another time zone, and review_totals_rebuild() gives what the triggers kept', async () => {
    const before = await keptAndRecounted();
    await sql`select review_zone_totals_rebuild('Pacific/Auckland')`.execute(database.db);
    const auckland = await tableAgainstRecount('scenario_day_totals');
    await sql`select review_totals_rebuild()`.execute(database.db);
    const after = await keptAndRecounted();
    const copied = await sql<{ n: number }>`select count(*)::int as n from turn_scores`.execute(database.db);
    const turns = await sql<{ n: number }>`select count(*)::int as n from turns`.execute(database.db);

    expect(auckland.kept).toEqual(auckland.recounted);
    expect(after.kept).toEqual(before.kept);
    expect(copied.rows[0]!.n).toBe(turns.rows[0]!.n);
  });

  it('add up with the edge days to exactly what the attempts say, for any range', async () => {
    const db = reviewDb(database.db);
    const ranges = [
      { from: new Date('2025-01-03T05:00:00Z'), to: new Date('2025-01-19T17:30:00Z') },
      { from: new Date('2025-01-06T11:00:00Z'), to: new Date('2025-01-08T00:00:00Z') },
      { from: null, to: new Date('2025-01-15T00:00:00Z') },
      { from: new Date('2025-01-10T00:00:00Z'), to: null },
    ];
    for (const range of ranges) {
      const sums = await weekRangeSums(db, 'Pacific/Auckland', range);
      const { rows } = await sql`select trainee_name, attempts, finished, scored, sum_empathy, first_active, last_active
        from (${sums}) s order by 1`.execute(db);
      const raw =
        await sql`select trainee_name, count(*)::int as attempts, (count(*) filter (where status = 'finished'))::int as finished,
          (count(*) filter (where status = 'finished' and respect is not null))::int as scored,
          coalesce(sum(empathy) filter (where status = 'finished' and respect is not null), 0)::float8 as sum_empathy,
          min(started_at) as first_active, max(greatest(started_at, finished_at)) as last_active
        from attempts where (${range.from}::timestamptz is null or started_at >= ${range.from})
          and (${range.to}::timestamptz is null or started_at < ${range.to})
        group by 1 order by 1`.execute(db);
      expect(rows, JSON.stringify(range)).toEqual(raw.rows);
    }
  });
});

describe('refreshStatistics', () => {
  it('analyses tables never analysed, then leaves them alone until they grow', async () => {
    const first = await refreshStatistics(reviewDb(database.db));
    const second = await refreshStatistics(reviewDb(database.db));

    expect(first).toEqual(
      expect.arrayContaining(['attempts', 'turns', 'turn_scores', 'trainee_scenario_totals', 'trainee_week_totals']),
    );
    expect(second).toEqual([]);
  });
});
