import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { britishSpelling, izeToIse, toBritishSpelling } from '../../engine/scoring/spelling-variants';

const PAIRS: Array<[us: string, gb: string]> = [
  ['apologize', 'apologise'],
  ['apologized', 'apologised'],
  ['apologizing', 'apologising'],
  ['color', 'colour'],
  ['colors', 'colours'],
  ['canceled', 'cancelled'],
  ['canceling', 'cancelling'],
  ['center', 'centre'],
  ['realize', 'realise'],
  ['realized', 'realised'],
  ['organization', 'organisation'],
  ['organizational', 'organisational'],
  ['program', 'programme'],
  ['analyze', 'analyse'],
  ['analyzing', 'analysing'],
  ['fulfill', 'fulfil'],
  ['fulfillment', 'fulfilment'],
  ['favor', 'favour'],
  ['favorite', 'favourite'],
  ['honor', 'honour'],
  ['behavior', 'behaviour'],
  ['license', 'licence'],
  ['defense', 'defence'],
  ['traveled', 'travelled'],
  ['jewelry', 'jewellery'],
  ['gray', 'grey'],
  ['catalog', 'catalogue'],
  ['neighbor', 'neighbour'],
  ['prioritize', 'prioritise'],
  ['customized', 'customised'],
  ['recognizing', 'recognising'],
  ['practicing', 'practising'],
];

describe('britishSpelling', () => {
  it.each(PAIRS)('spells US "%s" the British way, "%s"', (us, gb) => {
    expect(britishSpelling(us)).toBe(gb);
  });

  it.each(PAIRS)('leaves the British "%s" pair member "%s" as it is', (_us, gb) => {
    expect(britishSpelling(gb)).toBe(gb);
  });

  it.each([
    ['check', 'verifying is "check" in British English too'],
    ['checked', 'same for the past tense'],
    ['draft', 'a draft email is not a draught'],
    ['meter', 'a gas meter stays a meter'],
    ['tire', 'to tire is not a tyre'],
    ['practice', 'the noun is "practice" in both'],
    ['licensed', 'the British verb is "license"'],
    ['install', 'British also writes "install"'],
    ['connection', '"connexion" is archaic'],
    ['filter', 'a filter is not a philtre'],
    ['disk', 'a hard disk stays a disk'],
    ['size', 'the z of "size" is no -ize suffix'],
    ['seized', 'nor is the z of "seize"'],
    ['prize', 'nor that of "prize"'],
    ['downsized', 'nor that of "downsize"'],
    ['citizen', '"-izen" is no suffix'],
    ['story', 'a story is not a storey'],
    ['refund', 'words spelled alike are untouched'],
  ])('leaves "%s" alone: %s', (word) => {
    expect(britishSpelling(word)).toBe(word);
  });
});

describe('izeToIse', () => {
  it('applies the -ize/-yze rule to words no table lists', () => {
    expect(izeToIse('incentivized')).toBe('incentivised');
    expect(izeToIse('paralyze')).toBe('paralyse');
  });
});

describe('toBritishSpelling', () => {
  it('makes a US reply read the same as the British one', () => {
    const us = 'i apologize that your order was canceled; i realize how frustrating it is. the color center will call.';
    const gb = 'i apologise that your order was cancelled; i realise how frustrating it is. the colour centre will call.';
    expect(toBritishSpelling(us)).toBe(gb);
    expect(toBritishSpelling(gb)).toBe(gb);
  });

  it('keeps punctuation, digits, apostrophes and spacing between the words', () => {
    expect(toBritishSpelling("we've  canceled #4471 (the 2nd) — favor's")).toBe("we've  cancelled #4471 (the 2nd) — favour's");
  });

  it('keeps "program" after a software word but not elsewhere', () => {
    expect(toBritishSpelling('the computer program crashed')).toBe('the computer program crashed');
    expect(toBritishSpelling('your loyalty program points')).toBe('your loyalty programme points');
  });

  it('leaves a bank "check" and the verb "check" alike', () => {
    expect(toBritishSpelling("i'll check whether the check cleared")).toBe("i'll check whether the check cleared");
  });
});

describe('toBritishSpelling on any text', () => {
  it('changes only letters, never what lies between the words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('color', 'canceled', 'size', 'the', ' ', ', ', '4', "'", '-', 'program', 'é'), {
          maxLength: 12,
        }),
        (parts) => {
          const text = parts.join('');
          const skeleton = (s: string) => s.replace(/[a-z]+/g, 'w');
          expect(skeleton(toBritishSpelling(text))).toBe(skeleton(text));
          expect(toBritishSpelling(toBritishSpelling(text))).toBe(toBritishSpelling(text));
        },
      ),
    );
  });
});
