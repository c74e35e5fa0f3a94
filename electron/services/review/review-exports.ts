/**
 * Exports in chunks: CSV of attempts or of per-turn scores, and transfer files for another
 * installation. Each chunk covers the next attempts in start order; the renderer joins the chunks
 * into one file and shows progress from the total given with the first.
 */
import { sql, type Selectable } from 'kysely';
import type { PlayedTurn } from '../../../engine/play/types';
import type { ExportChunk } from '@api';
import type { AttemptsTable } from '../database-schema';
import { ATTEMPT_COLUMNS, attemptRecord, csvText, TURN_SCORE_COLUMNS, turnScoreRecord, type TurnScoreRow } from './csv-export';
import { attemptChunk, countAttempts, type ChunkCursor } from './review-attempts-query';
import type { ReviewScope } from './review-scope';
import type { ReviewDb } from './review-schema';
import type { ScenarioCatalogue } from './scenario-catalogue';
import { headerLine, TRANSFER_MEDIA_TYPE, type TransferTurn } from './transfer-format';

export interface ChunkRequest {
  traineeName?: string;
  after: ChunkCursor | null;
  limit: number;
}

/** `rapport-attempts-amara-diallo-2025-03-01.csv`: what, whose, when. */
export function exportFileName(what: string, traineeName: string | undefined, now: Date, extension: string): string {
  const who = traineeName
    ? `-${traineeName
        .normalize('NFKD')
        .replace(/[^\w\s-]/g, '')
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '-')}`
    : '';
  return `rapport-${what}${who}-${now.toISOString().slice(0, 10)}.${extension}`;
}

interface ChunkRows {
  rows: Array<Selectable<AttemptsTable>>;
  totalAttempts: number | null;
  next: ExportChunk['next'];
}

async function nextRows(db: ReviewDb, scope: ReviewScope, request: ChunkRequest): Promise<ChunkRows> {
  const [rows, totalAttempts] = await Promise.all([
    attemptChunk(db, scope, request),
    request.after === null ? countAttempts(db, scope, request.traineeName) : Promise.resolve(null),
  ]);
  const last = rows.at(-1);
  const next = rows.length === request.limit && last ? { startedAt: last.started_at.toISOString(), id: last.id } : null;
  return { rows, totalAttempts, next };
}

async function turnsOf(db: ReviewDb, attemptIds: string[]): Promise<Map<string, TurnScoreRow[]>> {
  const byAttempt = new Map<string, TurnScoreRow[]>(attemptIds.map((id) => [id, []]));
  if (attemptIds.length === 0) return byAttempt;
  const { rows } = await sql<TurnScoreRow>`
    select attempt_id, idx, node_id, recorded_at, respect, helpfulness, empathy,
      played->'reply'->>'kind' as reply_kind, played->'reply'->>'choiceId' as choice_id,
      played->>'replyText' as reply_text, played->>'nextNodeId' as next_node_id
    from turns where attempt_id = any(${attemptIds}::text[]) order by attempt_id, idx`.execute(db);
  for (const row of rows) byAttempt.get(row.attempt_id)!.push(row);
  return byAttempt;
}

/** One chunk of the attempts or turn-scores CSV. */
export async function csvChunk(
  db: ReviewDb,
  scope: ReviewScope,
  table: 'attempts' | 'turn-scores',
  request: ChunkRequest,
  context: { catalogue: ScenarioCatalogue; now: Date },
): Promise<ExportChunk> {
  const { rows, totalAttempts, next } = await nextRows(db, scope, request);
  const first = request.after === null;
  let text: string;
  if (table === 'attempts') {
    const scenarios = new Map((await context.catalogue.scenarios()).map((s) => [s.id, s]));
    text = csvText(
      ATTEMPT_COLUMNS,
      rows.map((row) => attemptRecord(row, scenarios.get(row.scenario_id))),
      first,
    );
  } else {
    const turns = await turnsOf(
      db,
      rows.map((r) => r.id),
    );
    text = csvText(
      TURN_SCORE_COLUMNS,
      rows.flatMap((row) => turns.get(row.id)!.map((turn) => turnScoreRecord(row, turn))),
      first,
    );
  }
  return {
    fileName: exportFileName(table, request.traineeName, context.now, 'csv'),
    mediaType: 'text/csv;charset=utf-8',
    text,
    attempts: rows.length,
    totalAttempts,
    next,
  };
}

/** One chunk of a transfer file: the header line first, then an attempt per line with its transcript. */
export async function transferChunk(db: ReviewDb, scope: ReviewScope, request: ChunkRequest, now: Date): Promise<ExportChunk> {
  const { rows, totalAttempts, next } = await nextRows(db, scope, request);
  const ids = rows.map((r) => r.id);
  const turns = new Map<string, TransferTurn[]>(ids.map((id) => [id, []]));
  if (ids.length > 0) {
    const { rows: turnRows } = await sql<{ attempt_id: string; recorded_at: Date; played: PlayedTurn }>`
      select attempt_id, recorded_at, played from turns where attempt_id = any(${ids}::text[]) order by attempt_id, idx`.execute(
      db,
    );
    for (const t of turnRows) turns.get(t.attempt_id)!.push({ ...t.played, recordedAt: t.recorded_at.toISOString() });
  }
  const lines = rows.map((row) =>
    JSON.stringify({
      id: row.id,
      traineeName: row.trainee_name,
      scenarioId: row.scenario_id,
      scenarioTitle: row.scenario_title,
      startedAt: row.started_at.toISOString(),
      finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
      status: row.status,
      outcome: row.outcome,
      retryOf: row.retry_of,
      choiceSeed: row.choice_seed,
      scorerVersion: row.scorer_version,
      turns: turns.get(row.id),
    }),
  );
  if (request.after === null) lines.unshift(headerLine(now));
  return {
    fileName: exportFileName('attempts', request.traineeName, now, 'jsonl'),
    mediaType: TRANSFER_MEDIA_TYPE,
    text: lines.map((l) => `${l}\n`).join(''),
    attempts: rows.length,
    totalAttempts,
    next,
  };
}
