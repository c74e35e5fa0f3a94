import { isImpersonal } from './impersonal';
import { sentences, tokenize, tokensIn, type Token } from './tokens';

/** One sentence of a reply, tokenised once for everything that reads sentences. */
export interface ReplySentence {
  text: string;
  /** Where the sentence starts and ends in the reply. */
  start: number;
  end: number;
  tokens: Token[];
  /** States a rule at large rather than speaking to the customer (see isImpersonal). */
  impersonal: boolean;
}

/** The reply's sentences; `tokens` are the whole text's, when the caller has them already. */
export function readSentences(text: string, tokens: readonly Token[] = tokenize(text)): ReplySentence[] {
  return sentences(text).map((s) => {
    // Offsets are the sentence's own: its trimmed text starts at `at` in the whole text.
    const at = text.indexOf(s.text, s.start);
    const own = tokensIn(tokens, at, at + s.text.length).map((t) => ({ ...t, start: t.start - at, end: t.end - at }));
    return { text: s.text, start: s.start, end: s.end, tokens: own, impersonal: isImpersonal(own) };
  });
}
