import { APOSTROPHE_LESS_CONTRACTIONS } from './contractions';
import { englishWords } from './english-lexicon';

/**
 * Mends small misspellings of the words a scorer looks for, so "im realy sory" is read as
 * "i'm really sorry". Only words of the given vocabulary are ever produced, and a typed word that
 * is itself a real English word ("sort", "form", "refunds") is never changed.
 *
 * Lookup is SymSpell-style: every vocabulary word's deletions (up to two letters) are indexed
 * once per vocabulary, so a typed word needs only its own deletions looked up, then the few
 * candidates checked with the true Damerau–Levenshtein (optimal string alignment) distance.
 */

/** Words shorter than this are never corrected: too many real words lie one letter apart. */
const MIN_LENGTH = 4;
/** Typed words this long may be two edits from the vocabulary word ("definatly" → "definitely"). */
const TWO_EDITS_FROM = 8;

/** A vocabulary prepared for lookup: built once per vocabulary by {@link misspellingIndex}. */
export interface MisspellingIndex {
  readonly vocabulary: ReadonlySet<string>;
  /** A deletion variant (up to two letters deleted) → the vocabulary words that produce it. */
  readonly deletions: ReadonlyMap<string, readonly string[]>;
  /** A word with doubled letters made single ("sorry" → "sory") → its vocabulary word, or null when two share it. */
  readonly undoubled: ReadonlyMap<string, string | null>;
  /** Words already looked up → their correction: replies repeat their slips, and live scoring re-reads a reply. */
  readonly corrections: Map<string, string>;
}

/** Lookups remembered per vocabulary before the memory is cleared. */
const MAX_REMEMBERED = 20_000;

/** Pushes onto `into` every variant of `word` missing one letter, and with `depth` 2 also two letters. */
function pushDeletions(word: string, depth: number, into: string[]): void {
  for (let i = 0; i < word.length; i++) {
    if (i > 0 && word.charCodeAt(i) === word.charCodeAt(i - 1)) continue; // either letter of a double gives the same word
    const shorter = word.slice(0, i) + word.slice(i + 1);
    into.push(shorter);
    if (depth > 1) pushDeletions(shorter, depth - 1, into);
  }
}

/** The word with each run of a repeated letter made single: typos drop or add a double letter. */
function undouble(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}

const indexes = new WeakMap<ReadonlySet<string>, MisspellingIndex>();

/**
 * The lookup index of a vocabulary, built on first use and cached by the Set's identity, so a
 * scorer that passes the same Set for every reply pays for the index once.
 */
export function misspellingIndex(vocabulary: ReadonlySet<string>): MisspellingIndex {
  let index = indexes.get(vocabulary);
  if (!index) {
    const deletions = new Map<string, string[]>();
    const undoubled = new Map<string, string | null>();
    const add = (variant: string, word: string) => {
      const words = deletions.get(variant);
      if (!words) deletions.set(variant, [word]);
      else if (!words.includes(word)) words.push(word);
    };
    for (const word of vocabulary) {
      if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) continue;
      const variants = [word];
      pushDeletions(word, 2, variants);
      for (const variant of variants) add(variant, word);
      const single = undouble(word);
      undoubled.set(single, undoubled.has(single) && undoubled.get(single) !== word ? null : word);
    }
    index = { vocabulary, deletions, undoubled, corrections: new Map() };
    indexes.set(vocabulary, index);
  }
  return index;
}

// Three rows of the distance table, reused by every call (words are short; longer ones get new rows).
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal-string-alignment distance (Damerau–Levenshtein with adjacent swaps), stopping past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length >= rows[0]!.length) rows = rows.map(() => new Int32Array(b.length + 1));
  let [prevPrev, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, prevPrev[j - 2]! + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[b.length]!;
}

/** The one vocabulary word nearest to `word`, or undefined when none is near or two tie. */
function nearest(word: string, index: MisspellingIndex): string | undefined {
  const max = word.length >= TWO_EDITS_FROM ? 2 : 1;
  const variants = [word];
  pushDeletions(word, max, variants);
  const seen = new Set<string>();
  let best: string | undefined;
  let bestDistance = max + 1;
  let tied = false;
  for (const variant of variants) {
    const candidates = index.deletions.get(variant);
    if (candidates === undefined) continue;
    for (const candidate of candidates) {
      if (seen.has(candidate)) continue;
      seen.add(candidate);
      const d = editDistance(word, candidate, max);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
        tied = false;
      } else if (d === bestDistance && d <= max) tied = true;
    }
  }
  return bestDistance <= max && !tied ? best : undefined;
}

const INFLECTION = /^(?:s|es|ed|d|ing|er|ers|ly|ment|ments|able)$/;

/** True when `word` is `base` with an inflectional ending: "refunded" of "refund", "apologised" of "apologise". */
function isInflection(word: string, base: string): boolean {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  return word.startsWith(stem) && INFLECTION.test(word.slice(stem.length));
}

/** The corrected form of one lower-case word, or the word itself. */
export function correctWord(word: string, index: MisspellingIndex): string {
  // Every answer is remembered, the unchanged ones too: one lookup for a word seen before.
  let corrected = index.corrections.get(word);
  if (corrected !== undefined) return corrected;
  corrected = APOSTROPHE_LESS_CONTRACTIONS.get(word);
  if (corrected === undefined) {
    if (word.length < MIN_LENGTH || index.vocabulary.has(word) || englishWords().has(word)) corrected = word;
    else {
      // A dropped or doubled letter ("realy", "appologise") is the commonest slip: it wins a tie.
      corrected = index.undoubled.get(undouble(word)) ?? nearest(word, index) ?? word;
      // "refunded" is no misspelling of "refund", even where the word list lacks it.
      if (corrected !== word && isInflection(word, corrected)) corrected = word;
    }
  }
  if (index.corrections.size >= MAX_REMEMBERED) index.corrections.clear();
  index.corrections.set(word, corrected);
  return corrected;
}

/**
 * Mends misspellings of vocabulary words in a lower-case reply ("im realy sory, i recieved it" →
 * "i'm really sorry, i received it") and spells out apostrophe-less contractions, leaving every
 * other character as it was. A word is changed only when it is not a real English word, not an
 * inflection of the vocabulary word ("refunded"), and exactly one vocabulary word lies within one
 * edit (two for words of 8+ letters); words under 4 letters other than contractions are left alone. Lengths can change, so offsets do not carry over.
 */
export function correctMisspellings(lowerText: string, vocabulary: ReadonlySet<string>): string {
  const index = misspellingIndex(vocabulary);
  return lowerText.replace(/[a-z]+(?:'[a-z]+)*/g, (word) => correctWord(word, index));
}
