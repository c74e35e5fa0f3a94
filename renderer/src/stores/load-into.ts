/**
 * The load sequence every store that reads from the Api follows: show it loading, call, then show
 * the answer or the people-worded error. Each load takes a ticket kept in the store's state; an
 * answer whose ticket is no longer the latest (a newer load began, or the store was reset) is out
 * of date and dropped, so a slow first request never overwrites a quicker second one.
 */
import { settle } from './settle';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** The fields of a store that loads. */
export interface Loadable {
  status: LoadStatus;
  /** Why the last load failed, worded for people. */
  error: string | null;
  /** The ticket of the latest load: answers to any other are out of date. 0: none under way. */
  latestLoad: number;
}

/** A store's fields before its first load. */
export const NOT_LOADED = { status: 'idle' as LoadStatus, error: null, latestLoad: 0 };

interface StoreAccess<S> {
  getState: () => S;
  setState: (changes: Partial<S>) => void;
}

let lastTicket = 0;

/** Starts a load: a fresh ticket, recorded as the store's latest. */
export function beginLoad<S extends { latestLoad: number }>(store: StoreAccess<S>, changes: Partial<S> = {}): number {
  const ticket = ++lastTicket;
  store.setState({ ...changes, latestLoad: ticket } as Partial<S>);
  return ticket;
}

/** Whether an answer to the load with `ticket` may still be shown. */
export function isLatestLoad(store: { getState: () => { latestLoad: number } }, ticket: number): boolean {
  return store.getState().latestLoad === ticket;
}

export interface LoadRequest<S, T> {
  call: () => Promise<T>;
  /** What else changes as the load starts (the query it is for). */
  starting?: Partial<S>;
  /** The store's fields for the answer (status becomes 'ready'). */
  ready: (answer: T) => Partial<S>;
  /** The store's fields for a failure; by default status 'failed' with the message as error. */
  failed?: (message: string) => Partial<S>;
}

/** Runs one load into the store; resolves true when its answer was shown. */
export async function loadInto<S extends Loadable, T>(store: StoreAccess<S>, request: LoadRequest<S, T>): Promise<boolean> {
  const ticket = beginLoad(store, { ...request.starting, status: 'loading', error: null } as Partial<S>);
  const result = await settle(request.call);
  if (!isLatestLoad(store, ticket)) return false;
  if (result.ok) {
    store.setState({ ...request.ready(result.answer), status: 'ready' } as Partial<S>);
    return true;
  }
  store.setState({ status: 'failed', error: result.error, ...request.failed?.(result.error) } as Partial<S>);
  return false;
}
