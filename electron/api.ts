/**
 * The Api between the renderer and the services, declared once.
 *
 * Every method has a zod validator for its argument (checked on the receiving side: IPC in the
 * desktop shell, HTTP in the web shell) and a result type. The preload bridge, the IPC handlers,
 * the HTTP routes and the renderer's client are all derived from this file, so adding a method means
 * adding it here and in the services, nothing else.
 */
import { z } from 'zod';
import type { LibraryEntry } from '../engine/scenario/library';
import type { Outcome, Scores } from '../engine/scenario/format';
import type { PlayedTurn, PlayState } from '../engine/play/types';

const id = z.string().min(1).max(200);
const traineeName = z.string().trim().min(1, 'enter a name').max(80, 'use at most 80 characters');

export const ReplySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('choice'), choiceId: id }),
  // Long pastes are allowed (they are scored) but bounded so one request cannot exhaust memory.
  z.strictObject({ kind: z.literal('text'), text: z.string().max(100_000, 'a reply is limited to 100,000 characters') }),
]);

/** Argument validators, one per Api method. */
export const apiArgs = {
  /** The scenario library: every file in the scenarios folder, valid or with its problems. */
  getLibrary: z.strictObject({}),
  /** The trainee's remembered profile (their name), asked once on first launch. */
  getProfile: z.strictObject({}),
  setProfile: z.strictObject({ traineeName }),
  /**
   * Starts an attempt at a scenario. With `retryOf`, the new attempt copies the turns before
   * `fromTurn` from that attempt and continues from there.
   */
  startAttempt: z.strictObject({
    scenarioId: id,
    traineeName,
    retryOf: z.strictObject({ attemptId: id, fromTurn: z.number().int().min(0) }).optional(),
  }),
  /**
   * Records the trainee's reply to the attempt's current turn. The service re-scores the reply
   * itself (the renderer's scores are never trusted) and stores the turn before answering.
   */
  recordTurn: z.strictObject({ attemptId: id, nodeId: id, reply: ReplySchema }),
  /** Marks an unfinished attempt as abandoned (the trainee left the conversation). */
  abandonAttempt: z.strictObject({ attemptId: id }),
  /** Attempts, newest first, optionally only one trainee's. */
  listAttempts: z.strictObject({ traineeName: traineeName.optional() }),
  /** One attempt with its full transcript. */
  getAttempt: z.strictObject({ attemptId: id }),
} as const;

export type ApiMethod = keyof typeof apiArgs;
export type ApiArgs = { [K in ApiMethod]: z.input<(typeof apiArgs)[K]> };

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
  turns: PlayedTurn[];
  /** Where the conversation stands, ready to continue or show as ended. */
  state: PlayState;
}

export interface ApiResults {
  getLibrary: LibraryView;
  getProfile: Profile;
  setProfile: Profile;
  startAttempt: AttemptDetail;
  recordTurn: AttemptDetail;
  abandonAttempt: AttemptSummary;
  listAttempts: AttemptSummary[];
  getAttempt: AttemptDetail;
}

/** The Api as the renderer calls it and the services implement it. */
export type Api = { [K in ApiMethod]: (args: ApiArgs[K]) => Promise<ApiResults[K]> };

export type ApiErrorCode = 'invalid-argument' | 'not-found' | 'conflict' | 'unavailable' | 'internal';

/** How a failed call crosses the process boundary: a code the UI can act on and a readable message. */
export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
}

export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** An error a service raises on purpose; its code and message reach the user unchanged. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const API_METHODS = Object.keys(apiArgs) as ApiMethod[];
