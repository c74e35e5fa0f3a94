import { create } from 'zustand';
import type { Api } from '@api';
import type { Channel, Difficulty, Industry } from '../../../engine/scenario/format';
import type { LibraryEntry } from '../../../engine/scenario/library';
import { describeError } from '../api/api-call-error';

/** "all" means the filter is off. */
export interface LibraryFilters {
  industry: Industry | 'all';
  channel: Channel | 'all';
  difficulty: Difficulty | 'all';
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

interface LibraryState {
  status: LoadStatus;
  folder: string;
  entries: LibraryEntry[];
  error: string | null;
  search: string;
  filters: LibraryFilters;
  load: (api: Api) => Promise<void>;
  setSearch: (text: string) => void;
  setFilter: <K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]) => void;
  clearFilters: () => void;
  reset: () => void;
}

const NO_FILTERS: LibraryFilters = { industry: 'all', channel: 'all', difficulty: 'all' };

const initial = { status: 'idle' as LoadStatus, folder: '', entries: [], error: null, search: '', filters: NO_FILTERS };

export const useLibraryStore = create<LibraryState>()((set) => ({
  ...initial,
  load: async (api) => {
    set({ status: 'loading', error: null });
    try {
      const view = await api.getLibrary({});
      set({ status: 'ready', folder: view.folder, entries: view.entries });
    } catch (error) {
      set({ status: 'failed', error: describeError(error) });
    }
  },
  setSearch: (search) => set({ search }),
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  clearFilters: () => set({ search: '', filters: NO_FILTERS }),
  reset: () => set(initial),
}));
