import type { Api } from '@api';
import { loadInto, NOT_LOADED, type Loadable } from './load-into';
import { createResettableStore } from './resettable-store';
import { settle } from './settle';

interface ProfileState extends Loadable {
  /** Null until the trainee has told us their name (first launch). */
  traineeName: string | null;
  saving: boolean;
  load: (api: Api) => Promise<void>;
  /** Remembers the name; resolves true when it was saved. */
  save: (api: Api, traineeName: string) => Promise<boolean>;
  /** Who was training before "Switch trainee", so a mistaken switch can go back; null otherwise. */
  previousName: string | null;
  /** Asks who is training again (a shared computer). Nothing saved is touched: attempts stay under each name. */
  forget: () => void;
  /** Undoes `forget`: the previous trainee carries on. */
  comeBack: () => void;
}

const initial = { ...NOT_LOADED, traineeName: null, previousName: null, saving: false };

export const useProfileStore = createResettableStore<ProfileState>((set, _get, store) => ({
  ...initial,
  load: async (api) => {
    await loadInto(store, {
      call: () => api.getProfile({}),
      ready: (profile) => ({ traineeName: profile.traineeName }),
    });
  },
  save: async (api, traineeName) => {
    set({ saving: true, error: null });
    const saved = await settle(api.setProfile({ traineeName }));
    if (!saved.ok) {
      set({ saving: false, error: saved.error });
      return false;
    }
    set({ saving: false, status: 'ready', traineeName: saved.answer.traineeName, previousName: null });
    return true;
  },
  forget: () => set((s) => ({ traineeName: null, previousName: s.traineeName ?? s.previousName, error: null })),
  comeBack: () => set((s) => (s.previousName ? { traineeName: s.previousName, previousName: null, error: null } : {})),
}));
