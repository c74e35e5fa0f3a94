import type { Api, ReviewFilter, ReviewThresholds, TeamOverview, TeamOverviewRow, TeamSortKey } from '@api';
import { isLatestLoad, loadInto, NOT_LOADED, type Loadable } from './load-into';
import { createResettableStore } from './resettable-store';
import { settle } from './settle';

/** Rows fetched per request: a little more than a screen, so scrolling rarely waits. */
export const TEAM_PAGE_SIZE = 100;

export interface TeamQuery {
  filter: ReviewFilter;
  search: string;
  flaggedOnly: boolean;
  sort: TeamSortKey;
  direction: 'asc' | 'desc';
}

/** Pages of rows belong to the query of the latest load: pages of an older query are dropped. */
interface ReviewTeamState extends Loadable {
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
}

const initial = {
  ...NOT_LOADED,
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
export const useReviewTeamStore = createResettableStore<ReviewTeamState>((set, get, store) => ({
  ...initial,
  load: async (api, query) => {
    await loadInto(store, {
      starting: { query, pagesLoading: [0] },
      call: () => fetchPage(api, query, 0),
      ready: (overview) => ({
        rows: withPage({}, overview),
        total: overview.total,
        team: overview.team,
        thresholds: overview.thresholds,
        trendWindows: overview.trendWindows,
        pagesLoading: [],
      }),
      failed: () => ({ pagesLoading: [] }),
    });
  },
  ensureRows: async (api, first, last) => {
    const { query, latestLoad, rows, pagesLoading, total } = get();
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
        const fetched = await settle(fetchPage(api, query, page));
        const stillWanted = isLatestLoad(store, latestLoad);
        set((s) => ({
          pagesLoading: s.pagesLoading.filter((p) => p !== page),
          ...(stillWanted && fetched.ok && { rows: withPage(s.rows, fetched.answer), total: fetched.answer.total }),
          ...(stillWanted && !fetched.ok && { error: fetched.error }),
        }));
      }),
    );
  },
  saveThresholds: async (api, thresholds) => {
    await api.setReviewThresholds({ thresholds });
    const query = get().query;
    if (query) await get().load(api, query);
  },
}));
