import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correctMisspellings, correctWord, editDistance, misspellingIndex } from '../../engine/scoring/misspellings';

// The words a scorer's cues use, as it would pass them.
const CUE_WORDS = new Set([
  'sorry',
  'really',
  'apologise',
  'apologies',
  'understand',
  'frustrating',
  'receive',
  'received',
  'definitely',
  'appreciate',
  'refund',
  'inconvenience',
  'unfortunately',
  'immediately',
  'account',
  'tomorrow',
  'sort',
  'from',
  'until',
  'patience',
]);

describe('correctMisspellings', () => {
  it.each([
    ['realy', 'really'],
    ['sory', 'sorry'],
    ['sorrry', 'sorry'],
    ['recieve', 'receive'],
    ['recieved', 'received'],
    ['definately', 'definitely'],
    ['definatly', 'definitely'],
    ['appologise', 'apologise'],
    ['apologse', 'apologise'],
    ['understnad', 'understand'],
    ['frustating', 'frustrating'],
    ['apreciate', 'appreciate'],
    ['refnd', 'refund'],
    ['inconvienence', 'inconvenience'],
    ['unfortunatly', 'unfortunately'],
    ['acount', 'account'],
    ['tommorow', 'tomorrow'],
    ['untill', 'until'],
    ['patince', 'patience'],
  ])('mends "%s" to "%s"', (typo, word) => {
    expect(correctMisspellings(typo, CUE_WORDS)).toBe(word);
  });

  it.each([
    ['im', "i'm"],
    ['ive', "i've"],
    ['dont', "don't"],
    ['cant', "can't"],
    ['wont', "won't"],
    ['didnt', "didn't"],
    ['youre', "you're"],
    ['thats', "that's"],
  ])('spells out the contraction "%s" as "%s"', (bare, contraction) => {
    expect(correctMisspellings(bare, CUE_WORDS)).toBe(contraction);
  });

  it.each([
    ['its', 'a real word ("its box")'],
    ['were', 'a real word'],
    ['well', 'a real word'],
    ['id', 'a real word ("your ID")'],
    ['ill', 'a real word ("I was ill")'],
    ['sort', 'a vocabulary word itself'],
    ['form', 'a real word, though one swap from "from"'],
    ['refunds', 'a real word, though one letter from "refund"'],
    ['story', 'a real word, though near "sorry"'],
    ['sorted', 'a real word'],
    ['really', 'already right'],
    ['apologize', 'a real (US) word: spelling-variants maps it'],
    ['count', 'a real word, one letter from "account"'],
    ['recent', 'a real word'],
    ['refunded', 'an inflection of "refund" the word list lacks'],
    ['refunding', 'an inflection of "refund" the word list lacks'],
    ['apologised', 'a British spelling of a real word'],
    ['realised', 'a British spelling of a real word'],
    ['ngozi', 'a name near no vocabulary word'],
    ['sry', 'under four letters'],
    ['frm', 'under four letters'],
  ])('leaves "%s" alone: %s', (word) => {
    expect(correctMisspellings(word, CUE_WORDS)).toBe(word);
  });

  it('mends a whole reply, keeping every other character in place', () => {
    const reply = 'hi ngozi, im so sory — i completely understand, its realy frustating! refund #4471 (49.99) tomorow.';
    expect(correctMisspellings(reply, CUE_WORDS)).toBe(
      "hi ngozi, i'm so sorry — i completely understand, its really frustrating! refund #4471 (49.99) tomorrow.",
    );
  });

  it('leaves a typo alone when two vocabulary words are equally near', () => {
    const vocabulary = new Set(['care', 'cart']);
    expect(correctMisspellings('carx', vocabulary)).toBe('carx');
  });

  it('uses two edits only for words of eight letters or more', () => {
    expect(correctMisspellings('rfnnd', CUE_WORDS)).toBe('rfnnd');
    expect(correctMisspellings('definatelly', CUE_WORDS)).toBe('definitely');
  });

  it('produces only words of the given vocabulary', () => {
    expect(correctMisspellings('acount', new Set(['sorry']))).toBe('acount');
  });
});

describe('misspellingIndex', () => {
  it('is built once per vocabulary Set and reused', () => {
    const vocabulary = new Set(['sorry', 'refund']);
    expect(misspellingIndex(vocabulary)).toBe(misspellingIndex(vocabulary));
    expect(misspellingIndex(new Set(['sorry', 'refund']))).not.toBe(misspellingIndex(vocabulary));
  });

  it('answers word by word with correctWord', () => {
    const index = misspellingIndex(CUE_WORDS);
    expect(correctWord('realy', index)).toBe('really');
    expect(correctWord('really', index)).toBe('really');
  });
});

describe('editDistance', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('recieve', 'receive', 2)).toBe(1);
    expect(editDistance('form', 'from', 2)).toBe(1);
  });

  it('counts insertions, deletions and substitutions, stopping past the limit', () => {
    expect(editDistance('sory', 'sorry', 2)).toBe(1);
    expect(editDistance('definately', 'definitely', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});

describe('correctMisspellings on any text', () => {
  it('keeps every character between the words and settles after one pass', () => {
    const pieces = ['realy', 'sory', 'form', 'im', 'refund', 'recieve', ' ', '. ', '—', '7', 'its', 'ngozi', 'é'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const once = correctMisspellings(text, CUE_WORDS);
        const skeleton = (s: string) => s.replace(/[a-z]+(?:'[a-z]+)*/g, 'w');
        expect(skeleton(once)).toBe(skeleton(text));
        expect(correctMisspellings(once, CUE_WORDS)).toBe(once);
      }),
    );
  });
});
