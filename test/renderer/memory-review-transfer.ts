/**
 * Exports, imports and printing for the in-memory Api. The CSV rows, transfer lines and replay
 * are the services' own pure functions, so the files the renderer tests download are the ones the
 * app would write.
 */
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { ApiError, type Api, type AttemptDetail, type ExportChunk, type ReviewFilter, type reviewApiArgs } from '@api';
import { SCORER_VERSION } from '../../engine/scoring/score-reply';
import type { Scenario } from '../../engine/scenario/format';
import type { AttemptsTable } from '../../electron/services/database-schema';
import {
  ATTEMPT_COLUMNS,
  attemptRecord,
  csvText,
  TURN_SCORE_COLUMNS,
  turnScoreRecord,
} from '../../electron/services/review/csv-export';
import { exportFileName } from '../../electron/services/review/review-exports';
import { PDF_UNAVAILABLE } from '../../electron/services/review/review-service';
import {
  headerLine,
  headerProblem,
  TRANSFER_MEDIA_TYPE,
  TransferAttemptSchema,
} from '../../electron/services/review/transfer-format';
import { replayAttempt } from '../../electron/services/review/transfer-replay';

type Methods<K extends 'exportCsv' | 'exportTransfer' | 'importTransfer' | 'printReportToPdf'> = {
  [M in K]: (args: z.output<(typeof reviewApiArgs)[M]>) => ReturnType<Api[M]>;
};

export interface MemoryReviewTransferOptions {
  attempts: Map<string, AttemptDetail>;
  /** When each attempt's turns were recorded (ISO 8601), by attempt id and turn index. */
  turnTimes: Map<string, string[]>;
  scenarios: Map<string, Scenario>;
  now: () => Date;
  inScope: (attempt: AttemptDetail, filter: ReviewFilter) => boolean;
}

/** An attempt as a database row, for the services' CSV functions. */
function rowOf(a: AttemptDetail): Selectable<AttemptsTable> {
  return {
    id: a.id,
    trainee_name: a.traineeName,
    scenario_id: a.scenarioId,
    scenario_title: a.scenarioTitle,
    status: a.status,
    outcome: a.outcome,
    started_at: new Date(a.startedAt),
    finished_at: a.finishedAt ? new Date(a.finishedAt) : null,
    current_node_id: a.state.nodeId,
    current_mood: a.state.mood,
    turn_count: a.turnCount,
    respect: a.scores?.respect ?? null,
    helpfulness: a.scores?.helpfulness ?? null,
    empathy: a.scores?.empathy ?? null,
    scorer_version: a.scorerVersion,
    retry_of: null,
    choice_seed: a.state.choiceSeed ?? null,
  };
}

