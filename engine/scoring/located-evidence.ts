import type { Evidence } from './types';

/** A piece of evidence with where in the (lower-cased) reply its words start, for sentence-level rules. */
export interface LocatedEvidence {
  evidence: Evidence;
  /** Offset in the reply; -1 for evidence about the reply as a whole. */
  at: number;
}

/** Spans of the reply's sentences and clauses, split where a trainer would hear a pause. */
export function spans(lower: string, boundary: RegExp): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const m of lower.matchAll(boundary)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < lower.length) out.push({ start, end: lower.length });
  return out.filter((s) => lower.slice(s.start, s.end).trim() !== '');
}

export const SENTENCE_BREAK = /[.!?\n]+(?=\s|$)|…/g;
export const CLAUSE_BREAK = /[.!?\n;]+(?=\s|$)|…|,\s|\s[—–-]\s/g;

/** Index of the span containing `at`, or -1. */
export function spanOf(list: ReadonlyArray<{ start: number; end: number }>, at: number): number {
  return list.findIndex((s) => at >= s.start && at < s.end);
}
