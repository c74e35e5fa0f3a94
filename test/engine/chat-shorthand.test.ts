import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../engine/scoring/chat-shorthand';
import { correctMisspellings } from '../../engine/scoring/misspellings';

describe('expandShorthand', () => {
  it.each([
    ['sry, ill sort it tmrw', "sorry, i'll sort it tomorrow"],
    ['im on it, u will hear b4 5', "i'm on it, you will hear before 5"],
    ["u'll get it, dont worry", "you'll get it, don't worry"],
    ['you must feel ill', 'you must feel ill'],
  ])('%s', (typed, read) => {
    expect(expandShorthand(typed)).toBe(read);
  });

  // The tables are looked up with a reply's own words: none may reach an object's built-in properties.
  it.each(['constructor', 'hasownproperty', 'valueof', 'tostring', '__proto__'])('leaves "%s" alone', (word) => {
    const text = `the ${word} will call you`;
    expect(expandShorthand(text)).toBe(text);
    expect(correctMisspellings(text, new Set(['call']))).toBe(text);
  });
});

describe('expandShorthand after an expanded "u\'ll"', () => {
  // The checks that look around a word read the text as already expanded, not the shorter original.
  it('still reads "ill" after "so" as the adjective', () => {
    expect(expandShorthand("u'll be fine, he was so ill")).toBe("you'll be fine, he was so ill");
  });
});
