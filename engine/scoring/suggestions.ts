import type { Scores } from '../scenario/format';
import type { CustomerEmotion } from './emotion';
import type { Evidence, KeyPointResult } from './types';

/**
 * One or two concrete things to do differently, chosen from the evidence the way a trainer would:
 * first what hurt most, then what was missing on the weakest dimension.
 */
export function suggestImprovements(
  scores: Scores,
  evidence: readonly Evidence[],
  keyPoints: readonly KeyPointResult[],
  emotion: CustomerEmotion,
): string[] {
  const out: string[] = [];
  const has = (id: string) => evidence.some((e) => e.id === id && e.points > 0);
  const worst = evidence.filter((e) => e.points < 0 && e.phrase).sort((a, b) => a.points - b.points)[0];
  if (worst?.phrase) out.push(`Drop “${worst.phrase}” (${worst.reason}); say what you will do for them instead.`);

  const wrong = keyPoints.find((k) => k.wrongFact);
  if (wrong?.wrongFact)
    out.push(`Check the facts: you said ${wrong.wrongFact.said}, but this scenario says ${wrong.wrongFact.expected}.`);
  if (evidence.some((e) => e.id === 'scripted-sympathy') && !has('own-words-empathy'))
    out.push('Swap the stock sympathy for one sentence, in your own words, about what happened to this customer.');

  const missed = keyPoints.filter((k) => !k.covered);
  const candidates: Array<[number, string]> = [];
  if (missed.length > 0)
    candidates.push([scores.helpfulness, `Cover what they need: ${missed.map((k) => k.description.toLowerCase()).join('; ')}.`]);
  if (!has('takes-ownership'))
    candidates.push([scores.helpfulness, 'Take ownership: say what you will do (“I’ll…”, “I’ve just…”).']);
  if (!has('names-the-feeling') && !has('own-words-empathy') && emotion.intensity >= 0.3) {
    const feeling = emotion.kinds.includes('grief')
      ? 'their loss'
      : emotion.kinds.includes('anxiety')
        ? 'their worry'
        : 'their frustration';
    candidates.push([scores.empathy, `Name ${feeling} and the situation behind it before the fix.`]);
  }
  if (!has('apologises') && emotion.intensity >= 0.4)
    candidates.push([scores.respect, 'Apologise for what went wrong, sincerely and specifically.']);
  if (!has('concrete-details') && missed.length === 0)
    candidates.push([scores.helpfulness + 10, 'Give a concrete time, amount or reference so they know what happens next.']);
  candidates.sort((a, b) => a[0] - b[0]);
  for (const [, text] of candidates) if (out.length < 2) out.push(text);
  return out.slice(0, 2);
}
