import type { LocatedEvidence } from './located-evidence';
import type { ReplySentence } from './reply-sentences';

/** Words by which a sentence speaks to or about the people in the conversation. */
const PERSONAL = new Set(['i', 'we', 'you', 'your', 'yours', 'our', 'my', 'me', 'us', 'mine', 'ours']);

/**
 * Padding (company history, opening hours, how partners are chosen) speaks to no one and moves
 * nothing: a sentence with no "I", "we" or "you" and no cue of any kind, or a rule stated at large
 * about nothing of theirs. It is left out of everything the scorer reads, so length buys nothing.
 * Key points are still looked for in any sentence that names something of their situation, even a
 * terse one with no "you" ("It is free."): facts can be stated plainly.
 */
export function paddingOf(
  read: readonly ReplySentence[],
  cues: readonly LocatedEvidence[],
  situation: ReadonlySet<string>,
): { padding: ReplySentence[]; forKeyPoints: ReplySentence[] } {
  const namesSome = (sentence: ReplySentence) => sentence.tokens.some((t) => situation.has(t.stem));
  const padding = read.filter((sentence) => {
    const hasCue = cues.some((e) => e.at >= sentence.start && e.at < sentence.end);
    const speaksToThem = sentence.tokens.some((t) => PERSONAL.has(t.word.replace(/'.*$/, '')));
    return (!hasCue && !speaksToThem) || (sentence.impersonal && !namesSome(sentence));
  });
  return { padding, forKeyPoints: read.filter((sentence) => !padding.includes(sentence) || namesSome(sentence)) };
}

/**
 * How many distinct words of the customer's own situation the reply names outside its actions and
 * requests: the trainee showing they heard this customer ("school fees due on Friday"), in any words.
 */
export function situationWordsSaid(
  read: readonly ReplySentence[],
  located: readonly LocatedEvidence[],
  situation: ReadonlySet<string>,
): number {
  const said = new Set<string>();
  for (const sentence of read) {
    const acts = located.some(
      (e) => e.at >= sentence.start && e.at < sentence.end && e.evidence.dimension === 'helpfulness' && e.evidence.points > 0,
    );
    const rude = located.some((e) => e.at >= sentence.start && e.at < sentence.end && e.evidence.points < 0);
    if (acts || rude) continue;
    for (const t of sentence.tokens) if (situation.has(t.stem)) said.add(t.stem);
  }
  return said.size;
}
