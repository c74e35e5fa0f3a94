import type { Api, CoachingNote, ReviewAttemptPage, ReviewFilter, ScoreTrend, TraineeReport } from '@api';
import { isLatestLoad, loadInto, NOT_LOADED, type Loadable } from './load-into';
import { createResettableStore } from './resettable-store';
import { localTimeZone } from './review-charts-store';
import { settle } from './settle';

export const ATTEMPTS_PAGE_SIZE = 20;

interface ReviewTraineeState extends Loadable {
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
}

const initial = {
  ...NOT_LOADED,
  traineeName: null,
  filter: {},
  report: null,
  history: null,
  attempts: null,
  attemptsLoading: false,
};

export const useReviewTraineeStore = createResettableStore<ReviewTraineeState>((set, get, store) => ({
  ...initial,
  load: async (api, traineeName, filter) => {
    await loadInto(store, {
      starting: { traineeName, filter },
      call: () =>
        Promise.all([
          api.getTraineeReport({ traineeName, filter }),
          api.getScoreTrend({ traineeName, filter, bucket: 'month', timeZone: localTimeZone() }),
          api.listReviewAttempts({ traineeName, filter, offset: 0, limit: ATTEMPTS_PAGE_SIZE }),
        ]),
      ready: ([report, history, attempts]) => ({ report, history, attempts }),
    });
  },
  /** A page of the list belongs to the trainee and filter of the latest load; otherwise it is dropped. */
  showAttempts: async (api, offset) => {
    const { traineeName, filter, latestLoad } = get();
    if (!traineeName) return;
    set({ attemptsLoading: true });
    const page = await settle(api.listReviewAttempts({ traineeName, filter, offset, limit: ATTEMPTS_PAGE_SIZE }));
    const stillWanted = isLatestLoad(store, latestLoad);
    set({
      attemptsLoading: false,
      ...(stillWanted && (page.ok ? { attempts: page.answer } : { error: page.error })),
    });
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
}));
