/**
 * Shared setup for the review service tests: real services on a fresh PGlite database in a temp
 * folder, a hand-set clock, and quick ways to play the fixture scenario "late-parcel" (chat,
 * e-commerce) and the bundled "double-charged-broadband" (phone, telecom) to known endings.
 *
 * late-parcel's authored paths, with their averages:
 *   resolved       reassure → give-date → nothing-needed   respect 87, helpfulness 80, empathy 78
 *   lost at greet  deflect                                 respect 30, helpfulness 10, empathy 10
 *   lost at track  reassure → no-idea                      respect 65, helpfulness 40, empathy 55
 */
import { ApiError } from '@api';
import type { Api, AttemptDetail } from '@api';
import { createRapportServices, type RapportServices } from '../../electron/services/rapport-services';
import { makeScenariosFolder, makeTempFolder, removeFolder } from './temp-folders';
import { testClock } from './test-clock';

export const PATHS = {
  resolved: ['reassure', 'give-date', 'nothing-needed'],
  lostAtGreet: ['deflect'],
  lostAtTrack: ['reassure', 'no-idea'],
} as const;

export interface ReviewWorld {
  api: Api;
  services: RapportServices;
  clock: ReturnType<typeof testClock>;
  root: string;
  scenariosDir: string;
  /** Plays late-parcel with authored choices from `at`, a minute per turn. */
  playParcel(traineeName: string, choices: readonly string[], at: string): Promise<AttemptDetail>;
  /** Plays any scenario with a mix of choice ids and typed replies ("text:…"), a minute per turn. */
  play(traineeName: string, scenarioId: string, replies: readonly string[], at: string): Promise<AttemptDetail>;
  close(): Promise<void>;
}

export async function openReviewWorld(startIso = '2025-03-01T09:00:00.000Z'): Promise<ReviewWorld> {
  const root = await makeTempFolder();
  const scenariosDir = await makeScenariosFolder(root);
  const clock = testClock(startIso);
  const services = await createRapportServices({ dataDir: root, scenariosDir, now: clock.now });
  const api = services.api;

  async function play(traineeName: string, scenarioId: string, replies: readonly string[], at: string) {
    clock.set(at);
    let attempt = await api.startAttempt({ scenarioId, traineeName });
    for (const reply of replies) {
      clock.advanceMinutes(1);
      attempt = await api.recordTurn({
        attemptId: attempt.id,
        nodeId: attempt.state.nodeId,
        reply: reply.startsWith('text:') ? { kind: 'text', text: reply.slice(5) } : { kind: 'choice', choiceId: reply },
      });
    }
    return attempt;
  }

  return {
    api,
    services,
    clock,
    root,
    scenariosDir,
    play,
    playParcel: (traineeName, choices, at) => play(traineeName, 'late-parcel', choices, at),
    async close() {
      await services.close();
      await removeFolder(root);
    },
  };
}

/** The ApiError a call rejects with; fails the test if it resolves or rejects with anything else. */
export async function apiErrorOf(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}
