/**
 * A trainee's results by kind of call (channel) and by industry, from their per-scenario sums and
 * the library's description of each scenario: "which kind of call?" in the manager's question.
 */
import { sql } from 'kysely';
import { wholePointAverage } from '../../../engine/review/averages';
import { CHANNELS, INDUSTRIES, type Channel, type Industry, type Scenario } from '../../../engine/scenario/format';
import type { SkillsByKind } from '@api';
import { attemptConditions, isDated, scenarioCondition, type ReviewScope } from './review-scope';
import type { ReviewDb } from './review-schema';

interface ScenarioSums {
  scenario_id: string;
  attempts: number;
  finished: number;
  scored: number;
  sum_respect: number;
  sum_helpfulness: number;
  sum_empathy: number;
}

async function sumsPerScenario(db: ReviewDb, scope: ReviewScope, traineeName: string): Promise<ScenarioSums[]> {
  if (!isDated(scope)) {
    const { rows } = await sql<ScenarioSums>`
      select scenario_id, attempts::int, finished::int, scored::int, sum_respect::float8, sum_helpfulness::float8, sum_empathy::float8
      from trainee_scenario_totals where trainee_name = ${traineeName} and ${scenarioCondition(scope)}`.execute(db);
    return rows;
  }
  const scored = sql`a.status = 'finished' and a.respect is not null`;
  const { rows } = await sql<ScenarioSums>`
    select a.scenario_id, count(*)::int as attempts, (count(*) filter (where a.status = 'finished'))::int as finished,
      (count(*) filter (where ${scored}))::int as scored,
      coalesce(sum(a.respect) filter (where ${scored}), 0)::float8 as sum_respect,
      coalesce(sum(a.helpfulness) filter (where ${scored}), 0)::float8 as sum_helpfulness,
      coalesce(sum(a.empathy) filter (where ${scored}), 0)::float8 as sum_empathy
    from attempts a where a.trainee_name = ${traineeName} and ${attemptConditions(scope)}
    group by a.scenario_id`.execute(db);
  return rows;
}

function grouped<K extends string>(
  sums: ScenarioSums[],
  kinds: readonly K[],
  kindOf: (scenarioId: string) => K | undefined,
): SkillsByKind<K>[] {
  return kinds
    .map((kind) => {
      const mine = sums.filter((s) => kindOf(s.scenario_id) === kind);
      const total = (f: (s: ScenarioSums) => number) => mine.reduce((sum, s) => sum + f(s), 0);
      const scored = total((s) => s.scored);
      const average = (f: (s: ScenarioSums) => number) => wholePointAverage(total(f), scored)!;
      return {
        kind,
        attempts: total((s) => s.attempts),
        finishedAttempts: total((s) => s.finished),
        averages:
          scored === 0
            ? null
            : {
                respect: average((s) => s.sum_respect),
                helpfulness: average((s) => s.sum_helpfulness),
                empathy: average((s) => s.sum_empathy),
              },
      };
    })
    .filter((k) => k.attempts > 0);
}

/** By channel and by industry, in the format's order; kinds with no attempts are left out. */
export async function loadSkillsByKind(db: ReviewDb, scope: ReviewScope, traineeName: string, scenarios: Scenario[]) {
  const sums = await sumsPerScenario(db, scope, traineeName);
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  return {
    byChannel: grouped<Channel>(sums, CHANNELS, (id) => byId.get(id)?.channel),
    byIndustry: grouped<Industry>(sums, INDUSTRIES, (id) => byId.get(id)?.industry),
  };
}
