import { create } from 'zustand';

/** The screens a trainee can be on. Play needs no id: the attempt lives in the play store. */
export type Route = { name: 'library' } | { name: 'play' } | { name: 'scorecard'; attemptId: string } | { name: 'progress' };

interface RouteState {
  route: Route;
  /** Where "back" leads, most recent last. */
  stack: Route[];
  /** Goes to a screen; `replace` swaps the current one (a finished conversation becomes its scorecard). */
  navigate: (to: Route, options?: { replace?: boolean }) => void;
  /** Returns to the previous screen, or the library when there is none. */
  back: () => void;
  reset: () => void;
}

const LIBRARY: Route = { name: 'library' };

export const useRouteStore = create<RouteState>()((set) => ({
  route: LIBRARY,
  stack: [],
  navigate: (to, options) => set((s) => (options?.replace ? { route: to } : { route: to, stack: [...s.stack, s.route] })),
  back: () =>
    set((s) => {
      const previous = s.stack[s.stack.length - 1];
      return previous ? { route: previous, stack: s.stack.slice(0, -1) } : { route: LIBRARY, stack: [] };
    }),
  reset: () => set({ route: LIBRARY, stack: [] }),
}));