export function createMemoryReviewTransfer({
  attempts,
  turnTimes,
  scenarios,
  now,
  inScope,
}: MemoryReviewTransferOptions): Methods<'exportCsv' | 'exportTransfer' | 'importTransfer' | 'printReportToPdf'> {
  /** The next chunk of attempts in start order, as the services page them. */
  function chunk(args: { filter: ReviewFilter; traineeName?: string; after: ExportChunk['next']; limit: number }) {
    const all = [...attempts.values()]
      .filter((a) => inScope(a, args.filter) && (args.traineeName === undefined || a.traineeName === args.traineeName))
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id));
    const after = args.after;
    const rest = after
      ? all.filter((a) => a.startedAt > after.startedAt || (a.startedAt === after.startedAt && a.id > after.id))
      : all;
    const rows = rest.slice(0, args.limit);
    const last = rows.at(-1);
    return {
      rows,
      total: after === null ? all.length : null,
      next: rows.length === args.limit && last ? { startedAt: last.startedAt, id: last.id } : null,
    };
  }

  return {
    exportCsv: async (args) => {
      const { rows, total, next } = chunk(args);
      const records =
        args.table === 'attempts'
          ? rows.map((a) => attemptRecord(rowOf(a), scenarios.get(a.scenarioId)))
          : rows.flatMap((a) =>
              a.turns.map((t) =>
                turnScoreRecord(rowOf(a), {
                  attempt_id: a.id,
                  idx: t.index,
                  node_id: t.nodeId,
                  recorded_at: new Date(turnTimes.get(a.id)?.[t.index] ?? a.startedAt),
                  respect: Math.round(t.scores.respect),
                  helpfulness: Math.round(t.scores.helpfulness),
                  empathy: Math.round(t.scores.empathy),
                  reply_kind: t.reply.kind,
                  choice_id: t.reply.kind === 'choice' ? t.reply.choiceId : null,
                  reply_text: t.replyText,
                  next_node_id: t.nextNodeId,
                }),
              ),
            );
      const text = csvText(args.table === 'attempts' ? ATTEMPT_COLUMNS : TURN_SCORE_COLUMNS, records, args.after === null);
      return {
        fileName: exportFileName(args.table, args.traineeName, now(), 'csv'),
        mediaType: 'text/csv;charset=utf-8',
        text,
        attempts: rows.length,
        totalAttempts: total,
        next,
      };
    },
    exportTransfer: async (args) => {
      const { rows, total, next } = chunk(args);
      const lines = rows.map((a) =>
        JSON.stringify({
          ...a,
          turns: a.turns.map((t) => ({ ...t, recordedAt: turnTimes.get(a.id)?.[t.index] ?? a.startedAt })),
          state: undefined,
        }),
      );
      if (args.after === null) lines.unshift(headerLine(now()));
      const text = lines.map((l) => `${l}\n`).join('');
      return {
        fileName: exportFileName('attempts', args.traineeName, now(), 'jsonl'),
        mediaType: TRANSFER_MEDIA_TYPE,
        text,
        attempts: rows.length,
        totalAttempts: total,
        next,
      };
    },
    importTransfer: async ({ fileName, header, firstLineNumber, lines }) => {
      const problem = headerProblem(header);
      if (problem) throw new ApiError('invalid-argument', `${fileName}: ${problem}`);
      const report = { imported: 0, duplicates: 0, problems: [] as Array<{ line: number; attemptId?: string; message: string }> };
      lines.forEach((text, i) => {
        const line = firstLineNumber + i;
        if (text.trim() === '') return;
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          return report.problems.push({ line, message: 'not valid JSON; the file may be cut short or edited by hand' });
        }
        const parsed = TransferAttemptSchema.safeParse(json);
        if (!parsed.success) return report.problems.push({ line, message: parsed.error.issues.map((x) => x.message).join('; ') });
        const attempt = parsed.data;
        if (attempts.has(attempt.id)) return (report.duplicates += 1);
        const scenario = scenarios.get(attempt.scenarioId);
        if (!scenario)
          return report.problems.push({
            line,
            attemptId: attempt.id,
            message: `scenario "${attempt.scenarioId}" is not in this library`,
          });
        const replayed = replayAttempt(scenario, attempt);
        if (!replayed.ok) return report.problems.push({ line, attemptId: attempt.id, message: replayed.problem });
        const { state, status, finishedAt, scores } = replayed.attempt;
        attempts.set(attempt.id, {
          id: attempt.id,
          scenarioId: scenario.id,
          scenarioTitle: scenario.title,
          traineeName: attempt.traineeName,
          startedAt: new Date(attempt.startedAt).toISOString(),
          finishedAt: finishedAt?.toISOString() ?? null,
          status,
          outcome: state.outcome ?? null,
          turnCount: state.turns.length,
          scores,
          scorerVersion: SCORER_VERSION,
          turns: state.turns,
          state,
        });
        turnTimes.set(
          attempt.id,
          attempt.turns.map((t) => new Date(t.recordedAt).toISOString()),
        );
        report.imported += 1;
      });
      return report;
    },
    printReportToPdf: async () => {
      throw new ApiError('unavailable', PDF_UNAVAILABLE);
    },
  };
}
