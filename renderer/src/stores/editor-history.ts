/**
 * Undo and redo as a list of immutable snapshots. Every edit makes a new scenario value (sharing
 * the parts it did not touch), so a snapshot costs little and going back is just picking an older
 * one. Keystrokes in one field within a second merge into one step, so undo takes back a word or a
 * sentence rather than a letter.
 */

export interface EditHistory<T> {
  /** Older snapshots, oldest first. */
  past: readonly T[];
  present: T;
  /** Snapshots undone, the next one to redo last. */
  future: readonly T[];
  /** What the last edit changed and when, to merge a run of keystrokes in the same field. */
  lastKey: string | null;
  lastAt: number;
}

/** Enough steps for a long session; older ones are dropped so memory stays bounded. */
export const HISTORY_LIMIT = 200;
/** Edits of the same field closer together than this become one undo step. */
export const MERGE_WINDOW_MS = 1000;

export interface EditOptions {
  /** Names the field being typed into; edits with the same key in quick succession merge. */
  key?: string;
  /** The time of the edit in milliseconds (passed in so the history stays pure and testable). */
  now: number;
  limit?: number;
}

/** A history whose only state is `present`, as right after opening a file. */
export function startHistory<T>(present: T): EditHistory<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 };
}

/** Records `next` as the new present. An edit that changes nothing records nothing. */
export function recordEdit<T>(history: EditHistory<T>, next: T, options: EditOptions): EditHistory<T> {
  if (next === history.present) return history;
  const merges = options.key !== undefined && options.key === history.lastKey && options.now - history.lastAt < MERGE_WINDOW_MS;
  if (merges) return { ...history, present: next, future: [], lastAt: options.now };
  const limit = options.limit ?? HISTORY_LIMIT;
  const past = [...history.past, history.present];
  return {
    past: past.length > limit ? past.slice(past.length - limit) : past,
    present: next,
    future: [],
    lastKey: options.key ?? null,
    lastAt: options.now,
  };
}

/** Steps back one snapshot; with nothing to undo, the history is returned unchanged. */
export function undoEdit<T>(history: EditHistory<T>): EditHistory<T> {
  const previous = history.past[history.past.length - 1];
  if (history.past.length === 0) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous as T,
    future: [...history.future, history.present],
    lastKey: null,
    lastAt: 0,
  };
}

/** Reapplies the most recently undone snapshot; with nothing to redo, the history is unchanged. */
export function redoEdit<T>(history: EditHistory<T>): EditHistory<T> {
  if (history.future.length === 0) return history;
  const next = history.future[history.future.length - 1] as T;
  return {
    past: [...history.past, history.present],
    present: next,
    future: history.future.slice(0, -1),
    lastKey: null,
    lastAt: 0,
  };
}
