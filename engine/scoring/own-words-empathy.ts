import { SENTENCE_BREAK, spanOf, spans, type LocatedEvidence } from './located-evidence';
import { tokensIn, type Token } from './tokens';

/** A stance on what happened: what should or shouldn't be, what it is like, what it cost them. */
const STANCE =
  /\b(?:shouldn't have to|should not have to|should never have|nobody|no one|no-one|least of all|deserve[sd]?|ought|isn't (?:right|fair|on|ok|okay)|not (?:right|fair|on|ok|okay|acceptable)|never (?:easy|nice)|(?:is|was|'s) (?:the )?last thing|(?:so|really|very|incredibly|awfully) (?:hard|tough|worrying|stressful|upsetting|frightening|unsettling|exhausting|unfair|cold|long)|(?:must|would) (?:be|have been|feel)|on top of|let alone|of all (?:times|weeks|days)|at the worst (?:time|moment)|(?:hard|tough|awful|horrible|rotten|miserable|scary|frightening|worrying|stressful|exhausting|heartbreaking|distressing|upsetting|infuriating|maddening|galling|unsettling|lonely|painful)\b|you(?:'ve| have) (?:been|had|lost|waited|done everything)|you(?:'re| are) (?:dealing|going through|having|left|stuck|facing|worried|trying|juggling|caring|looking after|on your own)|with (?:a|your|the) (?:baby|child|children|kids|little one|newborn|family))/;

/** Courtesy markers inside which naming their situation is already counted as acknowledgement. */
const ALREADY_COUNTED = new Set(['offers-condolences-in-their-own-words', 'recognises-their-experience', 'names-the-feeling']);

/**
 * Empathy is specificity: a sentence in the trainee's own words that names something of this customer's
 * situation (their words, or the turn's) and takes a stance on it ("Nobody should be cold for four
 * days, least of all a little one") counts for more than any set phrase. Up to two sentences count.
 */
export function ownWordsEmpathy(
  lower: string,
  tokens: readonly Token[],
  located: readonly LocatedEvidence[],
  situation: ReadonlySet<string>,
): LocatedEvidence[] {
  const sentences = spans(lower, SENTENCE_BREAK);
  const out: LocatedEvidence[] = [];
  sentences.forEach((sentence, i) => {
    if (out.length >= 2) return;
    const inIt = located.filter((e) => e.at >= 0 && spanOf(sentences, e.at) === i);
    if (inIt.some((e) => e.evidence.points < 0 || (e.evidence.dimension === 'helpfulness' && e.evidence.points > 0))) return;
    const text = lower.slice(sentence.start, sentence.end);
    if (text.trim().endsWith('?')) return;
    const specific = [
      ...new Set(
        tokensIn(tokens, sentence.start, sentence.end)
          .filter((t) => situation.has(t.stem))
          .map((t) => t.word),
      ),
    ];
    if (specific.length === 0 || !STANCE.test(text)) return;
    const counted = inIt.some((e) => ALREADY_COUNTED.has(e.evidence.id));
    out.push({
      at: sentence.start,
      evidence: {
        id: 'own-words-empathy',
        dimension: 'empathy',
        points: counted ? 8 : out.length === 0 ? 16 : 10,
        reason: 'names their situation in your own words',
        phrase: specific.slice(0, 4).join(', '),
      },
    });
  });
  return out;
}
