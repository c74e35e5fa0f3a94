import type { Token } from './tokens';

const PERSONAL =
  /^(i|i'm|i've|i'll|i'd|me|my|we|we're|we've|we'll|we'd|us|you|you're|you've|you'll|you'd|your|yours|u|ur|ive|ill|im|please|let's)$/;

/** Verbs a sentence opens with when it tells the customer what to do ("Send the form…"). */
const IMPERATIVE =
  /^(send|submit|call|ring|visit|email|go|check|pop|bring|fill|log|open|tap|click|select|choose|use|enter|reply|text|keep|get|take|contact|drop|upload|post|forward|turn|switch|pay|make|come|wait|ask|book|just|head|leave|hold|put|try|see|look|read|don't|do)$/;

/** A rule is stated with a verb ("are processed", "may vary", "is due"); a terse note ("Refund of $299 approved, 5-10 days") has none. */
const STATES =
  /^(is|are|was|were|will|won't|may|might|can|cannot|can't|must|should|be|been|has|have|had|does|do|isn't|aren't|it's|there's|that's)$/;

/** Short fragments ("Refund issued.", "Part due Wed.") are terse answers, not policy. */
const MIN_WORDS = 7;

/**
 * A sentence with no "I", "we" or "you" and no instruction, long enough to be more than a terse
 * fragment: usually a policy stated at large ("refunds are processed within 5-7 working days"),
 * which trainers read as neither helping nor respecting this particular customer.
 */
export function isImpersonal(words: readonly Token[]): boolean {
  return (
    words.length >= MIN_WORDS &&
    words.some((t) => STATES.test(t.word)) &&
    !words.some((t, i) => PERSONAL.test(t.word) || (i === 0 && IMPERATIVE.test(t.word)))
  );
}

/** The share of a reply's sentences that are impersonal. */
export function impersonalShare(read: ReadonlyArray<{ impersonal: boolean }>): number {
  return read.length === 0 ? 0 : read.filter((s) => s.impersonal).length / read.length;
}
