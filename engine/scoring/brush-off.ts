import type { Evidence } from './types';
import { SENTENCE_BREAK, spanOf, spans, type LocatedEvidence } from './located-evidence';

/** Words that turn a sentence: what follows them is what the customer takes away. */
const CONTRAST =
  /\b(?:but|though|although|however|anyway|anyways|that said|having said that|even so|all the same|regardless|unfortunately|sadly|regrettably|i'm afraid)\b/g;

/** Losses that brush the customer off: blame, dismissal, sarcasm, changing the subject. */
const BRUSH_OFFS = new Set([
  'refuses-responsibility',
  'blames-the-customer',
  'dismisses-the-problem',
  'dismisses-the-feeling',
  'changes-the-subject',
  'stonewalls-the-customer',
  'not-our-job',
  'minimises-the-problem',
  'minimises-what-they-went-through',
  'lectures-the-customer',
  'mocks-the-customer',
  'sarcasm',
  'doubts-the-customer',
  'questions-their-account',
]);
/** Refusals and deflections are brush-offs only when no real alternative follows them. */
const REFUSALS = new Set([
  'deflects-the-customer-elsewhere',
  'refuses-without-an-alternative',
  'hides-behind-policy',
  'vague-promise',
]);

/** Blame, dismissal, sarcasm or a refusal that leaves the customer with nothing. */
export const isBrushOff = (evidence: Evidence) => BRUSH_OFFS.has(evidence.id) || REFUSALS.has(evidence.id);

/** Blame, dismissal, sarcasm, changing the subject: rude, not merely unhelpful. */
export const isRudeBrushOff = (evidence: Evidence) => BRUSH_OFFS.has(evidence.id);

/**
 * Courtesy followed by a brush-off is judged by what follows ("I'm so sorry for your loss… Anyway,
 * anything else today?", "I understand, but that's your problem"): the courtesy and sympathy before the
 * turn count for nothing, and the turn itself costs a little more. A refusal followed by a real
 * alternative is not a brush-off, and sarcasm spoils every courtesy in its own sentence.
 */
export function judgeByWhatFollows(located: readonly LocatedEvidence[], lower: string): LocatedEvidence[] {
  const sentences = spans(lower, SENTENCE_BREAK);
  const sentenceOf = (at: number) => spanOf(sentences, at);
  const dropped = new Set<LocatedEvidence>();
  const notes: LocatedEvidence[] = [];

  for (const m of lower.matchAll(CONTRAST)) {
    const here = sentenceOf(m.index);
    const brushOff = located.find((item) => {
      if (item.evidence.points >= 0 || item.at <= m.index) return false;
      const s = sentenceOf(item.at);
      if (s !== here && s !== here + 1) return false;
      if (BRUSH_OFFS.has(item.evidence.id)) return true;
      const helpAfter = located.some((h) => h.at > item.at && h.evidence.dimension === 'helpfulness' && h.evidence.points > 0);
      return REFUSALS.has(item.evidence.id) && !helpAfter;
    });
    if (!brushOff) continue;
    const rude = BRUSH_OFFS.has(brushOff.evidence.id);
    const before = located.filter((item) => {
      const s = sentenceOf(item.at);
      return (
        item.at >= 0 &&
        item.at < m.index &&
        item.evidence.points > 0 &&
        // A polite refusal stays polite: it undoes the sympathy, not the courtesy.
        (item.evidence.dimension === 'empathy' || (item.evidence.dimension === 'respect' && rude)) &&
        (s === here || s === here - 1)
      );
    });
    if (before.length === 0) continue;
    for (const item of before) dropped.add(item);
    const phrase = lower
      .slice(m.index, m.index + 60)
      .split(/[.!?\n]/)[0]!
      .trim();
    notes.push(
      {
        at: m.index,
        evidence: {
          id: 'courtesy-undone',
          dimension: 'respect',
          points: rude ? -6 : 0,
          reason: rude ? 'courtesy undone by what follows it' : 'a refusal with nothing offered instead',
          phrase,
        },
      },
      {
        at: m.index,
        evidence: {
          id: 'courtesy-undone',
          dimension: 'empathy',
          points: -8,
          reason: 'sympathy undone by what follows it',
          phrase,
        },
      },
    );
  }

  for (const sarcasm of located.filter((item) => item.evidence.id === 'sarcasm')) {
    const s = sentenceOf(sarcasm.at);
    for (const item of located)
      if (item.evidence.points > 0 && item.evidence.dimension !== 'helpfulness' && sentenceOf(item.at) === s) dropped.add(item);
  }
  return [...located.filter((item) => !dropped.has(item)), ...notes.filter((n) => n.evidence.points !== 0).slice(0, 2)];
}
