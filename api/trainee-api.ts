/**
 * The trainee's part of the Api: the scenario library, the trainee's profile, and attempts played
 * turn by turn. Part of the one Api declaration composed in index.ts.
 */
import { z } from 'zod';
import type { PlayedTurn, PlayState } from '../engine/play/types';
import type { Outcome, Scores } from '../engine/scenario/format';
import type { LibraryEntry } from '../engine/scenario/library';

export const entityId = z.string().min(1).max(200);
export const traineeNameField = z.string().trim().min(1, 'enter a name').max(80, 'use at most 80 characters');

export const ReplySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('choice'), choiceId: entityId }),
  // Long pastes are allowed (they are scored) but bounded so one request cannot exhaust memory.
  z.strictObject({ kind: z.literal('text'), text: z.string().max(100_000, 'a reply is limited to 100,000 characters') }),
]);

/** Argument validators, one per Api method. */
export const traineeApiArgs = {
  /** The scenario library: every file in the scenarios folder, valid or with its problems. */
  getLibrary: z.strictObject({}),
  /** The trainee's remembered profile (their name), asked once on first launch. */
  getProfile: z.strictObject({}),
  setProfile: z.strictObject({ traineeName: traineeNameField }),
  /**
   * Starts an attempt at a scenario. With `retryOf`, the new attempt copies the turns before
   * `fromTurn` from that attempt and continues from there.
   */
  startAttempt: z.strictObject({
    scenarioId: entityId,
    traineeName: traineeNameField,
    retryOf: z.strictObject({ attemptId: entityId, fromTurn: z.number().int().min(0) }).optional(),
  }),
  /**
   * Records the trainee's reply to the attempt's current turn. The service re-scores the reply
   * itself (the renderer's scores are never trusted) and stores the turn before answering.
   */
  recordTurn: z.strictObject({ attemptId: entityId, nodeId: entityId, reply: ReplySchema }),
  /** Marks an unfinished attempt as abandoned (the trainee left the conversation). */
  abandonAttempt: z.strictObject({ attemptId: entityId }),
  /** Attempts, newest first, optionally only one trainee's. */
  listAttempts: z.strictObject({ traineeName: traineeNameField.optional() }),
  /** One attempt with its full transcript. */
  getAttempt: z.strictObject({ attemptId: entityId }),
} as const;

export interface LibraryView {
  /** The folder the scenarios were read from, shown to trainers. */
  folder: string;
  entries: LibraryEntry[];
}

export interface Profile {
  traineeName: string | null;
}

export type AttemptStatus = 'in-progress' | 'finished' | 'abandoned';

export interface AttemptSummary {
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  traineeName: string;
  /** ISO 8601 timestamps. */
  startedAt: string;
  finishedAt: string | null;
  status: AttemptStatus;
  outcome: Outcome | null;
  turnCount: number;
  /** Averages over the turns so far; null before the first turn. */
  scores: Scores | null;
  scorerVersion: string;
}

export interface AttemptDetail extends AttemptSummary {
  /** Each played turn, with the order its choices were shown in (`shownChoiceIds`). */
  turns: PlayedTurn[];
  /**
   * Where the conversation stands, ready to continue or show as ended. Its `choiceSeed`, drawn when
   * the attempt started, fixes the order of every turn's choices: show them with the engine's
   * `shownChoices(turn, state.choiceSeed)` so a resumed attempt looks as it did.
   */
  state: PlayState;
}

export interface TraineeApiResults {
  getLibrary: LibraryView;
  getProfile: Profile;
  setProfile: Profile;
  startAttempt: AttemptDetail;
  recordTurn: AttemptDetail;
  abandonAttempt: AttemptSummary;
  listAttempts: AttemptSummary[];
  getAttempt: AttemptDetail;
}
