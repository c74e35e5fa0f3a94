import type { z } from 'zod';
import { ApiError, apiArgs, type Api, type ApiArgs, type ApiMethod, type AttemptDetail } from '@api';
import { averageScores, PlayError, resumeAt, startPlay, takeTurn } from '../../engine/play/player';
import type { Scenario } from '../../engine/scenario/format';
import { validateLibrary, type LibraryEntry } from '../../engine/scenario/library';
import { createMemoryAuthoring } from './memory-authoring';
import { createMemoryReview } from './memory-review';
import { createMemorySystem, type MemorySystemOptions } from './memory-system';
import type { ScenarioFile } from './scenario-files';

export interface MemoryApiOptions {
  files: ScenarioFile[];
  /** The remembered trainee; null (default) is a first launch. */
  traineeName?: string | null;
  /** The database's health and backups; open, with one backup, when absent. */
  system?: MemorySystemOptions;
  /**
   * Draws each attempt's choice order seed, as the attempt service does. Absent, attempts show
   * choices as authored, so a test can pick a choice by its number in the file.
   */
  drawChoiceSeed?: () => number;
}

/** The in-memory Api plus a peek at what it holds, for assertions. */
export type MemoryApi = Api & { readonly entries: LibraryEntry[]; readonly systemCalls: string[] };

/**
 * The Api in memory, backed by the real engine: scenarios validated by validateLibrary, turns
 * played and scored by startPlay/takeTurn (the real scorer), retries through resumeAt. Arguments
 * are checked with the Api's own validators, as the real dispatcher does, so a renderer bug that
 * sends a bad argument fails here too. Results are cloned, as they would be after crossing IPC.
 */
export function createMemoryApi(options: MemoryApiOptions): MemoryApi {
  const entries = validateLibrary(options.files);
  const scenarios = new Map<string, Scenario>(entries.flatMap((e) => (e.scenario ? [[e.scenario.id, e.scenario] as const] : [])));
  const attempts = new Map<string, AttemptDetail>();
  const turnTimes = new Map<string, string[]>();
  let traineeName = options.traineeName ?? null;
  // A clock that moves an hour per attempt, so "newest first" is deterministic.
  let clock = Date.parse('2025-03-03T09:00:00Z');
  const now = () => new Date((clock += 60_000)).toISOString();
  const nextHour = () => new Date((clock += 3_600_000)).toISOString();
  // What a trainer publishes joins the library; scenarios keep their last valid version, as in the app.
  const authoring = createMemoryAuthoring({
    files: options.files,
    now,
    onPublished: (files) => {
      entries.splice(0, entries.length, ...validateLibrary(files));
      for (const entry of entries) if (entry.scenario) scenarios.set(entry.scenario.id, entry.scenario);
    },
  });

  const system = createMemorySystem(options.system);
  // The manager's reports over the same attempts; "now" is the clock as it stands.
  const review = createMemoryReview({ attempts, turnTimes, scenarios, now: () => new Date(clock), stamp: now });

  const scenarioOf = (id: string) => {
    const scenario = scenarios.get(id);
    if (!scenario) throw new ApiError('not-found', `there is no scenario "${id}" in the library`);
    return scenario;
  };
  const attemptOf = (id: string) => {
    const attempt = attempts.get(id);
    if (!attempt) throw new ApiError('not-found', `there is no attempt "${id}"`);
    return attempt;
  };
  const summarise = (a: AttemptDetail) => {
    const { turns: _turns, state: _state, ...summary } = a;
    return structuredClone(summary);
  };

  const methods = {
    getLibrary: async () => ({ folder: authoring.scenariosFolder(), entries: structuredClone(entries) }),
    getProfile: async () => ({ traineeName }),
    setProfile: async ({ traineeName: name }) => {
      traineeName = name;
      return { traineeName };
    },
    startAttempt: async ({ scenarioId, traineeName: name, retryOf }) => {
      const scenario = scenarioOf(scenarioId);
      let resume;
      if (retryOf) {
        const source = attemptOf(retryOf.attemptId);
        if (source.scenarioId !== scenarioId) throw new ApiError('invalid-argument', 'a retry must be of the same scenario');
        resume = resumeAt(source.turns, retryOf.fromTurn);
      }
      const state = startPlay(scenario, resume, options.drawChoiceSeed?.());
      const attempt: AttemptDetail = {
        id: `attempt-${attempts.size + 1}`,
        scenarioId,
        scenarioTitle: scenario.title,
        traineeName: name,
        startedAt: nextHour(),
        finishedAt: null,
        status: 'in-progress',
        outcome: null,
        turnCount: state.turns.length,
        scores: state.turns.length > 0 ? averageScores(state.turns) : null,
        scorerVersion: 'memory-api',
        turns: state.turns,
        state,
      };
      attempts.set(attempt.id, attempt);
      // Turns carried into a retry count as recorded when it starts.
      turnTimes.set(
        attempt.id,
        state.turns.map(() => attempt.startedAt),
      );
      return structuredClone(attempt);
    },
    recordTurn: async ({ attemptId, nodeId, reply }) => {
      const attempt = attemptOf(attemptId);
      if (attempt.status !== 'in-progress') throw new ApiError('conflict', `attempt "${attemptId}" is ${attempt.status}`);
      if (attempt.state.nodeId !== nodeId)
        throw new ApiError('conflict', `the conversation is at "${attempt.state.nodeId}", not "${nodeId}"`);
      const state = takeTurn(scenarioOf(attempt.scenarioId), attempt.state, reply);
      // The clock moves only when an attempt finishes, as it always has here, so other tests' times stay put.
      const recordedAt = state.outcome ? now() : new Date(clock).toISOString();
      turnTimes.set(attemptId, [...(turnTimes.get(attemptId) ?? []), recordedAt]);
      Object.assign(attempt, {
        state,
        turns: state.turns,
        turnCount: state.turns.length,
        scores: averageScores(state.turns),
        outcome: state.outcome ?? null,
        status: state.outcome ? 'finished' : 'in-progress',
        finishedAt: state.outcome ? recordedAt : null,
      });
      return structuredClone(attempt);
    },
    abandonAttempt: async ({ attemptId }) => {
      const attempt = attemptOf(attemptId);
      if (attempt.status === 'in-progress') Object.assign(attempt, { status: 'abandoned', finishedAt: now() });
      return summarise(attempt);
    },
    listAttempts: async ({ traineeName: name }) =>
      [...attempts.values()]
        .filter((a) => name === undefined || a.traineeName === name)
        .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
        .map(summarise),
    getAttempt: async ({ attemptId }) => structuredClone(attemptOf(attemptId)),
    ...authoring.methods,
    ...system.methods,
    ...review.methods,
  } satisfies { [K in ApiMethod]: (args: z.output<(typeof apiArgs)[K]>) => ReturnType<Api[K]> };

  const api = Object.fromEntries(
    (Object.keys(methods) as ApiMethod[]).map((method) => [
      method,
      async (args: ApiArgs[ApiMethod]) => {
        const parsed = apiArgs[method].safeParse(args ?? {});
        if (!parsed.success) throw new ApiError('invalid-argument', `${method}: ${parsed.error.message}`);
        system.refuseWhileUnavailable(method);
        try {
          return await (methods[method] as (a: unknown) => Promise<unknown>)(parsed.data);
        } catch (error) {
          if (error instanceof PlayError) throw new ApiError('invalid-argument', error.message);
          throw error;
        }
      },
    ]),
  ) as unknown as Api;
  return Object.assign(api, { entries, systemCalls: system.calls });
}
