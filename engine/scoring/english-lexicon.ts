import { ENGLISH_WORDS_BY_FREQUENCY } from './english-words.generated';

/**
 * English words by how often they are spoken (most frequent first), unpacked once from the
 * generated table on first use so importing the engine costs nothing until a reply is scored.
 */
let byFrequency: readonly string[] | undefined;
let all: ReadonlySet<string> | undefined;

/** English words, most frequent first (~31,000 lower-case words of letters only). */
export function englishWordsByFrequency(): readonly string[] {
  byFrequency ??= ENGLISH_WORDS_BY_FREQUENCY.split(' ');
  return byFrequency;
}

/** Every word of the English list, for "is this a real word?" questions. */
export function englishWords(): ReadonlySet<string> {
  all ??= new Set(englishWordsByFrequency());
  return all;
}
