/**
 * Imports a batch of a transfer file's lines. Each line is checked on its own and replayed through
 * this installation's scenarios (scores recomputed, see transfer-replay.ts); the batch is then
 * written in one transaction. Attempt ids decide what is new: an id already here (or earlier in
 * the same batch) is a duplicate and changes nothing, so importing a file twice adds nothing.
 */
import { SCORER_VERSION } from '../../../engine/scoring/score-reply';
import type { TransferImportReport } from '@api';
import type { ReviewDb } from './review-schema';
import type { ScenarioCatalogue } from './scenario-catalogue';
import { describeLineProblem, TransferAttemptSchema, type TransferAttempt } from './transfer-format';
import { replayAttempt, type ReplayedAttempt } from './transfer-replay';

interface Ready {
  line: number;
  attempt: TransferAttempt;
  replayed: ReplayedAttempt;
  scenarioTitle: string;
}

type Problem = TransferImportReport['problems'][number];

/** Parses, validates and replays one line; a problem in the user's terms otherwise. */
async function prepare(text: string, line: number, catalogue: ScenarioCatalogue): Promise<Ready | Problem> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { line, message: `not valid JSON (${(error as Error).message}); the file may be cut short or edited by hand` };
  }
  const parsed = TransferAttemptSchema.safeParse(json);
  const id = typeof (json as { id?: unknown })?.id === 'string' ? (json as { id: string }).id : undefined;
  if (!parsed.success) return { line, ...(id && { attemptId: id }), message: describeLineProblem(parsed.error) };
  const attempt = parsed.data;
  const scenario = await catalogue.find(attempt.scenarioId);
  if (!scenario) {
    return {
      line,
      attemptId: attempt.id,
      message: `scenario "${attempt.scenarioId}" is not in this library; add its file to the scenarios folder, then import again (attempts already imported are skipped)`,
    };
  }
  const result = replayAttempt(scenario, attempt);
  if (!result.ok) return { line, attemptId: attempt.id, message: result.problem };
  return { line, attempt, replayed: result.attempt, scenarioTitle: scenario.title };
}

function attemptRow(ready: Ready, retryOfKnown: Set<string>) {
  const { attempt, replayed } = ready;
  const scores = replayed.scores;
  return {
    id: attempt.id,
    trainee_name: attempt.traineeName,
    scenario_id: attempt.scenarioId,
    scenario_title: ready.scenarioTitle,
    status: replayed.status,
    outcome: replayed.state.outcome ?? null,
    started_at: new Date(attempt.startedAt),
    finished_at: replayed.finishedAt,
    current_node_id: replayed.state.nodeId,
    current_mood: replayed.state.mood,
    turn_count: replayed.state.turns.length,
    respect: scores && scores.respect,
    helpfulness: scores && scores.helpfulness,
    empathy: scores && scores.empathy,
    scorer_version: SCORER_VERSION,
    retry_of: attempt.retryOf && retryOfKnown.has(attempt.retryOf) ? attempt.retryOf : null,
    choice_seed: replayed.state.choiceSeed ?? null,
  };
}

function turnRows(ready: Ready) {
  return ready.replayed.state.turns.map((turn) => ({
    attempt_id: ready.attempt.id,
    idx: turn.index,
    node_id: turn.nodeId,
    recorded_at: new Date(ready.attempt.turns[turn.index]!.recordedAt),
    respect: Math.round(turn.scores.respect),
    helpfulness: Math.round(turn.scores.helpfulness),
    empathy: Math.round(turn.scores.empathy),
    played: JSON.stringify(turn),
  }));
}

/** Writes the prepared attempts; returns the ids actually added (the others were already here). */
async function store(db: ReviewDb, ready: Ready[]): Promise<Set<string>> {
  if (ready.length === 0) return new Set();
  const retryIds = [...new Set(ready.flatMap((r) => (r.attempt.retryOf ? [r.attempt.retryOf] : [])))];
  return db.transaction().execute(async (trx) => {
    const known = new Set(
      retryIds.length === 0
        ? []
        : (await trx.selectFrom('attempts').select('id').where('id', 'in', retryIds).execute()).map((r) => r.id),
    );
    // A retry may come before the attempt it retried; one statement writes both, and the
    // reference is checked at its end.
    for (const r of ready) known.add(r.attempt.id);
    const added = await trx
      .insertInto('attempts')
      .values(ready.map((r) => attemptRow(r, known)))
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    const addedIds = new Set(added.map((r) => r.id));
    const turns = ready.filter((r) => addedIds.has(r.attempt.id)).flatMap(turnRows);
    for (let i = 0; i < turns.length; i += 1000)
      await trx
        .insertInto('turns')
        .values(turns.slice(i, i + 1000))
        .execute();
    return addedIds;
  });
}

/** Imports `lines` (numbered from `firstLineNumber`); blank lines are skipped. */
export async function importTransferLines(
  db: ReviewDb,
  catalogue: ScenarioCatalogue,
  lines: readonly string[],
  firstLineNumber: number,
): Promise<TransferImportReport> {
  const problems: Problem[] = [];
  const ready: Ready[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const [i, text] of lines.entries()) {
    if (text.trim() === '') continue;
    const prepared = await prepare(text, firstLineNumber + i, catalogue);
    if (!('attempt' in prepared)) problems.push(prepared);
    else if (seen.has(prepared.attempt.id)) duplicates += 1;
    else {
      seen.add(prepared.attempt.id);
      ready.push(prepared);
    }
  }
  const added = await store(db, ready);
  return { imported: added.size, duplicates: duplicates + ready.length - added.size, problems };
}
