import { create } from 'zustand';
import type { Api, ReviewFilter, ReviewThresholds, TeamOverview, TeamOverviewRow, TeamSortKey } from '@api';
import { describeError } from '../api/api-call-error';
import type { LoadStatus } from './library-store';

/** Rows fetched per request: a little more than a screen, so scrolling rarely waits. */
export const TEAM_PAGE_SIZE = 100;

export interface TeamQuery {
  filter: ReviewFilter;
  search: string;
  flaggedOnly: boolean;
  sort: TeamSortKey;
  direction: 'asc' | 'desc';
}

interface ReviewTeamState {
  status: LoadStatus;
  error: string | null;
  /** The query the rows belong to, as a key: answers to an older query are dropped. */
  key: string;
  query: TeamQuery | null;
  total: number;
  team: TeamOverview['team'] | null;
  thresholds: ReviewThresholds | null;
  trendWindows: TeamOverview['trendWindows'] | null;
  /** Rows by position in the sorted list; pages arrive as the table scrolls. */
  rows: Record<number, TeamOverviewRow>;
  pagesLoading: number[];
  /** Loads the first page of a new query (or the same one again). */
  load: (api: Api, query: TeamQuery) => Promise<void>;
  /** Fetches the pages holding rows `first`…`last` that are not loaded yet. */
  ensureRows: (api: Api, first: number, last: number) => Promise<void>;
  saveThresholds: (api: Api, thresholds: ReviewThresholds) => Promise<void>;
  reset: () => void;
}

const initial = {
  status: 'idle' as LoadStatus,
  error: null,
  key: '',
  query: null,
  total: 0,
  team: null,
  thresholds: null,
  trendWindows: null,
  rows: {},
  pagesLoading: [],
};

async function fetchPage(api: Api, query: TeamQuery, page: number): Promise<TeamOverview> {
  return api.getTeamOverview({ ...query, offset: page * TEAM_PAGE_SIZE, limit: TEAM_PAGE_SIZE });
}

function withPage(rows: Record<number, TeamOverviewRow>, overview: TeamOverview): Record<number, TeamOverviewRow> {
  const next = { ...rows };
  overview.rows.forEach((row, i) => (next[overview.offset + i] = row));
  return next;
}

/** The team dashboard's table: one query at a time, fetched a page at a time. */
export const useReviewTeamStore = create<ReviewTeamState>()((set, get) => ({
  ...initial,
  load: async (api, query) => {
    const key = JSON.stringify(query);
    set({ status: 'loading', error: null, key, query, pagesLoading: [0] });
    try {
      const overview = await fetchPage(api, query, 0);
      if (get().key !== key) return;
      set({
        status: 'ready',
        rows: withPage({}, overview),
        total: overview.total,
        team: overview.team,
        thresholds: overview.thresholds,
        trendWindows: overview.trendWindows,
        pagesLoading: [],
      });
    } catch (error) {
      if (get().key === key) set({ status: 'failed', error: describeError(error), pagesLoading: [] });
    }
  },
  ensureRows: async (api, first, last) => {
    const { query, key, rows, pagesLoading, total } = get();
    if (!query) return;
    const wanted: number[] = [];
    for (let page = Math.floor(first / TEAM_PAGE_SIZE); page <= Math.floor(last / TEAM_PAGE_SIZE); page++) {
      const start = page * TEAM_PAGE_SIZE;
      if (start < total && rows[start] === undefined && !pagesLoading.includes(page)) wanted.push(page);
    }
    if (wanted.length === 0) return;
    set((s) => ({ pagesLoading: [...s.pagesLoading, ...wanted] }));
    await Promise.all(
      wanted.map(async (page) => {
        try {
          const overview = await fetchPage(api, query, page);
          if (get().key !== key) return;
          set((s) => ({ rows: withPage(s.rows, overview), total: overview.total }));
        } catch (error) {
          if (get().key === key) set({ error: describeError(error) });
        } finally {
          set((s) => ({ pagesLoading: s.pagesLoading.filter((p) => p !== page) }));
        }
      }),
    );
  },
  saveThresholds: async (api, thresholds) => {
    await api.setReviewThresholds({ thresholds });
    const query = get().query;
    if (query) await get().load(api, query);
  },
  reset: () => set(initial),
}));
