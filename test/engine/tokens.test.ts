import { describe, expect, it } from 'vitest';
import { negatedAt, sentences, tokenize } from '../../engine/scoring/tokens';

describe('sentences', () => {
  it('splits at sentence ends and line breaks but keeps amounts and times whole', () => {
    expect(sentences("I've refunded 49.99 today. It arrives by 10.30am!\nThanks").map((s) => s.text)).toEqual([
      "I've refunded 49.99 today.",
      'It arrives by 10.30am!',
      'Thanks',
    ]);
  });
});

describe('negatedAt', () => {
  it('sees a negation a few words back within the clause only', () => {
    const text = "I'm not sorry. No, I'm sorry";
    const tokens = tokenize(text);
    expect(negatedAt(tokens, text.indexOf('sorry'), 2)).toBe(true);
    const second = text.lastIndexOf('sorry');
    expect(negatedAt(tokens, second, 3, text.lastIndexOf(',') + 1)).toBe(false);
  });
});
