import type { Dimension } from '../scenario/format';
import { isBrushOff } from './brush-off';
import { CLAUSE_BREAK, spanOf, spans, type LocatedEvidence } from './located-evidence';
import { isContentWord } from './meaning-units';
import { COMMON_ENGLISH, tokenize, tokensIn, type Token } from './tokens';
import type { Evidence } from './types';

/** Moves that are often said by rote: they earn little unless they are about this customer. */
const FORMULA_PRONE = new Set([
  'apologises',
  'names-the-feeling',
  'recognises-their-experience',
  'says-they-understand',
  'validates-them',
  'offers-condolences',
  'generic-scripted-line',
  'reassures',
  'cares-about-the-person',
  'takes-the-customer-seriously',
  'thanks-the-customer',
  'gladly-offers-help',
]);

/** Courtesies that ride along with stock sympathy without making it specific ("Please accept…"). */
export const SMALL_COURTESIES = new Set(['greeting', 'says-please', 'polite-address', 'softens-the-request']);

/** What one block of stock sympathy is worth at most, however long: about one sincere apology. */
const SCRIPTED_CAP: Partial<Record<Dimension, number>> = { respect: 9, empathy: 10 };

/** Words of sympathy itself: sharing them with the customer's line is not being specific. */
const SYMPATHY =
  /^(sorri|apolog|understand|frustrat|feel|hear|stress|inconveni|situat|experi|issu|problem|matter|concern|patienc|complet|realli|truli|total|absolut|sincer|deepli|difficult|hard|upset|annoi|worri|appreci|thank|help|assist|sympathi|condol|loss|imagin|awful|terribl|horribl|disappoint|anger|angri|sad|distress|anxieti|anxiou|scari|scare|confus|situat|incred|extrem|veri|hassl|annoy|stress|pain|tough|rough|unaccept|ridicul|outrag|disgrac|fair|unfair|right|wrong|time|moment|day|today|call|contact|touch|messag|email|custom|servic|compani|team|wait)/;

/** Stems that tie a reply to this customer's situation: their own content words and the turn's key points. */
export function situationStems(customer: string, keyPointTexts: readonly string[]): Set<string> {
  // The same turn is scored again and again while a trainee types: work its words out once.
  const key = [customer, ...keyPointTexts].join('\u0000');
  const cached = situationCache.get(key);
  if (cached) return cached;
  const out = new Set<string>();
  for (const text of [customer, ...keyPointTexts])
    for (const t of tokenize(text))
      if (isContentWord(t.word) && !COMMON_ENGLISH.has(t.word) && !SYMPATHY.test(t.stem) && !/^\d/.test(t.word)) out.add(t.stem);
  if (situationCache.size > 500) situationCache.clear();
  situationCache.set(key, out);
  return out;
}
const situationCache = new Map<string, Set<string>>();

/** Clauses that act, ask, instruct or refuse are not reflections of the customer's situation. */
const NOT_A_REFLECTION =
  /\b(?:i'll|i will|i've|i have|we'll|we will|we've|let me|please|can you|could you|need to|have to|must|should|responsibility|unfortunately|policy|only|can't|cannot|unable|won't)\b/;

/**
 * Sympathy is not stock when the reply also shows it heard this customer: a clause of its own, not
 * an action or a request, that names something of their situation ("you paid a lot for that laptop").
 */
function reflectsTheirSituation(
  clauses: ReadonlyArray<{ start: number; end: number }>,
  byClause: ReadonlyMap<number, readonly LocatedEvidence[]>,
  formula: readonly number[],
  lower: string,
  tokens: readonly Token[],
  situation: ReadonlySet<string>,
): boolean {
  return clauses.some((clause, i) => {
    if (formula.includes(i)) return false;
    const items = byClause.get(i) ?? [];
    if (items.some((e) => e.evidence.points < 0 || e.evidence.dimension === 'helpfulness')) return false;
    const text = lower.slice(clause.start, clause.end);
    if (/\?\s*$/.test(text) || NOT_A_REFLECTION.test(text)) return false;
    return text.split(/\s+/).length >= 3 && tokensIn(tokens, clause.start, clause.end).some((t) => situation.has(t.stem));
  });
}

export interface ScriptedReading {
  kept: LocatedEvidence[];
  /** Clause spans that hold only stock sympathy. */
  formula: Array<{ start: number; end: number }>;
}

/**
 * Stock sympathy ("I completely understand your frustration. That must be so stressful. I hear you.")
 * said about nothing in particular counts once, at most about one sincere apology's worth, however
 * many set phrases are stacked: a second formula earns nothing over the first. A clause is stock when
 * its courtesy or sympathy names nothing of the customer's situation, gives no figure, and does nothing.
 */
export function collapseScripted(
  located: readonly LocatedEvidence[],
  lower: string,
  tokens: readonly Token[],
  situation: ReadonlySet<string>,
): ScriptedReading {
  const clauses = spans(lower, CLAUSE_BREAK);
  const byClause = new Map<number, LocatedEvidence[]>();
  for (const item of located) {
    const i = item.at < 0 ? -1 : spanOf(clauses, item.at);
    if (i >= 0) byClause.set(i, [...(byClause.get(i) ?? []), item]);
  }
  const formula: number[] = [];
  clauses.forEach((clause, i) => {
    const items = byClause.get(i) ?? [];
    const sympathy = items.some((e) => e.evidence.points > 0 && FORMULA_PRONE.has(e.evidence.id));
    const other = items.some(
      (e) => e.evidence.points !== 0 && !FORMULA_PRONE.has(e.evidence.id) && !SMALL_COURTESIES.has(e.evidence.id),
    );
    if (!sympathy || other) return;
    const text = lower.slice(clause.start, clause.end);
    const specific = /\d/.test(text) || tokensIn(tokens, clause.start, clause.end).some((t) => situation.has(t.stem));
    if (!specific) formula.push(i);
  });
  // Sympathy next to a real reflection of their situation is sincere, unless the reply brushes them off.
  const brushedOff = located.some((e) => isBrushOff(e.evidence));
  const sincere =
    reflectsTheirSituation(clauses, byClause, formula, lower, tokens, situation) ||
    located.some(
      (e) => e.evidence.dimension === 'empathy' && e.evidence.points > 0 && !formula.includes(spanOf(clauses, e.at)) && e.at >= 0,
    );
  if (formula.length === 0 || (!brushedOff && sincere)) return { kept: [...located], formula: [] };

  const inFormula = (item: LocatedEvidence) =>
    item.evidence.points > 0 &&
    FORMULA_PRONE.has(item.evidence.id) &&
    formula.includes(item.at < 0 ? -1 : spanOf(clauses, item.at));
  const kept = located.filter((item) => !inFormula(item));
  for (const dimension of ['respect', 'empathy'] as const) {
    const stock = located.filter((item) => inFormula(item) && item.evidence.dimension === dimension);
    const strongest = stock.sort((a, b) => b.evidence.points - a.evidence.points)[0];
    if (!strongest) continue;
    const clause = clauses[spanOf(clauses, strongest.at)]!;
    const evidence: Evidence = {
      id: 'scripted-sympathy',
      dimension,
      points: Math.min(strongest.evidence.points, SCRIPTED_CAP[dimension] ?? 0),
      reason:
        dimension === 'empathy'
          ? 'stock sympathy that says nothing about their situation sounds scripted: it counts once, and little'
          : 'a set phrase of courtesy: it counts once',
      phrase: lower.slice(clause.start, clause.end).trim().slice(0, 80),
    };
    kept.push({ evidence, at: strongest.at });
  }
  return { kept, formula: formula.map((i) => clauses[i]!) };
}
