/**
 * Seeds a Rapport database with a large contact centre's history for the review benchmark:
 * trainees × attempts spread evenly over three years, each attempt a real scored path through a
 * bundled scenario (see review-seed-paths.ts), with all its turn rows and a few coaching notes.
 *
 * Rows are generated inside PGlite with generate_series, a chunk of attempts per statement, so a
 * million attempts take minutes, not hours. Like any bulk load, it runs with triggers off
 * (foreign-key checks and the totals of migration 0002), writes turn_scores alongside the turns,
 * and then recounts the totals in one pass with the migration's own review_totals_rebuild(), which
 * gives exactly what the triggers would (a test checks that).
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../electron/services/database-schema';
import type { SeedScenario } from './review-seed-paths';

export interface SeedOptions {
  trainees: number;
  attempts: number;
  /** The history ends here and starts three years earlier. */
  now: Date;
  /** The manager's time zone, whose calendar days the day totals count. */
  timeZone: string;
  chunk?: number;
  progress?: (message: string) => void;
}

const FIRST = [
  'Amara',
  'Ben',
  'Chloe',
  'Dev',
  'Elif',
  'Femi',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemi',
  'Liam',
  'Maya',
  'Nia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tariq',
  'Uma',
  'Vera',
  'Wen',
  'Xavi',
  'Yara',
  'Zoe',
  'Aiden',
  'Bea',
  'Cyrus',
  'Dina',
  'Emre',
  'Fatou',
  'Gus',
  'Hana',
  'Ivo',
  'Jade',
  'Kofi',
  'Lena',
  'Mateo',
  'Noor',
];
const LAST = [
  'Adeyemi',
  'Brown',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ito',
  'Jensen',
  'Kowalski',
  'Lopez',
  'Mensah',
  'Novak',
  'Okafor',
  'Petrov',
  'Quispe',
  'Rossi',
  'Silva',
  'Tanaka',
  'Usman',
  'Varga',
  'Weber',
  'Xu',
  'Yilmaz',
  'Zhang',
];

/** "Amara Adeyemi", "Ben Adeyemi", …: distinct names for up to 1,040 trainees, numbered beyond. */
function traineeName(i: number): string {
  const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
  return i < FIRST.length * LAST.length ? name : `${name} ${Math.floor(i / (FIRST.length * LAST.length)) + 1}`;
}

/** The scored paths as rows PGlite can join against: one row per path, one per turn. */
async function loadPaths(db: Kysely<DatabaseSchema>, scenarios: SeedScenario[]): Promise<void> {
  await sql`create temporary table seed_scenarios (scenario_no int primary key, scenario_id text, title text, path_count int)`.execute(
    db,
  );
  await sql`create temporary table seed_paths (scenario_no int, path_no int, turn_count int, outcome text, end_node text,
    end_mood text, respect int, helpfulness int, empathy int, first_next text, first_mood text,
    first_respect int, first_helpfulness int, first_empathy int, primary key (scenario_no, path_no))`.execute(db);
  await sql`create temporary table seed_turns (scenario_no int, path_no int, idx int, node_id text, respect int,
    helpfulness int, empathy int, played jsonb, primary key (scenario_no, path_no, idx))`.execute(db);
  const mean = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) / values.length);
  for (const [scenarioNo, { scenario, paths }] of scenarios.entries()) {
    await sql`insert into seed_scenarios values (${scenarioNo}, ${scenario.id}, ${scenario.title}, ${paths.length})`.execute(db);
    const pathRows = paths.map(({ state }, pathNo) => {
      const first = state.turns[0]!;
      return {
        scenario_no: scenarioNo,
        path_no: pathNo,
        turn_count: state.turns.length,
        outcome: state.outcome,
        end_node: state.nodeId,
        end_mood: state.mood,
        respect: mean(state.turns.map((t) => t.scores.respect)),
        helpfulness: mean(state.turns.map((t) => t.scores.helpfulness)),
        empathy: mean(state.turns.map((t) => t.scores.empathy)),
        first_next: first.nextNodeId,
        first_mood: state.turns[1]?.mood ?? state.mood,
        first_respect: Math.round(first.scores.respect),
        first_helpfulness: Math.round(first.scores.helpfulness),
        first_empathy: Math.round(first.scores.empathy),
      };
    });
    await sql`insert into seed_paths select * from jsonb_populate_recordset(null::seed_paths, ${JSON.stringify(pathRows)}::jsonb)`.execute(
      db,
    );
    const turnRows = paths.flatMap(({ state }, pathNo) =>
      state.turns.map((turn) => ({
        scenario_no: scenarioNo,
        path_no: pathNo,
        idx: turn.index,
        node_id: turn.nodeId,
        respect: Math.round(turn.scores.respect),
        helpfulness: Math.round(turn.scores.helpfulness),
        empathy: Math.round(turn.scores.empathy),
        played: turn,
      })),
    );
    await sql`insert into seed_turns select * from jsonb_populate_recordset(null::seed_turns, ${JSON.stringify(turnRows)}::jsonb)`.execute(
      db,
    );
  }
}

/**
 * One chunk of attempts, decided by hashing the attempt number: the trainee, the scenario, how
 * skilled the trainee is (each improves a little over the three years) and whether they left early.
 */
