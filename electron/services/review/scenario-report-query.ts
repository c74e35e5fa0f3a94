/**
 * How the team does on each turn of one scenario, so trainers can see which turns are too hard or
 * badly written: replies per turn, average scores, which choices are picked, how many typed their
 * own reply, and after which turns customers are lost; plus outcomes and score histograms.
 *
 * "Lost after" counts the last turn of attempts that ended customer-lost, read from the attempts
 * themselves, so it stays right for scenarios since edited or removed from the library.
 */
import { sql } from 'kysely';
import { wholePointAverage } from '../../../engine/review/averages';
import { HISTOGRAM_BINS } from '../../../engine/review/score-bands';
import { DIMENSIONS, OUTCOMES, type Dimension, type Outcome, type Scenario } from '../../../engine/scenario/format';
import type { ScenarioReport, ScenarioTurnReport } from '@api';
import { attemptConditions, type ReviewScope } from './review-scope';
import type { ReviewDb } from './review-schema';

interface ReplyGroup {
  node_id: string;
  choice_id: string | null;
  typed: boolean;
  replies: number;
  sum_respect: number;
  sum_helpfulness: number;
  sum_empathy: number;
  /** Replies that were the last turn of an attempt ending customer-lost. */
  lost: number;
}

/** Attempts by status and outcome, and (finished ones) by the 10-point band of each average. */
type AttemptGroup = { status: 'in-progress' | 'finished' | 'abandoned'; outcome: Outcome | null; attempts: number } & Record<
  Dimension,
  number | null
>;

/**
 * Replies per turn and choice, from the slim turn_scores rows (no transcript is read), in one pass
 * that also marks the replies after which the customer was lost.
 */
async function replyGroups(db: ReviewDb, scope: ReviewScope) {
  const { rows } = await sql<ReplyGroup>`
    with lost as (
      select a.id, a.turn_count - 1 as last_idx from attempts a where ${attemptConditions(scope)} and a.outcome = 'customer-lost'
    )
    select ts.node_id, ts.choice_id, ts.typed, count(*)::int as replies, sum(ts.respect)::float8 as sum_respect,
      sum(ts.helpfulness)::float8 as sum_helpfulness, sum(ts.empathy)::float8 as sum_empathy,
      (count(*) filter (where lost.id is not null))::int as lost
    from turn_scores ts left join lost on lost.id = ts.attempt_id and lost.last_idx = ts.idx
    where ${attemptConditions(scope, 'ts')}
    group by 1, 2, 3`.execute(db);
  return rows;
}

/** Statuses, outcomes and score bands in one pass over the scenario's attempts (90–100 is the last band). */
async function attemptGroups(db: ReviewDb, scope: ReviewScope) {
  const band = (d: Dimension) =>
    sql`case when a.status = 'finished' and a.respect is not null then least(${sql.ref(`a.${d}`)} / 10, ${sql.lit(HISTOGRAM_BINS - 1)})::int end as ${sql.ref(d)}`;
  const { rows } = await sql<AttemptGroup>`
    select a.status, a.outcome, ${sql.join(DIMENSIONS.map(band))}, count(*)::int as attempts
    from attempts a where ${attemptConditions(scope)}
    group by 1, 2, 3, 4, 5`.execute(db);
  return rows;
}

function turnReports(groups: ReplyGroup[], scenario: Scenario | undefined): ScenarioTurnReport[] {
  const order = new Map((scenario?.nodes ?? []).map((n, i) => [n.id, i]));
  const customerNodes = (scenario?.nodes ?? []).filter((n) => n.kind === 'customer').map((n) => n.id);
  const nodeIds = [...new Set([...customerNodes, ...groups.map((g) => g.node_id)])].sort(
    (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b),
  );
  return nodeIds.map((nodeId) => {
    const here = groups.filter((g) => g.node_id === nodeId);
    const node = scenario?.nodes.find((n) => n.id === nodeId);
    const authored = node?.kind === 'customer' ? (node.choices ?? []) : [];
    const visits = here.reduce((sum, g) => sum + g.replies, 0);
    const average = (d: Dimension) =>
      wholePointAverage(
        here.reduce((sum, g) => sum + g[`sum_${d}`], 0),
        visits,
      )!;
    const averages =
      visits === 0 ? null : { respect: average('respect'), helpfulness: average('helpfulness'), empathy: average('empathy') };
    const picks = (choiceId: string) => here.filter((g) => g.choice_id === choiceId).reduce((sum, g) => sum + g.replies, 0);
    const pickedIds = [...new Set(here.flatMap((g) => (g.choice_id === null ? [] : [g.choice_id])))];
    const unknownIds = pickedIds.filter((id) => !authored.some((c) => c.id === id)).sort();
    return {
      nodeId,
      customerLine: node?.kind === 'customer' ? node.lines.join(' ') : null,
      visits,
      averages,
      choices: [
        ...authored.map((c) => ({ choiceId: c.id, text: c.text, picks: picks(c.id) })),
        ...unknownIds.map((id) => ({ choiceId: id, text: null, picks: picks(id) })),
      ],
      freeTextReplies: here.filter((g) => g.typed).reduce((sum, g) => sum + g.replies, 0),
      lostAfter: here.reduce((sum, g) => sum + g.lost, 0),
    };
  });
}

/** The report for `scope` (already narrowed to the one scenario); undefined when it has no attempts and is not in the library. */
export async function loadScenarioReport(
  db: ReviewDb,
  scope: ReviewScope,
  scenarioId: string,
  scenario: Scenario | undefined,
): Promise<ScenarioReport | undefined> {
  const [replies, statuses] = await Promise.all([replyGroups(db, scope), attemptGroups(db, scope)]);
  if (statuses.length === 0 && !scenario) return undefined;
  const count = (test: (g: AttemptGroup) => boolean) => statuses.filter(test).reduce((sum, g) => sum + g.attempts, 0);
  const title =
    scenario?.title ??
    (await db.selectFrom('attempts').select('scenario_title').where('scenario_id', '=', scenarioId).limit(1).executeTakeFirst())
      ?.scenario_title ??
    scenarioId;
  return {
    scenarioId,
    scenarioTitle: title,
    inLibrary: scenario !== undefined,
    attempts: count(() => true),
    finishedAttempts: count((g) => g.status === 'finished'),
    outcomes: OUTCOMES.map((outcome) => ({ outcome, count: count((g) => g.status === 'finished' && g.outcome === outcome) })),
    unfinished: { inProgress: count((g) => g.status === 'in-progress'), abandoned: count((g) => g.status === 'abandoned') },
    turns: turnReports(replies, scenario),
    histogram: Object.fromEntries(
      DIMENSIONS.map((d) => {
        const bins = Array.from({ length: HISTOGRAM_BINS }, () => 0);
        for (const g of statuses) if (g[d] !== null) bins[g[d]]! += g.attempts;
        return [d, bins];
      }),
    ) as Record<Dimension, number[]>,
  };
}
