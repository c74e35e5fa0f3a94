import type { Token } from './tokens';

/**
 * Numbers however they are written: "fifty pounds" is "£50", "fifteen thousand shillings" is
 * "KSh 15,000", "a hundred and fifty rand" is "R150". A reply that says the right amount in words
 * says the same fact as one that writes the digits, so both read as the same figure.
 */

/** Every number word up to ninety, for readers of figures as well. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  }),
);
const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1000],
  ['million', 1_000_000],
]);

const unitOf = (word: string) => NUMBER_WORDS.get(word);
const scaleOf = (word: string) => SCALES.get(word);

/** One number written over several tokens, or one token that is a number. */
export interface NumberRun {
  /** Index of the first and one past the last token of the run. */
  from: number;
  to: number;
  value: number;
}

/**
 * The numbers in a run of tokens: digits with thousands separators ("15,000") and number words
 * ("two thousand three hundred and sixty"). A lone "one" is left alone: "one of our team" and "no
 * one" are not figures. `text` is what the tokens' offsets point into.
 */
export function numberRuns(tokens: readonly Token[], text: string): NumberRun[] {
  const out: NumberRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const run = digitRun(tokens, text, i) ?? wordRun(tokens, text, i);
    if (run) {
      out.push(run);
      i = run.to;
    } else i++;
  }
  return out;
}

const gap = (tokens: readonly Token[], text: string, i: number) => text.slice(tokens[i - 1]!.end, tokens[i]!.start);

function digitRun(tokens: readonly Token[], text: string, from: number): NumberRun | null {
  if (!/^\d{1,3}$/.test(tokens[from]!.word)) return null;
  let digits = tokens[from]!.word;
  let to = from + 1;
  while (to < tokens.length && /^\d{3}$/.test(tokens[to]!.word) && gap(tokens, text, to) === ',') {
    digits += tokens[to]!.word;
    to++;
  }
  return to > from + 1 ? { from, to, value: Number(digits) } : null;
}

function wordRun(tokens: readonly Token[], text: string, from: number): NumberRun | null {
  let total = 0;
  let current = 0;
  let to = from;
  let words = 0;
  for (let i = from; i < tokens.length; i++) {
    const word = tokens[i]!.word;
    if (i > from && !/^[\s-]*$/.test(gap(tokens, text, i))) break;
    const unit = unitOf(word);
    const scale = scaleOf(word);
    const next = tokens[i + 1]?.word ?? '';
    if (unit !== undefined) current += unit;
    else if (scale !== undefined) {
      if (words === 0) break; // "hundred" alone is not a number
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if ((word === 'a' || word === 'an') && words === 0 && scaleOf(next) !== undefined) current = 1;
    else if (word === 'and' && words > 0 && (unitOf(next) ?? 0) > 0) continue;
    else break;
    words++;
    to = i + 1;
  }
  if (words === 0) return null;
  const value = total + current;
  if (words === 1 && value <= 1) return null;
  return { from, to, value };
}
