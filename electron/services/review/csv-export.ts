/**
 * CSV exports that open cleanly in Excel and LibreOffice: UTF-8 with a byte-order mark (so Excel
 * reads accents and emoji right), a header row, CRLF line ends, every field holding a comma, quote
 * or line break quoted (csv-stringify), and dates in ISO 8601 UTC.
 *
 * Text typed by people (names, replies) that starts like a formula (= + - @) gets a leading
 * apostrophe, so a spreadsheet shows it instead of running it (CSV injection).
 */
import { stringify } from 'csv-stringify/sync';
import type { Selectable } from 'kysely';
import type { Scenario } from '../../../engine/scenario/format';
import type { AttemptsTable } from '../database-schema';

export const ATTEMPT_COLUMNS = [
  'attempt_id',
  'trainee',
  'scenario_id',
  'scenario_title',
  'industry',
  'channel',
  'status',
  'outcome',
  'started_at',
  'finished_at',
  'turns',
  'respect',
  'helpfulness',
  'empathy',
  'scorer_version',
] as const;

export const TURN_SCORE_COLUMNS = [
  'attempt_id',
  'trainee',
  'scenario_id',
  'scenario_title',
  'attempt_started_at',
  'turn',
  'node_id',
  'recorded_at',
  'reply_kind',
  'choice_id',
  'reply_text',
  'respect',
  'helpfulness',
  'empathy',
  'next_node_id',
] as const;

export type CsvCell = string | number | null;

/** A turn row as the export reads it from the database. */
export interface TurnScoreRow {
  attempt_id: string;
  idx: number;
  node_id: string;
  recorded_at: Date;
  respect: number;
  helpfulness: number;
  empathy: number;
  reply_kind: string;
  choice_id: string | null;
  reply_text: string;
  next_node_id: string;
}

/** Text a person typed, made safe to open in a spreadsheet. */
export function spreadsheetText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function attemptRecord(row: Selectable<AttemptsTable>, scenario: Scenario | undefined): CsvCell[] {
  return [
    row.id,
    spreadsheetText(row.trainee_name),
    row.scenario_id,
    spreadsheetText(row.scenario_title),
    scenario?.industry ?? null,
    scenario?.channel ?? null,
    row.status,
    row.outcome,
    iso(row.started_at),
    iso(row.finished_at),
    row.turn_count,
    row.respect,
    row.helpfulness,
    row.empathy,
    row.scorer_version,
  ];
}

export function turnScoreRecord(attempt: Selectable<AttemptsTable>, turn: TurnScoreRow): CsvCell[] {
  return [
    attempt.id,
    spreadsheetText(attempt.trainee_name),
    attempt.scenario_id,
    spreadsheetText(attempt.scenario_title),
    iso(attempt.started_at),
    turn.idx + 1,
    turn.node_id,
    iso(turn.recorded_at),
    turn.reply_kind,
    turn.choice_id,
    spreadsheetText(turn.reply_text),
    turn.respect,
    turn.helpfulness,
    turn.empathy,
    turn.next_node_id,
  ];
}

/**
 * One chunk of CSV text. The first chunk starts with the byte-order mark and the header, so the
 * chunks joined in order are one well-formed file.
 */
export function csvText(columns: readonly string[], records: CsvCell[][], first: boolean): string {
  if (!first && records.length === 0) return '';
  return stringify(records, {
    bom: first,
    header: first,
    columns: [...columns],
    record_delimiter: '\r\n',
    // csv-stringify quotes fields holding the delimiter, a quote or the record delimiter (CRLF);
    // a lone LF or CR in a reply must be quoted too, or spreadsheets split the row.
    quoted_match: /[\r\n]/,
  });
}
