import { create } from 'zustand';
import type { Api, AttemptDetail, AttemptSummary } from '@api';
import { describeError } from '../api/api-call-error';

interface UnfinishedAttemptsState {
  /** The trainee's attempts still in progress in the database, newest first. */
  attempts: AttemptSummary[];
  /** The attempt being fetched or discarded now. */
  busyId: string | null;
  error: string | null;
  load: (api: Api, traineeName: string) => Promise<void>;
  /** The attempt with its transcript, ready to play on; null when it could not be fetched. */
  fetchForResume: (api: Api, attemptId: string) => Promise<AttemptDetail | null>;
  /** Marks the attempt abandoned (it stays in My progress) and stops offering it. */
  discard: (api: Api, attemptId: string) => Promise<void>;
  reset: () => void;
}

const initial = { attempts: [], busyId: null, error: null };

/**
 * Conversations left unfinished in the database: by closing the window, by a crash or a power cut.
 * The library offers each to be resumed where it stopped, or discarded.
 */
export const useUnfinishedAttemptsStore = create<UnfinishedAttemptsState>()((set) => ({
  ...initial,
  load: async (api, traineeName) => {
    try {
      const attempts = await api.listAttempts({ traineeName });
      set({ attempts: attempts.filter((a) => a.status === 'in-progress'), error: null });
    } catch (error) {
      set({ error: `Unfinished conversations could not be listed: ${describeError(error)}` });
    }
  },
  fetchForResume: async (api, attemptId) => {
    set({ busyId: attemptId, error: null });
    try {
      const attempt = await api.getAttempt({ attemptId });
      set({ busyId: null });
      return attempt;
    } catch (error) {
      set({ busyId: null, error: `The conversation could not be opened: ${describeError(error)}` });
      return null;
    }
  },
  discard: async (api, attemptId) => {
    set({ busyId: attemptId, error: null });
    try {
      await api.abandonAttempt({ attemptId });
      set((s) => ({ busyId: null, attempts: s.attempts.filter((a) => a.id !== attemptId) }));
    } catch (error) {
      set({ busyId: null, error: `The conversation could not be discarded: ${describeError(error)}` });
    }
  },
  reset: () => set(initial),
}));
