import { agrees, readFigures, type Figure } from './figures';
import { normalise } from './tokens';
import type { Evidence, KeyPointResult } from './types';

/**
 * Whether a reply's figures agree with the facts of the situation: the amounts, percentages, dates
 * and waits a key point insists on. Kept apart from matching meaning, which is key-points.ts's job.
 */

/** What the fact check needs to know of a reply sentence. */
export interface FactSentence {
  text: string;
  units: ReadonlySet<string>;
  figures: readonly Figure[];
}

/** What the fact check needs to know of a key point: its facts and the words it is about. */
export interface FactPoint {
  figures: readonly Figure[];
  topic: ReadonlySet<string>;
}

/**
 * The figures a point insists on, as opposed to those its examples merely illustrate with: a figure in
 * its description, or one said again (in another example, or by the customer). "Refund the €300
 * deposit" insists on €300; "within 48 hours" in one example of three is only an illustration.
 */
export function factFigures(texts: readonly string[], customerFigures: readonly Figure[]): Figure[] {
  const perText = texts.map((t) => readFigures(t));
  return perText.flatMap((figures, i) =>
    figures.filter(
      (f) =>
        i === 0 ||
        customerFigures.some((c) => c.kind === f.kind && agrees(f, [c])) ||
        perText.some((other, j) => j !== i && other.some((o) => o.kind === f.kind && agrees(f, [o]) && agrees(o, [f]))),
    ),
  );
}

/**
 * Facts a reply can get plainly wrong. Weekdays and clock times are left out: without today's date a
 * "Saturday" may come before a "Monday", and a later train or a fallback time is often an alternative
 * offered, not a contradiction.
 */
const CHECKED_KINDS = new Set(['money', 'percent', 'date', 'duration']);

/** A figure offered as an estimate, a condition, a limit or an alternative ("about £92", "above ₹50,000", "or a full ₹5,200"). */
function hedged(text: string, figure: Figure): boolean {
  const before = text.slice(Math.max(0, figure.start - 40), figure.start);
  return /\b(?:if|unless|or|about|around|roughly|approx\w*|likely|estimate\w*|above|below|over|under|up to|at least|less|plus|minus|total|instead|per|each|every)\s+(?:[\w'-]+\s+){0,2}(?:[£$€₦₹]|[a-z]{2,4}\s?)?$/.test(
    before,
  );
}

/**
 * A figure the reply states about this point that disagrees with the point's own ("€30" where the
 * scenario's refund is €300), unless it is another fact of the situation (the customer's or another
 * point's figure).
 */
export function wrongFigure(sentence: FactSentence, point: FactPoint, known: readonly Figure[]): Figure | undefined {
  if (point.figures.length === 0) return undefined;
  const aboutIt = [...sentence.units].some((u) => point.topic.has(u));
  if (!aboutIt) return undefined;
  // A sentence that also states the right figure is adding detail ("the full £310 plus the £42 fee"), not contradicting.
  const right = new Set(
    sentence.figures.filter((f) => point.figures.some((p) => p.kind === f.kind) && agrees(f, point.figures)).map((f) => f.kind),
  );
  return sentence.figures.find(
    (f) =>
      CHECKED_KINDS.has(f.kind) &&
      !right.has(f.kind) &&
      !hedged(sentence.text, f) &&
      !agrees(f, point.figures) &&
      !known.some((k) => k.kind === f.kind && agrees(f, [k]) && agrees(k, [f])),
  );
}

/** The facts of the situation, the customer's figures and every point's, read once per turn. */
const knownCache = new WeakMap<readonly FactPoint[], Figure[]>();
export function knownFigures(points: readonly FactPoint[], customer: string): Figure[] {
  let known = knownCache.get(points);
  if (!known) knownCache.set(points, (known = [...readFigures(normalise(customer)), ...points.flatMap((p) => p.figures)]));
  return known;
}

/** What a reply that states a wrong fact is told, in plain words. */
export function wrongFactEvidence(keyPoints: readonly KeyPointResult[]): Evidence[] {
  return keyPoints
    .filter((k) => k.wrongFact)
    .map((k) => ({
      id: 'wrong-fact',
      dimension: 'helpfulness' as const,
      points: -25,
      reason: `you said ${k.wrongFact!.said}, but for “${k.description}” this scenario says ${k.wrongFact!.expected}`,
      phrase: k.wrongFact!.said,
    }));
}