async function seedChunk(db: Kysely<DatabaseSchema>, from: number, to: number, options: SeedOptions, scenarioCount: number) {
  const { attempts, trainees } = options;
  const end = sql.lit(options.now.toISOString());
  const n = (value: number) => sql.lit(value);
  const unit = (salt: number) => sql.raw(`(abs(hashint8(g * 7 + ${salt})::bigint) % 1000000) / 1000000.0`);
  await sql`create temporary table seed_chunk as
    with picked as (
      select g,
        md5('rapport-bench-attempt-' || g)::uuid::text as id,
        (abs(hashint8(g * 7 + 1)::bigint) % ${n(trainees)})::int as trainee_no,
        (abs(hashint8(g * 7 + 2)::bigint) % ${n(scenarioCount)})::int as scenario_no,
        ${unit(3)} as luck,
        ${unit(4)} as leaves,
        timestamptz ${end} - interval '1095 days' + (g::float8 / ${n(attempts)}) * interval '1095 days'
          + ${unit(5)} * interval '50 minutes' as started_at
      from generate_series(${n(from)}::bigint, ${n(to - 1)}::bigint) g
    )
    select p.*, s.scenario_id, s.title,
      least(s.path_count - 1, floor(s.path_count * power(p.luck,
        (0.35 + (abs(hashint8(p.trainee_no::bigint)::bigint) % 1000) / 450.0) * (1.2 - 0.4 * p.g::float8 / ${n(attempts)}))))::int as path_no,
      p.leaves < 0.05 as abandoned
    from picked p join seed_scenarios s using (scenario_no)`.execute(db);
  await sql`insert into attempts (id, trainee_name, scenario_id, scenario_title, status, outcome, started_at, finished_at,
      current_node_id, current_mood, turn_count, respect, helpfulness, empathy, scorer_version)
    select c.id, n.name, c.scenario_id, c.title,
      case when c.abandoned then 'abandoned' else 'finished' end,
      case when c.abandoned then null else p.outcome end,
      c.started_at,
      case when c.abandoned then null else c.started_at + p.turn_count * interval '1 minute' end,
      case when c.abandoned then p.first_next else p.end_node end,
      case when c.abandoned then p.first_mood else p.end_mood end,
      case when c.abandoned then 1 else p.turn_count end,
      case when c.abandoned then p.first_respect else p.respect end,
      case when c.abandoned then p.first_helpfulness else p.helpfulness end,
      case when c.abandoned then p.first_empathy else p.empathy end,
      'bench'
    from seed_chunk c join seed_paths p using (scenario_no, path_no) join seed_trainee_names n using (trainee_no)
    order by c.g`.execute(db);
  await sql`insert into turns (attempt_id, idx, node_id, recorded_at, respect, helpfulness, empathy, played)
    select c.id, t.idx, t.node_id, c.started_at + (t.idx + 1) * interval '1 minute', t.respect, t.helpfulness, t.empathy, t.played
    from seed_chunk c join seed_turns t using (scenario_no, path_no)
    where t.idx < case when c.abandoned then 1 else 1000 end
    order by c.g, t.idx`.execute(db);
  // What the turns trigger writes, taken from the seed rather than read back from the transcripts.
  await sql`insert into turn_scores
    select c.id, t.idx, n.name, c.scenario_id, c.started_at, t.node_id, t.played->'reply'->>'choiceId',
      (t.played->'reply'->>'kind') = 'text', t.respect, t.helpfulness, t.empathy
    from seed_chunk c join seed_turns t using (scenario_no, path_no) join seed_trainee_names n using (trainee_no)
    where t.idx < case when c.abandoned then 1 else 1000 end
    order by c.g, t.idx`.execute(db);
  await sql`drop table seed_chunk`.execute(db);
}

/** Fills the database; prints progress through `options.progress`. */
export async function seedReviewDatabase(
  db: Kysely<DatabaseSchema>,
  scenarios: SeedScenario[],
  options: SeedOptions,
): Promise<void> {
  const progress = options.progress ?? (() => undefined);
  const chunk = options.chunk ?? 50_000;
  await loadPaths(db, scenarios);
  const names = Array.from({ length: options.trainees }, (_, i) => ({ trainee_no: i, name: traineeName(i) }));
  await sql`create temporary table seed_trainee_names (trainee_no int primary key, name text)`.execute(db);
  await sql`insert into seed_trainee_names select * from jsonb_populate_recordset(null::seed_trainee_names, ${JSON.stringify(names)}::jsonb)`.execute(
    db,
  );
  const started = performance.now();
  await sql`set session_replication_role = replica`.execute(db);
  for (let from = 0; from < options.attempts; from += chunk) {
    const to = Math.min(options.attempts, from + chunk);
    await seedChunk(db, from, to, options, scenarios.length);
    const seconds = (performance.now() - started) / 1000;
    const rate = to / seconds;
    progress(
      `seeded ${to.toLocaleString('en')} of ${options.attempts.toLocaleString('en')} attempts ` +
        `(${seconds.toFixed(0)} s, about ${((options.attempts - to) / rate).toFixed(0)} s to go)`,
    );
  }
  await sql`insert into coaching_notes (id, trainee_name, text, created_at, updated_at)
    select md5('rapport-bench-note-' || n.trainee_no || '-' || k)::uuid::text, n.name,
      'Listened well; next time name the customer''s feeling before moving to the fix.',
      timestamptz ${sql.lit(options.now.toISOString())} - k * interval '40 days',
      timestamptz ${sql.lit(options.now.toISOString())} - k * interval '40 days'
    from seed_trainee_names n, generate_series(1, 2) k`.execute(db);
  await sql`drop table seed_turns, seed_paths, seed_scenarios, seed_trainee_names`.execute(db);
  await sql`set session_replication_role = origin`.execute(db);
  const recount = performance.now();
  await sql`update review_day_zone set zone = ${options.timeZone}`.execute(db);
  await sql`select review_totals_rebuild(false)`.execute(db);
  progress(`recounted the running totals in ${((performance.now() - recount) / 1000).toFixed(0)} s`);
}
