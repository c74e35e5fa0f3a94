import { create } from 'zustand';
import type { Api } from '../../../electron/api';
import { describeError } from '../api/api-call-error';
import type { LoadStatus } from './library-store';

interface ProfileState {
  status: LoadStatus;
  /** Null until the trainee has told us their name (first launch). */
  traineeName: string | null;
  saving: boolean;
  error: string | null;
  load: (api: Api) => Promise<void>;
  /** Remembers the name; resolves true when it was saved. */
  save: (api: Api, traineeName: string) => Promise<boolean>;
  reset: () => void;
}

const initial = { status: 'idle' as LoadStatus, traineeName: null, saving: false, error: null };

export const useProfileStore = create<ProfileState>()((set) => ({
  ...initial,
  load: async (api) => {
    set({ status: 'loading', error: null });
    try {
      const profile = await api.getProfile({});
      set({ status: 'ready', traineeName: profile.traineeName });
    } catch (error) {
      set({ status: 'failed', error: describeError(error) });
    }
  },
  save: async (api, traineeName) => {
    set({ saving: true, error: null });
    try {
      const profile = await api.setProfile({ traineeName });
      set({ saving: false, status: 'ready', traineeName: profile.traineeName });
      return true;
    } catch (error) {
      set({ saving: false, error: describeError(error) });
      return false;
    }
  },
  reset: () => set(initial),
}));
