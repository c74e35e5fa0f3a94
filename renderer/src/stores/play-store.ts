import type { Api, ApiArgs, AttemptDetail } from '@api';
import type { Reply } from '../../../engine/play/types';
import { createResettableStore } from './resettable-store';
import { settle } from './settle';

interface PlayState {
  /** The conversation being played, as the service last reported it. */
  attempt: AttemptDetail | null;
  /** True while an attempt is being started or a reply recorded and scored. */
  busy: boolean;
  /** The reply being recorded, shown in the conversation until the service answers. */
  pendingReply: string | null;
  error: string | null;
  /** Starts (or retries) an attempt; resolves to it, or null when the service refused. */
  start: (api: Api, args: ApiArgs['startAttempt']) => Promise<AttemptDetail | null>;
  /** Picks up an attempt that is still in progress (from My progress or the library banner). */
  resume: (attempt: AttemptDetail) => void;
  /** Sends the trainee's reply to the current turn; resolves true when it was recorded. */
  reply: (api: Api, reply: Reply, shownText: string) => Promise<boolean>;
  /** Ends the conversation early; the attempt is kept as abandoned. */
  abandon: (api: Api) => Promise<boolean>;
  clearError: () => void;
  reset: () => void;
}

const initial = { attempt: null, busy: false, pendingReply: null, error: null };

export const usePlayStore = createResettableStore<PlayState>((set, get) => ({
  ...initial,
  start: async (api, args) => {
    set({ busy: true, error: null, pendingReply: null });
    const started = await settle(api.startAttempt(args));
    set(started.ok ? { attempt: started.answer, busy: false } : { busy: false, error: started.error });
    return started.ok ? started.answer : null;
  },
  resume: (attempt) => set({ ...initial, attempt }),
  reply: async (api, reply, shownText) => {
    const attempt = get().attempt;
    if (!attempt || get().busy) return false;
    set({ busy: true, error: null, pendingReply: shownText });
    const recorded = await settle(api.recordTurn({ attemptId: attempt.id, nodeId: attempt.state.nodeId, reply }));
    set(
      recorded.ok
        ? { attempt: recorded.answer, busy: false, pendingReply: null }
        : { busy: false, pendingReply: null, error: `Your reply was not sent: ${recorded.error}` },
    );
    return recorded.ok;
  },
  abandon: async (api) => {
    const attempt = get().attempt;
    if (!attempt) return false;
    const abandoned = await settle(api.abandonAttempt({ attemptId: attempt.id }));
    set(abandoned.ok ? initial : { error: abandoned.error });
    return abandoned.ok;
  },
  clearError: () => set({ error: null }),
  reset: () => set(initial),
}));

/** An attempt the trainee left mid-conversation and can go back to. */
export function selectUnfinishedAttempt(s: { attempt: AttemptDetail | null }): AttemptDetail | null {
  return s.attempt && !s.attempt.state.outcome && s.attempt.status === 'in-progress' ? s.attempt : null;
}
