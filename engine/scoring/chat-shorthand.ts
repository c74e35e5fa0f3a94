import { APOSTROPHE_LESS_CONTRACTIONS } from './contractions';

/**
 * Chat shorthand spelled out, so "sry, ill sort it tmrw" is read like "sorry, i'll sort it tomorrow".
 * Only forms that are unambiguous in a service reply are expanded.
 */
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ...Object.entries({
    u: 'you',
    ur: 'your',
    yr: 'your',
    r: 'are',
    sry: 'sorry',
    soz: 'sorry',
    pls: 'please',
    plz: 'please',
    thx: 'thanks',
    ty: 'thank you',
    tmrw: 'tomorrow',
    tmr: 'tomorrow',
    tmw: 'tomorrow',
    shld: 'should',
    wd: 'would',
    cd: 'could',
    lmk: 'let me know',
    b4: 'before',
    abt: 'about',
    bc: 'because',
    cuz: 'because',
    coz: 'because',
    msg: 'message',
    asap: 'as soon as possible',
    ill: "i'll",
    lemme: 'let me',
    gonna: 'going to',
    wanna: 'want to',
    gotta: 'have to',
    ok: 'okay',
    k: 'okay',
    nvm: 'never mind',
    btw: 'by the way',
    fyi: 'for your information',
    ppl: 'people',
    pic: 'picture',
  }),
  ...APOSTROPHE_LESS_CONTRACTIONS,
]);

/**
 * A whole word (a run of letters and digits) that is a shorthand form. Matching the forms directly,
 * rather than every word and then looking each up, leaves the commonest reply (one with no
 * shorthand at all) untouched after one scan.
 */
const SHORTHAND_WORD = new RegExp(`(?<![a-z0-9])(?:${[...SHORTHAND.keys()].join('|')})(?![a-z0-9])`, 'g');

/** Expands chat shorthand in lower-cased text, word by word. */
export function expandShorthand(lower: string): string {
  const text = lower.replace(/\bu'(ll|re|ve|d)\b/g, "you'$1");
  return text.replace(SHORTHAND_WORD, (word, offset: number) => {
    // "ill" after "feel"/"is"/"was" is the adjective, not "I'll".
    if (
      word === 'ill' &&
      /\b(?:feel|feels|feeling|is|was|been|very|so|fell|falls)\s+$/.test(text.slice(Math.max(0, offset - 12), offset))
    )
      return word;
    // A lone "r" or "u" inside an apostrophe form ("you'r") is left as it is.
    if (text[offset - 1] === "'") return word;
    return SHORTHAND.get(word)!;
  });
}
