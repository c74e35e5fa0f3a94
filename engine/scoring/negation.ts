import type { Token } from './tokens';

/**
 * Negation scope in the manner of NegEx: a negator ("not", "won't", "unable to", "refuse to") negates
 * every word after it up to the end of its clause, not just the next word or two. "I'm not going to
 * refund the 49.99" negates "refund"; "and it won't be back by Friday" negates "back" and "Friday".
 */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'cannot',
  'nothing',
  'neither',
  'nor',
  'unable',
  'refuse',
  'refuses',
  'refused',
  'decline',
  'declined',
  'declines',
  'without',
]);

/** Words that end a negation's reach: a new clause starts after them. */
const SCOPE_ENDS = new Set([
  'but',
  'however',
  'although',
  'though',
  'so',
  'because',
  'and',
  'while',
  'whereas',
  'instead',
  'rather',
  'until',
  'till',
  'unless',
  'except',
]);

/** Negators that are set phrases meaning something positive ("no later than Friday", "don't worry"). */
const NOT_NEGATING =
  /^(?:no (?:later|more) than|not later than|not only|not just|no problem|no worries|not a problem|no trouble|don't worry|do not worry|don't hesitate|do not hesitate|no doubt|never mind|no matter)\b/;

const isNegator = (word: string) => NEGATORS.has(word) || word.endsWith("n't");

/** For each token of one sentence, whether a negation in its clause reaches it. */
export function negationScope(tokens: readonly Token[], text: string): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let negating = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const gap = i === 0 ? '' : text.slice(tokens[i - 1]!.end, token.start);
    if (/[,;:—–()!?.]/.test(gap) || SCOPE_ENDS.has(token.word)) negating = false;
    if (isNegator(token.word)) {
      if (!NOT_NEGATING.test(text.slice(token.start, token.start + 24))) negating = true;
      continue;
    }
    out[i] = negating;
  }
  return out;
}

const NEGATOR_WORD = /\b(?:not|no|never|cannot|nothing|neither|nor|unable|refuses?|refused|declines?|declined|without|\w+n't)\b/g;
const SCOPE_END_WORD =
  /\b(?:but|however|although|though|so|because|and|while|whereas|instead|rather|until|till|unless|except)\b|[,;:—–()]/;

/** True when a negation earlier in the clause reaches `offset` of the lower-cased text. */
export function inNegatedClause(lower: string, offset: number): boolean {
  let start = offset;
  while (start > 0 && !'.!?\n'.includes(lower[start - 1]!)) start--;
  const before = lower.slice(start, offset);
  let last = -1;
  for (const m of before.matchAll(NEGATOR_WORD))
    if (!NOT_NEGATING.test(before.slice(m.index, m.index + 24))) last = m.index + m[0].length;
  return last >= 0 && !SCOPE_END_WORD.test(before.slice(last));
}
