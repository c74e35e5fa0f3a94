/**
 * The transfer file: attempts with their transcripts, to carry results from one Rapport
 * installation to another. JSON Lines (one attempt per line, after a header line), so it can be
 * written and read in chunks and a damaged line costs only that attempt.
 *
 * Only what is needed to replay an attempt is required of each line: who, which scenario, when,
 * and each turn's node and reply. Scores and evidence are written for people reading the file and
 * ignored on import, where every reply is scored again.
 */
import { z } from 'zod';
import { CHOICE_SEED_LIMIT } from '../../../engine/play/choice-order';
import type { PlayedTurn } from '../../../engine/play/types';
import { entityId, ReplySchema, traineeNameField } from '@api/trainee-api';

export const TRANSFER_FORMAT = 'rapport-attempts';
export const TRANSFER_VERSION = 1;
export const TRANSFER_MEDIA_TYPE = 'application/x-ndjson';

const instant = z.iso.datetime({ offset: true, message: 'an ISO 8601 date and time' });

export const TransferHeaderSchema = z.object({
  format: z.literal(TRANSFER_FORMAT),
  version: z.literal(TRANSFER_VERSION),
  exportedAt: instant,
});

export const TransferAttemptSchema = z.object({
  id: entityId,
  traineeName: traineeNameField,
  scenarioId: entityId,
  scenarioTitle: z.string().max(500).optional(),
  startedAt: instant,
  finishedAt: instant.nullable(),
  status: z.enum(['in-progress', 'finished', 'abandoned']),
  retryOf: entityId.nullable().optional(),
  /** The seed the attempt's choice order was drawn from; absent in files from before orders were drawn. */
  choiceSeed: z
    .number()
    .int()
    .min(0)
    .max(CHOICE_SEED_LIMIT - 1)
    .nullable()
    .optional(),
  turns: z
    .array(
      z.object({
        nodeId: entityId,
        reply: ReplySchema,
        recordedAt: instant,
        // The order the trainee saw, kept as played: a retry's carried turns were drawn by another attempt.
        shownChoiceIds: z.array(entityId).max(100).optional(),
      }),
    )
    .max(500, 'an attempt has at most 500 turns'),
});

export type TransferHeader = z.infer<typeof TransferHeaderSchema>;
export type TransferAttempt = z.infer<typeof TransferAttemptSchema>;

/** A turn as written: the whole played turn, plus when it was recorded. */
export type TransferTurn = PlayedTurn & { recordedAt: string };

export function headerLine(exportedAt: Date): string {
  return JSON.stringify({ format: TRANSFER_FORMAT, version: TRANSFER_VERSION, exportedAt: exportedAt.toISOString() });
}

/** What is wrong with a header line, or null when it opens a transfer file this version reads. */
export function headerProblem(line: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return 'the first line is not JSON: this is not a Rapport attempts file (export one with "Transfer file" on the Team screen)';
  }
  const format = (parsed as { format?: unknown })?.format;
  if (format !== TRANSFER_FORMAT) return 'the first line does not say "rapport-attempts": this is not a Rapport attempts file';
  const version = (parsed as { version?: unknown }).version;
  if (version !== TRANSFER_VERSION) {
    return `the file is version ${String(version)} of the attempts format; this Rapport reads version ${TRANSFER_VERSION}. Update Rapport, then import again.`;
  }
  return TransferHeaderSchema.safeParse(parsed).success
    ? null
    : 'the first line is damaged (its export date is missing or wrong)';
}

/** `turns.2.reply: …` — zod's complaint about a line in a reader's terms. */
export function describeLineProblem(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message.replace(/^Invalid input: /, '')}`)
    .join('; ');
}
