/**
 * What the manager's Api methods answer (see review-api.ts for the methods and their arguments).
 */
import type { DimensionTrend } from '../engine/review/dimension-trend';
import type { ReviewThresholds } from '../engine/review/flags';
import type { Channel, Dimension, Industry, Outcome, Scores } from '../engine/scenario/format';
import type { AttemptSummary } from './trainee-api';

// The review rules' own types (engine/review), so the services and the renderer's test double share them.
export type { DimensionTrend, TrendDirection } from '../engine/review/dimension-trend';
export type { ReviewThresholds } from '../engine/review/flags';

export interface ReviewSettings {
  thresholds: ReviewThresholds;
}

export interface TeamOverviewRow {
  traineeName: string;
  /** Every attempt matching the filter, finished or not. */
  attempts: number;
  finishedAttempts: number;
  /** Whole-point averages over finished attempts; null before the first one. */
  averages: Scores | null;
  trend: Record<Dimension, DimensionTrend>;
  /** Distinct scenarios with at least one finished attempt. */
  scenariosCompleted: number;
  /** ISO 8601: the latest start or finish of an attempt. */
  lastActive: string;
  /** Dimensions whose average is below the manager's threshold. */
  flagged: Dimension[];
}

export interface TeamOverview {
  rows: TeamOverviewRow[];
  offset: number;
  /** Trainees matching the filter, the search and `flaggedOnly`. */
  total: number;
  /** The whole team under the filter (search ignored), for the summary above the table. */
  team: { trainees: number; attempts: number; averages: Scores | null; flaggedTrainees: number };
  thresholds: ReviewThresholds;
  /** The two 30-day windows the trend arrows compare (ISO 8601): previous = [from, middle), recent = [middle, to). */
  trendWindows: { from: string; middle: string; to: string };
}

export interface ScoreTrendPoint {
  /** The bucket's first day, `YYYY-MM-DD` in the requested time zone. */
  start: string;
  attempts: number;
  averages: Scores;
}

export interface ScoreTrend {
  bucket: 'day' | 'week' | 'month';
  /** The span covered (ISO 8601), chosen by the service when the filter has no `from`. */
  from: string;
  to: string;
  points: ScoreTrendPoint[];
}

export interface ScoreBands {
  weak: number;
  fair: number;
  strong: number;
}

export interface ScenarioDistribution {
  scenarioId: string;
  scenarioTitle: string;
  finishedAttempts: number;
  /** Finished attempts by band of their average: weak < 40 ≤ fair < 70 ≤ strong. */
  bands: Record<Dimension, ScoreBands>;
}

export interface ScoreDistribution {
  scenarios: ScenarioDistribution[];
}

/** A turn that shows a weak skill: the worst reply at one of the trainee's weakest moments. */
export interface WeakTurn {
  attemptId: string;
  /** 0-based, as in the transcript. */
  turnIndex: number;
  scenarioId: string;
  scenarioTitle: string;
  nodeId: string;
  /** ISO 8601. */
  playedAt: string;
  customerLine: string;
  replyText: string;
  scoredBy: 'authored' | 'scorer';
  scores: Scores;
  /** The evidence behind this dimension's score in a sentence (or the author's feedback on a listed reply). */
  evidenceSummary: string;
  /** How often the trainee answered this turn, and their average on the dimension there. */
  repliesHere: number;
  averageHere: number;
}

export interface WeakSkill {
  dimension: Dimension;
  average: number | null;
  flagged: boolean;
  /** Up to three turns, each at a different point of a scenario, weakest first. */
  turns: WeakTurn[];
}

export interface SkillsByKind<K extends string> {
  kind: K;
  attempts: number;
  finishedAttempts: number;
  averages: Scores | null;
}

export interface CoachingNote {
  id: string;
  traineeName: string;
  text: string;
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
}

export interface TraineeReport {
  summary: TeamOverviewRow & { firstActive: string };
  /** The team's averages under the same filter, to compare against. */
  teamAverages: Scores | null;
  byChannel: SkillsByKind<Channel>[];
  byIndustry: SkillsByKind<Industry>[];
  /** All three dimensions, weakest average first. */
  weakestSkills: WeakSkill[];
  /** Newest first. */
  coachingNotes: CoachingNote[];
  thresholds: ReviewThresholds;
}

export interface ReviewAttemptPage {
  attempts: AttemptSummary[];
  offset: number;
  total: number;
}

export interface ScenarioTurnReport {
  nodeId: string;
  /** The customer's first line at this turn, from the library (null when the scenario is gone). */
  customerLine: string | null;
  /** Replies recorded at this turn (0 for a turn nobody has reached yet). */
  visits: number;
  averages: Scores | null;
  choices: Array<{ choiceId: string; text: string | null; picks: number }>;
  freeTextReplies: number;
  /** Replies after which the conversation went straight to a customer-lost ending. */
  lostAfter: number;
}

export interface ScenarioReport {
  scenarioId: string;
  scenarioTitle: string;
  inLibrary: boolean;
  attempts: number;
  finishedAttempts: number;
  outcomes: Array<{ outcome: Outcome; count: number }>;
  /** Unfinished attempts: still open, or left before an ending. */
  unfinished: { inProgress: number; abandoned: number };
  /** Every customer turn in the scenario's node order, then any turns no longer in it. */
  turns: ScenarioTurnReport[];
  /** Finished attempts per 10-point band of their average (0–9 … 90–100), per dimension. */
  histogram: Record<Dimension, number[]>;
}

export interface ExportChunk {
  /** Suggested file name, the same for every chunk of one export. */
  fileName: string;
  mediaType: string;
  text: string;
  /** Attempts in this chunk. */
  attempts: number;
  /** Attempts in the whole export; given with the first chunk only (null afterwards). */
  totalAttempts: number | null;
  /** Pass back as `after` for the next chunk; null when this was the last one. */
  next: { startedAt: string; id: string } | null;
}

export interface TransferImportReport {
  imported: number;
  duplicates: number;
  /** Lines that could not be imported, each with its line number and what to do. */
  problems: Array<{ line: number; attemptId?: string; message: string }>;
}

export interface PrintedReport {
  fileName: string;
  contentBase64: string;
}

export interface ReviewApiResults {
  getReviewSettings: ReviewSettings;
  setReviewThresholds: ReviewSettings;
  getTeamOverview: TeamOverview;
  getScoreTrend: ScoreTrend;
  getScoreDistribution: ScoreDistribution;
  getTraineeReport: TraineeReport;
  listReviewAttempts: ReviewAttemptPage;
  saveCoachingNote: CoachingNote;
  getScenarioReport: ScenarioReport;
  exportCsv: ExportChunk;
  exportTransfer: ExportChunk;
  importTransfer: TransferImportReport;
  printReportToPdf: PrintedReport;
}
