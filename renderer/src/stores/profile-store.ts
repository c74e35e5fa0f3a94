import { create } from 'zustand';
import type { Api } from '@api';
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
  /** Who was training before "Switch trainee", so a mistaken switch can go back; null otherwise. */
  previousName: string | null;
  /** Asks who is training again (a shared computer). Nothing saved is touched: attempts stay under each name. */
  forget: () => void;
  /** Undoes `forget`: the previous trainee carries on. */
  comeBack: () => void;
  reset: () => void;
}

const initial = { status: 'idle' as LoadStatus, traineeName: null, previousName: null, saving: false, error: null };

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
      set({ saving: false, status: 'ready', traineeName: profile.traineeName, previousName: null });
      return true;
    } catch (error) {
      set({ saving: false, error: describeError(error) });
      return false;
    }
  },
  forget: () => set((s) => ({ traineeName: null, previousName: s.traineeName ?? s.previousName, error: null })),
  comeBack: () => set((s) => (s.previousName ? { traineeName: s.previousName, previousName: null, error: null } : {})),
  reset: () => set(initial),
}));
