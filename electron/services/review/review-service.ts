/**
 * The manager's half of the Api: the rules (what a filter covers, what is missing, which errors the
 * manager can act on) over the queries in this folder. Arguments are parsed here as well as by the
 * dispatcher, so defaults apply when the services are called directly (tests, the bench).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { ApiError, reviewApiArgs, type Api, type ReviewApiResults, type ReviewFilter } from '@api';
import type { DatabaseSchema } from '../database-schema';
import type { ScenarioLibrary } from '../scenario-library';
import { insertNote, updateNote } from './coaching-notes-store';
import { createDayTotals, type DaySpan } from './day-totals';
import { listAttemptPage, type ChunkCursor } from './review-attempts-query';
import { csvChunk, transferChunk } from './review-exports';
import { reviewDb } from './review-schema';
import { isDated, scopeOf } from './review-scope';
import { readThresholds, saveThresholds } from './review-thresholds-store';
import { createScenarioCatalogue } from './scenario-catalogue';
import { loadScenarioReport } from './scenario-report-query';
import { loadScoreDistribution } from './score-distribution-query';
import { loadScoreTrend } from './score-trend-query';
import { createStatisticsUpkeep } from './statistics-upkeep';
import { loadTeamOverview } from './team-overview-query';
import { loadTraineeReport } from './trainee-report-query';
import { headerProblem } from './transfer-format';
import { importTransferLines } from './transfer-import';

export type ReviewMethod = keyof ReviewApiResults;
export type ReviewApi = Pick<Api, ReviewMethod>;

export interface ReviewServiceOptions {
  db: Kysely<DatabaseSchema>;
  library: ScenarioLibrary;
  /** The folder the library reads from now (a trainer may choose another while Rapport runs). */
  scenariosFolder: () => string;
  now: () => Date;
}

/** The argument with its defaults, or an invalid-argument error naming the field. */
function parsed<M extends ReviewMethod>(method: M, args: unknown): z.output<(typeof reviewApiArgs)[M]> {
  const result = reviewApiArgs[method].safeParse(args ?? {});
  if (result.success) return result.data as z.output<(typeof reviewApiArgs)[M]>;
  const problems = result.error.issues.map((i) => `${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`);
  throw new ApiError('invalid-argument', `${method}: ${problems.join('; ')}`);
}

function cursorOf(after: { startedAt: string; id: string } | null): ChunkCursor | null {
  return after === null ? null : { startedAt: new Date(after.startedAt), id: after.id };
}

export const PDF_UNAVAILABLE =
  'Saving a PDF directly needs the Rapport desktop app. In the browser, use Print (Ctrl+P or ⌘P) and choose "Save as PDF".';

export function createReviewService(options: ReviewServiceOptions): ReviewApi {
  const db = reviewDb(options.db);
  const catalogue = createScenarioCatalogue(options.library, options.scenariosFolder);
  // Validated now, while the app starts, so the manager's first report does not wait for it;
  // a failure here is reported by the report that needs the library.
  void catalogue.scenarios().catch(() => undefined);
  const ensureFreshStatistics = createStatisticsUpkeep(db);
  const dayTotals = createDayTotals(db);
  /** The zone the weekly totals count in; any zone gives exact sums (see week-range-sums.ts). */
  const weekZone = async () => (await dayTotals.zone()) ?? 'UTC';
  const scope = async (filter: ReviewFilter) => {
    await ensureFreshStatistics();
    return scopeOf(filter, catalogue);
  };

  return {
    getReviewSettings: async () => ({ thresholds: await readThresholds(options.db) }),

    setReviewThresholds: async (args) => {
      const { thresholds } = parsed('setReviewThresholds', args);
      await saveThresholds(options.db, thresholds);
      return { thresholds };
    },

    getTeamOverview: async (args) => {
      const { filter, ...page } = parsed('getTeamOverview', args);
      const context = { thresholds: await readThresholds(options.db), now: options.now(), zone: await weekZone() };
      return loadTeamOverview(db, await scope(filter), page, context);
    },

    getScoreTrend: async (args) => {
      const { filter, ...request } = parsed('getScoreTrend', args);
      return loadScoreTrend(db, await scope(filter), request, { now: options.now(), dayTotals });
    },

    getScoreDistribution: async (args) => {
      const { filter, timeZone } = parsed('getScoreDistribution', args);
      const reportScope = await scope(filter);
      let days: DaySpan | null = null;
      // Days in another zone than the charts' are not recounted for this: the attempts answer instead.
      if (isDated(reportScope) && (await dayTotals.zone()) === timeZone) {
        days = await dayTotals.spanOf(timeZone, reportScope.from, reportScope.to);
      }
      return { scenarios: await loadScoreDistribution(db, reportScope, catalogue, days) };
    },

    getTraineeReport: async (args) => {
      const { traineeName, filter } = parsed('getTraineeReport', args);
      const context = { thresholds: await readThresholds(options.db), catalogue, now: options.now(), zone: await weekZone() };
      const report = await loadTraineeReport(db, await scope(filter), traineeName, context);
      if (!report) {
        throw new ApiError('not-found', `no attempts by "${traineeName}" match this filter; clear the filter or check the name`);
      }
      return report;
    },

    listReviewAttempts: async (args) => {
      const { filter, ...page } = parsed('listReviewAttempts', args);
      return listAttemptPage(db, await scope(filter), page);
    },

    saveCoachingNote: async (args) => {
      const { traineeName, noteId, text } = parsed('saveCoachingNote', args);
      const at = options.now();
      if (noteId === undefined) return insertNote(db, { id: randomUUID(), traineeName, text, at });
      const note = await updateNote(db, { id: noteId, traineeName, text, at });
      if (!note)
        throw new ApiError(
          'not-found',
          `${traineeName} has no coaching note "${noteId}"; it may have been made on another computer`,
        );
      return note;
    },

    getScenarioReport: async (args) => {
      const { scenarioId, filter } = parsed('getScenarioReport', args);
      // The page is about one scenario: a kind of call or another scenario in the filter does not apply.
      const scenarioScope = await scope({ from: filter.from, to: filter.to, scenarioId });
      const report = await loadScenarioReport(db, scenarioScope, scenarioId, await catalogue.find(scenarioId));
      if (!report) throw new ApiError('not-found', `no scenario "${scenarioId}" in the library and no attempts at it`);
      return report;
    },

    exportCsv: async (args) => {
      const { table, filter, after, ...request } = parsed('exportCsv', args);
      return csvChunk(db, await scope(filter), table, { ...request, after: cursorOf(after) }, { catalogue, now: options.now() });
    },

    exportTransfer: async (args) => {
      const { filter, after, ...request } = parsed('exportTransfer', args);
      return transferChunk(db, await scope(filter), { ...request, after: cursorOf(after) }, options.now());
    },

    importTransfer: async (args) => {
      const { fileName, header, lines, firstLineNumber } = parsed('importTransfer', args);
      const problem = headerProblem(header);
      if (problem) throw new ApiError('invalid-argument', `${fileName}: ${problem}`);
      return importTransferLines(db, catalogue, lines, firstLineNumber);
    },

    printReportToPdf: async (args) => {
      parsed('printReportToPdf', args);
      throw new ApiError('unavailable', PDF_UNAVAILABLE);
    },
  };
}
