import type { Api, AttemptDetail, AttemptSummary } from '@api';
import { loadInto, NOT_LOADED, type Loadable } from './load-into';
import { createResettableStore } from './resettable-store';
import { settle } from './settle';

interface UnfinishedAttemptsState extends Loadable {
  /** The trainee's attempts still in progress in the database, newest first. */
  attempts: AttemptSummary[];
  /** The attempt being fetched or discarded now. */
  busyId: string | null;
  load: (api: Api, traineeName: string) => Promise<void>;
  /** The attempt with its transcript, ready to play on; null when it could not be fetched. */
  fetchForResume: (api: Api, attemptId: string) => Promise<AttemptDetail | null>;
  /** Marks the attempt abandoned (it stays in My progress) and stops offering it. */
  discard: (api: Api, attemptId: string) => Promise<void>;
  reset: () => void;
}

const initial = { ...NOT_LOADED, attempts: [], busyId: null };

/**
 * Conversations left unfinished in the database: by closing the window, by a crash or a power cut.
 * The library offers each to be resumed where it stopped, or discarded.
 */
export const useUnfinishedAttemptsStore = createResettableStore<UnfinishedAttemptsState>((set, _get, store) => ({
  ...initial,
  load: async (api, traineeName) => {
    await loadInto(store, {
      call: () => api.listAttempts({ traineeName }),
      ready: (attempts) => ({ attempts: attempts.filter((a) => a.status === 'in-progress') }),
      failed: (message) => ({ error: `Unfinished conversations could not be listed: ${message}` }),
    });
  },
  fetchForResume: async (api, attemptId) => {
    set({ busyId: attemptId, error: null });
    const fetched = await settle(api.getAttempt({ attemptId }));
    set(fetched.ok ? { busyId: null } : { busyId: null, error: `The conversation could not be opened: ${fetched.error}` });
    return fetched.ok ? fetched.answer : null;
  },
  discard: async (api, attemptId) => {
    set({ busyId: attemptId, error: null });
    const discarded = await settle(api.abandonAttempt({ attemptId }));
    set((s) =>
      discarded.ok
        ? { busyId: null, attempts: s.attempts.filter((a) => a.id !== attemptId) }
        : { busyId: null, error: `The conversation could not be discarded: ${discarded.error}` },
    );
  },
  reset: () => set(initial),
}));
