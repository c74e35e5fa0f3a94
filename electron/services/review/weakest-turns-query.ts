/**
 * The turns behind a trainee's weakest skills. For each dimension: the three points in a scenario
 * (scenario + turn) where the trainee's replies average lowest, and at each the worst reply they
 * gave there (the latest of equally bad ones). One query covers all three dimensions, reading the
 * slim turn_scores rows and only the few chosen turns in full.
 */
import { sql } from 'kysely';
import type { PlayedTurn } from '../../../engine/play/types';
import { evidenceSummary } from '../../../engine/review/weak-turn-evidence';
import { WEAK_SPOTS } from '../../../engine/review/weakest-skills';
import { DIMENSIONS, type Dimension } from '../../../engine/scenario/format';
import type { WeakTurn } from '@api';
import { attemptConditions, type ReviewScope } from './review-scope';
import type { ReviewDb } from './review-schema';

interface WeakRow {
  dimension: Dimension;
  scenario_id: string;
  scenario_title: string;
  node_id: string;
  replies: number;
  average: number;
  attempt_id: string;
  idx: number;
  recorded_at: Date;
  played: PlayedTurn;
}

const scoreIn = (alias: string) =>
  sql`case d.dimension when 'respect' then ${sql.ref(`${alias}.respect`)} when 'helpfulness' then ${sql.ref(`${alias}.helpfulness`)} else ${sql.ref(`${alias}.empathy`)} end`;

/** The order of spots and of replies within one is engine/review/weakest-skills.ts's (weakestSpotFirst, worstReplyFirst), in SQL. */
export async function loadWeakestTurns(
  db: ReviewDb,
  scope: ReviewScope,
  traineeName: string,
): Promise<Map<Dimension, WeakTurn[]>> {
  const { rows } = await sql<WeakRow>`
    with mine as materialized (
      select ts.attempt_id, ts.idx, ts.node_id, ts.started_at, ts.respect, ts.helpfulness, ts.empathy, ts.scenario_id
      from turn_scores ts
      where ts.trainee_name = ${traineeName} and ${attemptConditions(scope, 'ts')}
    ),
    dims as (select unnest(${DIMENSIONS as unknown as string[]}::text[]) as dimension),
    spots as (
      select d.dimension, m.scenario_id, m.node_id, count(*)::int as replies, round(avg(${scoreIn('m')}))::int as average,
        row_number() over (partition by d.dimension order by avg(${scoreIn('m')}) asc, count(*) desc, m.scenario_id, m.node_id) as rank
      from mine m cross join dims d
      group by d.dimension, m.scenario_id, m.node_id
    ),
    worst as (
      select distinct on (s.dimension, s.scenario_id, s.node_id)
        s.dimension, s.scenario_id, s.node_id, s.replies, s.average, s.rank, m.attempt_id, m.idx
      from spots s join dims d on d.dimension = s.dimension join mine m on m.scenario_id = s.scenario_id and m.node_id = s.node_id
      where s.rank <= ${WEAK_SPOTS}
      order by s.dimension, s.scenario_id, s.node_id, ${scoreIn('m')} asc, m.started_at desc, m.attempt_id desc
    )
    select w.*, t.played, t.recorded_at, a.scenario_title
    from worst w join turns t on t.attempt_id = w.attempt_id and t.idx = w.idx join attempts a on a.id = w.attempt_id
    order by w.dimension, w.rank`.execute(db);
  const byDimension = new Map<Dimension, WeakTurn[]>(DIMENSIONS.map((d) => [d, []]));
  for (const row of rows) {
    const turn = row.played;
    byDimension.get(row.dimension)!.push({
      attemptId: row.attempt_id,
      turnIndex: row.idx,
      scenarioId: row.scenario_id,
      scenarioTitle: row.scenario_title,
      nodeId: row.node_id,
      playedAt: row.recorded_at.toISOString(),
      customerLine: turn.customerLines.join(' '),
      replyText: turn.replyText,
      scoredBy: turn.scoredBy,
      scores: {
        respect: Math.round(turn.scores.respect),
        helpfulness: Math.round(turn.scores.helpfulness),
        empathy: Math.round(turn.scores.empathy),
      },
      evidenceSummary: evidenceSummary(turn, row.dimension),
      repliesHere: row.replies,
      averageHere: row.average,
    });
  }
  return byDimension;
}
