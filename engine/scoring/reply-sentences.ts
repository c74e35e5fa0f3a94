import { isImpersonal } from './impersonal';
import { sentences, tokenize, type Token } from './tokens';

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

export function readSentences(text: string): ReplySentence[] {
  return sentences(text).map((s) => {
    const tokens = tokenize(s.text);
    return { text: s.text, start: s.start, end: s.end, tokens, impersonal: isImpersonal(tokens) };
  });
}
