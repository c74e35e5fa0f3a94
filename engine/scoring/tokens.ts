import { stemmer } from 'stemmer';

/** A word of a reply with where it stands, so evidence can quote the reply's own words. */
export interface Token {
  /** Lower-case word with apostrophes normalised ("i'll"). */
  word: string;
  /** Porter stem, or a concept id such as "@timeframe" for words that mean the same thing. */
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lower-cases and straightens quotes so cues match however the reply was typed. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"');
}

const stemCache = new Map<string, string>();
function stemOf(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer(word.replace(/'.*$/, ''));
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

/** Splits text into words with offsets and stems. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lower = normalise(text);
  for (const m of lower.matchAll(WORD)) {
    tokens.push({ word: m[0], stem: stemOf(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/**
 * The tokens of `tokens` (from tokenize of a whole text) that start within [start, end): a span of
 * the text read without tokenising it again.
 */
export function tokensIn(tokens: readonly Token[], start: number, end: number): Token[] {
  return tokens.filter((t) => t.start >= start && t.start < end);
}

/** Sentence spans split at . ! ? followed by a space (so "49.99" stays whole) and at line breaks. */
export function sentences(text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  const re = /(?:[^.!?\n]|[.!?](?=\S))+[.!?]*/g;
  for (const m of text.matchAll(re)) {
    if (m[0].trim().length > 0) out.push({ start: m.index, end: m.index + m[0].length, text: m[0].trim() });
  }
  return out;
}

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  "don't",
  "won't",
  "can't",
  "isn't",
  "wasn't",
  "didn't",
  "shouldn't",
  "wouldn't",
  'cannot',
  "aren't",
  "haven't",
  'nothing',
  'without',
]);

/**
 * True when one of the `window` words before `offset` negates what follows ("I'm not sorry"),
 * looking no further back than `clauseStart` so "No. I'm sorry" is not read as negated.
 */
export function negatedAt(tokens: readonly Token[], offset: number, window = 3, clauseStart = 0): boolean {
  let i = tokens.findIndex((t) => t.start >= offset);
  if (i < 0) i = tokens.length;
  for (let j = Math.max(0, i - window); j < i; j++) {
    if (tokens[j]!.start < clauseStart) continue;
    const w = tokens[j]!.word;
    if (NEGATORS.has(w) || w.endsWith("n't")) return true;
  }
  return false;
}

/** Offset where the clause containing `offset` starts: after the last , ; : . ! ? or line break. */
export function clauseStartBefore(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) if (',;:.!?\n'.includes(text[i]!)) return i + 1;
  return 0;
}

/** Common English words; a reply with almost none of them is probably not English. */
export const COMMON_ENGLISH = new Set(
  (
    'a about after again all also am an and any are as at be because been before being but by can could did do does ' +
    'for from get got had has have he her here him his how i if in into is it its just know let like me more my ' +
    'no not now of on one or our out please right see she so some sorry thank thanks that the their them then there ' +
    'they this to today up us very was we well were what when where which who will with would yes you your ' +
    "i'm i'll i've you're we'll it's that's don't can't won't"
  ).split(' '),
);
