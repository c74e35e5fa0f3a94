/**
 * An Api call's answer, or the reason it failed worded for people, as a value: the one place the
 * stores turn a rejected call into the message a screen shows (describeError), so no store writes
 * its own try/catch around a call.
 */
import { describeError } from '../api/api-call-error';

export type Settled<T> = { ok: true; answer: T } | { ok: false; error: string; cause: unknown };

/** Waits for `call` and says how it ended; never rejects. */
export async function settle<T>(call: Promise<T> | (() => Promise<T>)): Promise<Settled<T>> {
  try {
    return { ok: true, answer: await (typeof call === 'function' ? call() : call) };
  } catch (cause) {
    return { ok: false, error: describeError(cause), cause };
  }
}
