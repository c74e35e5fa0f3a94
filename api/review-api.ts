/**
 * The manager's part of the Api: the team dashboard, trainee and scenario reports, coaching notes,
 * exports and imports of attempts. Part of the one Api declaration composed in index.ts.
 *
 * Everything that can grow with the team is paged or chunked on the service side: the dashboard
 * asks for one page of trainees at a time, exports and transfer files come back in chunks the
 * renderer joins (and counts, to show progress), imports are sent in batches of lines.
 */
import { z } from 'zod';
import { CHANNELS, INDUSTRIES } from '../engine/scenario/format';
import { entityId, traineeNameField } from './trainee-api';

export * from './review-results';

/** An instant with its offset, as the renderer sends them: `2025-03-01T00:00:00.000+01:00` or `…Z`. */
const instant = z.iso.datetime({ offset: true, message: 'an ISO 8601 date and time, e.g. 2025-03-01T00:00:00Z' });

/** An IANA time zone the service can bucket dates in ("Europe/London"); checked against the platform's list. */
const timeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'an IANA time zone such as "Europe/London"');

/**
 * Which attempts a report covers. Dates bound `startedAt`: `from` inclusive, `to` exclusive (the
 * renderer sends the start of the day after the last day picked). Industry and channel select the
 * library's scenarios of that kind, so attempts of scenarios no longer in the library match only
 * when no industry or channel is chosen.
 */
export const ReviewFilterSchema = z
  .strictObject({
    from: instant.optional(),
    to: instant.optional(),
    scenarioId: entityId.optional(),
    industry: z.enum(INDUSTRIES).optional(),
    channel: z.enum(CHANNELS).optional(),
  })
  .refine((f) => f.from === undefined || f.to === undefined || Date.parse(f.from) < Date.parse(f.to), {
    message: '"from" must be before "to"',
    path: ['to'],
  });

export type ReviewFilter = z.infer<typeof ReviewFilterSchema>;

const filter = ReviewFilterSchema.default({});

export const TEAM_SORT_KEYS = [
  'traineeName',
  'attempts',
  'respect',
  'helpfulness',
  'empathy',
  'scenariosCompleted',
  'lastActive',
  'flagged',
] as const;
export type TeamSortKey = (typeof TEAM_SORT_KEYS)[number];

/** A dimension's threshold: trainees averaging below it are flagged; null turns the flag off. */
const threshold = z.number().int().min(0).max(100).nullable();
const ThresholdsSchema = z.strictObject({ respect: threshold, helpfulness: threshold, empathy: threshold });

/** Where an export or transfer chunk continues: after this attempt, in start order. */
const ChunkCursorSchema = z.strictObject({ startedAt: instant, id: entityId });

const chunkArgs = {
  filter,
  /** Only this trainee's attempts (the trainee page's export). */
  traineeName: traineeNameField.optional(),
  /** null for the first chunk. */
  after: ChunkCursorSchema.nullable(),
  /** Attempts per chunk. */
  limit: z.number().int().min(1).max(5000).default(2000),
};

export const reviewApiArgs = {
  /** The manager's thresholds for flagging trainees. */
  getReviewSettings: z.strictObject({}),
  /** Changes the thresholds (e.g. flag empathy below 60); they are stored and apply to every report. */
  setReviewThresholds: z.strictObject({ thresholds: ThresholdsSchema }),
  /**
   * One page of the team dashboard: a row per trainee with attempts matching the filter, sorted and
   * searched on the service side so a team of thousands pages quickly. Ties are broken by name.
   */
  getTeamOverview: z.strictObject({
    filter,
    /** Part of a trainee's name, any case. */
    search: z.string().trim().max(80).default(''),
    /** Only trainees with at least one flagged dimension. */
    flaggedOnly: z.boolean().default(false),
    sort: z.enum(TEAM_SORT_KEYS).default('traineeName'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  }),
  /**
   * Average scores per day, week or month for the team (or one trainee), in the manager's time
   * zone. Without `filter.from` the team's chart covers a recent span (30 days, 26 weeks or 12
   * months) and a trainee's all their attempts.
   */
  getScoreTrend: z.strictObject({
    filter,
    traineeName: traineeNameField.optional(),
    bucket: z.enum(['day', 'week', 'month']).default('week'),
    timeZone: timeZone.default('UTC'),
  }),
  /**
   * How finished attempts spread over weak / fair / strong, per scenario and dimension. The time
   * zone is the manager's, whose calendar days the filter's dates are.
   */
  getScoreDistribution: z.strictObject({ filter, timeZone: timeZone.default('UTC') }),
  /** A trainee's summary, their results by kind of call, their weakest skills with the turns that show them, and coaching notes. */
  getTraineeReport: z.strictObject({ traineeName: traineeNameField, filter }),
  /** Attempts matching the filter (optionally one trainee's), newest first, one page at a time. */
  listReviewAttempts: z.strictObject({
    filter,
    traineeName: traineeNameField.optional(),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  }),
  /** Writes a new coaching note for a trainee, or (with `noteId`) edits one; the dates are kept. */
  saveCoachingNote: z.strictObject({
    traineeName: traineeNameField,
    noteId: entityId.optional(),
    text: z.string().trim().min(1, 'write the note first').max(20_000, 'a note is limited to 20,000 characters'),
  }),
  /** How the team does on each turn of one scenario: choices picked, scores, where customers are lost. */
  getScenarioReport: z.strictObject({ scenarioId: entityId, filter }),
  /**
   * One chunk of a CSV export (UTF-8 with BOM and header in the first chunk, CRLF lines, ISO 8601
   * dates). `attempts` has a row per attempt; `turn-scores` a row per scored turn.
   */
  exportCsv: z.strictObject({ table: z.enum(['attempts', 'turn-scores']), ...chunkArgs }),
  /** One chunk of a transfer file (JSON lines, header line first): attempts with their transcripts, for another installation. */
  exportTransfer: z.strictObject({ ...chunkArgs, limit: z.number().int().min(1).max(2000).default(500) }),
  /**
   * Imports a batch of a transfer file's lines. Attempts already present (same id) are counted as
   * duplicates and left alone; every turn is replayed through this installation's scenarios and
   * scorer, so the scores stored are recomputed, never taken from the file.
   */
  importTransfer: z.strictObject({
    fileName: z.string().min(1).max(255),
    /** The file's first line, sent with every batch so each batch is checked on its own. */
    header: z.string().max(10_000),
    /** The line number (1-based) of `lines[0]` in the file, for problem messages. */
    firstLineNumber: z.number().int().min(1),
    lines: z.array(z.string().max(2_000_000)).max(5000),
  }),
  /**
   * The screen as a PDF, for the printable reports. Only the desktop shell can do this; the web
   * shell answers `unavailable`, and the renderer uses the browser's own print instead.
   */
  printReportToPdf: z.strictObject({ title: z.string().trim().min(1).max(200) }),
} as const;
