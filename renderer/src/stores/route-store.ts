import { createResettableStore } from './resettable-store';

/** The screens a trainee can be on. Play needs no id: the attempt lives in the play store. */
export type Route =
  | { name: 'library' }
  | { name: 'play' }
  | { name: 'scorecard'; attemptId: string }
  | { name: 'progress' }
  | { name: 'authoring' }
  // The scenario being edited lives in the editor store, as the attempt being played does in the play store.
  | { name: 'scenario-editor' }
  // The manager's review: the team, one trainee, one scenario, one attempt's transcript.
  | { name: 'team' }
  | { name: 'trainee-report'; traineeName: string }
  | { name: 'scenario-report'; scenarioId: string }
  | { name: 'review-attempt'; attemptId: string; turnIndex?: number }
  // Where the data is kept, what is kept, and the backups.
  | { name: 'data' };

/** Asked instead of leaving a screen that holds unsaved work: call `leave` to go after all, or nothing to stay. */
export type LeaveGuard = (leave: () => void) => void;

interface RouteState {
  route: Route;
  /** Where "back" leads, most recent last. */
  stack: Route[];
  /** Goes to a screen; `replace` swaps the current one (a finished conversation becomes its scorecard). */
  navigate: (to: Route, options?: { replace?: boolean }) => void;
  /** Returns to the previous screen, or the library when there is none. */
  back: () => void;
  /** Set by a screen with unsaved work (the scenario editor); navigate and back ask it first. */
  leaveGuard: LeaveGuard | null;
  setLeaveGuard: (guard: LeaveGuard | null) => void;
  reset: () => void;
}

const LIBRARY: Route = { name: 'library' };

export const useRouteStore = createResettableStore<RouteState>((set, get) => ({
  route: LIBRARY,
  stack: [],
  leaveGuard: null,
  navigate: (to, options) => {
    const guard = get().leaveGuard;
    if (guard) return guard(() => (set({ leaveGuard: null }), get().navigate(to, options)));
    set((s) => (options?.replace ? { route: to } : { route: to, stack: [...s.stack, s.route] }));
  },
  back: () => {
    const guard = get().leaveGuard;
    if (guard) return guard(() => (set({ leaveGuard: null }), get().back()));
    set((s) => {
      const previous = s.stack[s.stack.length - 1];
      return previous ? { route: previous, stack: s.stack.slice(0, -1) } : { route: LIBRARY, stack: [] };
    });
  },
  setLeaveGuard: (leaveGuard) => set({ leaveGuard }),
  reset: () => set({ route: LIBRARY, stack: [], leaveGuard: null }),
}));
