import type { Api } from '@api';
import type { Channel, Difficulty, Industry } from '../../../engine/scenario/format';
import type { LibraryEntry } from '../../../engine/scenario/library';
import { loadInto, NOT_LOADED, type Loadable } from './load-into';
import { createResettableStore } from './resettable-store';

/** "all" means the filter is off. */
export interface LibraryFilters {
  industry: Industry | 'all';
  channel: Channel | 'all';
  difficulty: Difficulty | 'all';
}

interface LibraryState extends Loadable {
  folder: string;
  entries: LibraryEntry[];
  search: string;
  filters: LibraryFilters;
  load: (api: Api) => Promise<void>;
  setSearch: (text: string) => void;
  setFilter: <K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]) => void;
  clearFilters: () => void;
}

const NO_FILTERS: LibraryFilters = { industry: 'all', channel: 'all', difficulty: 'all' };

const initial = { ...NOT_LOADED, folder: '', entries: [], search: '', filters: NO_FILTERS };

export const useLibraryStore = createResettableStore<LibraryState>((set, _get, store) => ({
  ...initial,
  load: async (api) => {
    await loadInto(store, {
      call: () => api.getLibrary({}),
      ready: (view) => ({ folder: view.folder, entries: view.entries }),
    });
  },
  setSearch: (search) => set({ search }),
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  clearFilters: () => set({ search: '', filters: NO_FILTERS }),
}));
