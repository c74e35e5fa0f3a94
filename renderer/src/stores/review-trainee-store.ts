import { create } from 'zustand';
import type { Api, CoachingNote, ReviewAttemptPage, ReviewFilter, ScoreTrend, TraineeReport } from '@api';
import { describeError } from '../api/api-call-error';
import type { LoadStatus } from './library-store';
import { localTimeZone } from './review-charts-store';

export const ATTEMPTS_PAGE_SIZE = 20;

interface ReviewTraineeState {
  status: LoadStatus;
  error: string | null;
  key: string;
  traineeName: string | null;
  filter: ReviewFilter;
  report: TraineeReport | null;
  history: ScoreTrend | null;
  attempts: ReviewAttemptPage | null;
  attemptsLoading: boolean;
  /** The report, score history and first page of attempts of one trainee under the filter. */
  load: (api: Api, traineeName: string, filter: ReviewFilter) => Promise<void>;
  showAttempts: (api: Api, offset: number) => Promise<void>;
  /** Writes or edits a note; the list is updated in place (newest first) without reloading the report. */
  saveNote: (api: Api, text: string, noteId?: string) => Promise<CoachingNote>;
  reset: () => void;
}

const initial = {
  status: 'idle' as LoadStatus,
  error: null,
  key: '',
  traineeName: null,
  filter: {},
  report: null,
  history: null,
  attempts: null,
  attemptsLoading: false,
};

export const useReviewTraineeStore = create<ReviewTraineeState>()((set, get) => ({
  ...initial,
  load: async (api, traineeName, filter) => {
    const key = JSON.stringify([traineeName, filter]);
    set({ status: 'loading', error: null, key, traineeName, filter });
    try {
      const [report, history, attempts] = await Promise.all([
        api.getTraineeReport({ traineeName, filter }),
        api.getScoreTrend({ traineeName, filter, bucket: 'month', timeZone: localTimeZone() }),
        api.listReviewAttempts({ traineeName, filter, offset: 0, limit: ATTEMPTS_PAGE_SIZE }),
      ]);
      if (get().key === key) set({ status: 'ready', report, history, attempts });
    } catch (error) {
      if (get().key === key) set({ status: 'failed', error: describeError(error) });
    }
  },
  showAttempts: async (api, offset) => {
    const { traineeName, filter, key } = get();
    if (!traineeName) return;
    set({ attemptsLoading: true });
    try {
      const attempts = await api.listReviewAttempts({ traineeName, filter, offset, limit: ATTEMPTS_PAGE_SIZE });
      if (get().key === key) set({ attempts });
    } catch (error) {
      if (get().key === key) set({ error: describeError(error) });
    } finally {
      set({ attemptsLoading: false });
    }
  },
  saveNote: async (api, text, noteId) => {
    const traineeName = get().traineeName!;
    const note = await api.saveCoachingNote({ traineeName, text, ...(noteId && { noteId }) });
    set((s) => {
      if (!s.report) return {};
      const others = s.report.coachingNotes.filter((n) => n.id !== note.id);
      const coachingNotes = [...others, note].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
      return { report: { ...s.report, coachingNotes } };
    });
    return note;
  },
  reset: () => set(initial),
}));
