/**
 * Stores that know how to go back to a fresh start. Each store made here registers its own first
 * state as it is created, so `resetStores` (each test, a sign-out) needs no hand-kept list of
 * stores and no method name per store: a new store is reset the day it is written.
 */
import { create, type StateCreator, type StoreApi, type UseBoundStore } from 'zustand';

const backToFirstState = new Set<() => void>();

/** A zustand store, like `create<T>()(initializer)`, that `resetStores` returns to its first state. */
export function createResettableStore<T>(initializer: StateCreator<T, [], []>): UseBoundStore<StoreApi<T>> {
  const store = create<T>()(initializer);
  const first = store.getInitialState();
  backToFirstState.add(() => store.setState(first, true));
  return store;
}

/** Every store made by createResettableStore back to its first state; answers still on their way are dropped (see load-into.ts). */
export function resetStores(): void {
  for (const reset of backToFirstState) reset();
}
