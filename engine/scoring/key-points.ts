import type { KeyPoint } from '../scenario/format';
import { readFigures, type Figure } from './figures';
import { factFigures, knownFigures, wrongFigure } from './key-point-facts';
import { clauseUnits, relatedUnits } from './meaning-units';
import { normalise, tokenize } from './tokens';
import type { KeyPointResult } from './types';
import { readSentences, type ReplySentence } from './reply-sentences';

/**
 * Clauses that cover nothing however many of a point's words they use: wishes and hedges ("I hope
 * this gets sorted", "no promises"), refusals and pointing elsewhere ("it is the motorist's
 * responsibility", "please refer to our website").
 */
const COVERS_NOTHING =
  /\b(?:hope|hopefully|may vary|might|maybe|perhaps|wish|no promises|see if i can|i'll try|(?:someone|somebody) will|in due course|responsibility|(?:we|i) (?:do not|don't|cannot|can't|are unable|am unable)|can't|cannot|can not|unable to|not able to|(?:isn't|is not|not) possible|refer to|go and|elsewhere|you should have|(?:is|are) (?:handled|dealt with|investigated|processed|managed) (?:in|by)|(?:don't|do not) handle|can be found|we'll see|(?:'ll|will) (\w+)\b[^.!?]{0,25} when (?:we|he|she|they|you|it) \1|you'll hear when|before (?:i|we) can|take it (?:up )?(?:to|with)|with your bank|^\s*(?:ring|call|try|contact us) (?:back|again))\b/;

/**
 * Pleasantries say nothing about the customer's problem, whatever words they share with a key point:
 * "Thanks for calling today" gives no time frame and "Have a lovely day" sends nothing.
 */
const PLEASANTRY =
  /^\s*(?:(?:and |so )?(?:thanks?|thank you|many thanks|cheers)(?: (?:so|very) much)?(?: for (?:calling|contacting us|getting in touch|reaching out|your (?:call|message|patience|time|email|enquiry|understanding)|waiting|holding|bearing with (?:me|us)))?(?: today| again)?|(?:please )?(?:have|enjoy) (?:a|the|your) (?:\w+ )?(?:day|evening|weekend|morning|afternoon|night|rest of (?:the|your) day)|(?:is there )?anything else (?:i can (?:help|do)|today)[^.!?]*|(?:i )?hope (?:this|that) helps|(?:kind|best|warm) regards|best wishes|take care|all the best|good(?:bye| bye| day| morning| afternoon| evening)|(?:hi|hello|hey|dear) [^.!?,]*)\s*[.!?,]*\s*$/;

/** "I can't do X, but I've done Y": each side of a "but" or a semicolon is judged on its own. */
const CLAUSE_BREAK = /[;:]|,?\s+but\s+|\s+[—–]\s+|,\s+(?=(?:and |so )?(?:have|enjoy|thanks|thank you|anything else)\b)/g;

/** A policy stated at large covers a point only partly: it tells the customer the rule, not their case. */
const IMPERSONAL_FACTOR = 0.6;

/** A figure the customer did not say ("£52", "9am") is strong evidence on its own: it counts as two words. */
const FIGURE_WEIGHT = 2;

/**
 * Meaning units too vague to cover a point on their own: time words ("today", "day"), getting in touch
 * and saying sorry. A match needs at least one unit besides these.
 */
const WEAK_UNITS = new Set(['@timeframe', '@now', '@contact', '@apology', '@check', '@account']);

/** The reply commits to doing something: needed before repeating the customer's own request counts. */
const COMMITS =
  /\b(?:i'll|i will|i've|i have|we'll|we will|we've|we have|i can|we can|it'll|it will|you'll|you will|they'll|they will|i'm going to|we're going to|let me|has been|have been|is being|are being|will be|is now|are now|done|sorted)\b/;

/** One meaning unit of a key point's phrase, with what matching it needs worked out in advance. */
interface PhraseUnit {
  unit: string;
  /** The same unit with the opposite polarity: "!refund" for "refund" and the other way round. */
  opposite: string;
  /** The units WordNet relates to this one, with its polarity. */
  related: readonly string[];
  weak: boolean;
  weight: number;
}

interface PreparedPhrase {
  units: readonly PhraseUnit[];
  problemOnly: boolean;
  /** Units a sentence must say: two when the phrase has two or more. */
  needed: number;
  /** Every unit is a vague time word or a figure: a point about timing itself. */
  allWeak: boolean;
}

interface PreparedPoint {
  point: KeyPoint;
  phrases: PreparedPhrase[];
  /** The point's units besides negated and vague ones, for partial credit said anywhere. */
  meaning: ReadonlySet<string>;
  /** Every figure the point's description and examples state: the facts a reply must not contradict. */
  figures: Figure[];
  /** The point's meaning units besides figures, for deciding that a sentence talks about it. */
  topic: Set<string>;
}

const prepared = new WeakMap<readonly KeyPoint[], Map<string, PreparedPoint[]>>();

function preparePhrase(units: ReadonlySet<string>, problemOnly: boolean): PreparedPhrase {
  const prepared = [...units].map((unit): PhraseUnit => {
    const negated = unit.startsWith('!');
    const plain = negated ? unit.slice(1) : unit;
    return {
      unit,
      opposite: negated ? plain : `!${unit}`,
      related: relatedUnits(plain).map((r) => (negated ? `!${r}` : r)),
      weak: WEAK_UNITS.has(plain),
      weight: unit.startsWith('#') ? FIGURE_WEIGHT : 1,
    };
  });
  return {
    units: prepared,
    problemOnly,
    needed: prepared.length >= 2 ? 2 : 1,
    allWeak: prepared.every((u) => u.weak || u.unit.startsWith('#')),
  };
}

/**
 * The meaning units of each key point's description and examples, less the words that only restate
 * the customer's problem ("charged twice"): repeating their complaint back is not covering the fix.
 */
function prepare(points: readonly KeyPoint[], customer: string): PreparedPoint[] {
  let byCustomer = prepared.get(points);
  if (!byCustomer) prepared.set(points, (byCustomer = new Map()));
  let p = byCustomer.get(customer);
  if (!p) {
    const customerText = customer.toLowerCase();
    const problemWords = new Set(clauseUnits(tokenize(customerText), customerText).map((u) => u.replace(/^!/, '')));
    const customerFigures = readFigures(normalise(customer));
    p = points.map((point) => {
      const texts = [point.description, ...point.examples].map((t) => normalise(t));
      const phrases = texts
        .map((text) => {
          const units = clauseUnits(tokenize(text), text);
          const beyondProblem = units.filter((u) => !problemWords.has(u.replace(/^!/, '')));
          const problemOnly = !beyondProblem.some((u) => !WEAK_UNITS.has(u.replace(/^!/, '')));
          return preparePhrase(new Set(problemOnly ? units : beyondProblem), problemOnly);
        })
        .filter((phrase) => phrase.units.length > 0);
      const all = phrases.flatMap((ph) => ph.units.map((u) => u.unit));
      const topic = new Set(all.filter((u) => !u.startsWith('#') && !u.startsWith('!') && !WEAK_UNITS.has(u)));
      const meaning = new Set(all.filter((u) => !u.startsWith('!') && !WEAK_UNITS.has(u)));
      return { point, phrases, meaning, figures: factFigures(texts, customerFigures), topic };
    });
    if (byCustomer.size < 100) byCustomer.set(customer, p);
  }
  return p;
}

/** What phrase matching asks of a sentence's units: a pair of sentences answers without copying both. */
interface Units {
  has(unit: string): boolean;
}

interface ReadSentence {
  text: string;
  units: Units;
  impersonal: boolean;
  commits: boolean;
  figures: Figure[];
}

/** One sentence of the reply: its units are a set of their own. */
interface SingleSentence extends ReadSentence {
  units: Set<string>;
}

/** The units each sentence says, clause by clause, leaving out clauses that cover nothing. */
function readReplySentences(read: readonly ReplySentence[], withFigures: boolean): SingleSentence[] {
  return read.map((s) => {
    const units = new Set<string>();
    const breaks = [...s.text.matchAll(CLAUSE_BREAK), { index: s.text.length, 0: '' }];
    let start = 0;
    for (const m of breaks) {
      const clauseText = s.text.slice(start, m.index);
      if (!COVERS_NOTHING.test(clauseText) && !PLEASANTRY.test(clauseText)) {
        const clause = s.tokens.filter((t) => t.start >= start && t.start < m.index);
        for (const unit of clauseUnits(clause, s.text)) units.add(unit);
      }
      start = m.index + m[0].length;
    }
    return {
      text: s.text,
      units,
      impersonal: s.impersonal,
      commits: COMMITS.test(s.text),
      figures: withFigures ? readFigures(s.text) : [],
    };
  });
}

/** The sentence says this unit, in the same words or in words WordNet relates to them. */
function says(units: Units, unit: PhraseUnit): boolean {
  if (units.has(unit.unit)) return true;
  for (const related of unit.related) if (units.has(related)) return true;
  return false;
}

/** How much of one phrase a sentence says: 0 unless it says enough, and something besides vague words. */
function phraseRatio(sentence: ReadSentence, phrase: PreparedPhrase): number {
  let hits = 0;
  let strong = false;
  for (const unit of phrase.units) {
    if (says(sentence.units, unit)) {
      hits += unit.weight;
      if (!unit.weak) strong = true;
    }
    // "No deadline" is not covered by "the deadline is Friday", nor "refund" by "won't refund".
    else if (sentence.units.has(unit.opposite)) return 0;
  }
  // A point that is itself about timing ("a clear time frame") may be covered by time words alone.
  if (hits < phrase.needed || (!strong && !phrase.allWeak)) return 0;
  // Saying the customer's own request back ("you want the £280 quote honoured") is not doing it.
  if (phrase.problemOnly && !sentence.commits) return 0;
  return Math.min(1, hits / phrase.units.length) * (sentence.impersonal ? IMPERSONAL_FACTOR : 1);
}

/**
 * Decides, sentence by sentence, which key points a reply covers. A phrase is covered when at least
 * half of its meaning units (and at least two, and one that is not a vague time or contact word)
 * appear in one sentence with the phrase's polarity: a negated or refused point is never covered. A
 * sentence that states a figure contradicting the point's own does not cover it, and says so.
 */
export function matchKeyPoints(
  reply: string,
  points: readonly KeyPoint[] | undefined,
  customer = '',
  read: readonly ReplySentence[] = readSentences(reply),
): KeyPointResult[] {
  if (!points || points.length === 0) return [];
  const preparedPoints = prepare(points, customer);
  // Figures are only read when some point states one: most turns need no fact check.
  const single = readReplySentences(
    read,
    preparedPoints.some((p) => p.figures.length > 0),
  );
  // A point is often made across two short sentences ("Refund issued. 5-7 working days."), so
  // adjacent pairs are tried as well as single sentences.
  const replySentences: ReadSentence[] = [
    ...single,
    ...single.slice(1).map((s, i) => ({
      text: `${single[i]!.text} ${s.text}`,
      units: { has: (unit: string) => single[i]!.units.has(unit) || s.units.has(unit) },
      impersonal: s.impersonal && single[i]!.impersonal,
      commits: s.commits || single[i]!.commits,
      figures: [...single[i]!.figures, ...s.figures],
    })),
  ];
  const anywhere = new Set<string>();
  for (const s of single) for (const unit of s.units) anywhere.add(unit);
  const known = knownFigures(preparedPoints, customer);
  return preparedPoints.map((prepared) => {
    const { point, phrases } = prepared;
    for (const sentence of single) {
      const wrong = wrongFigure(sentence, prepared, known);
      if (wrong) {
        const expected = [...new Set(prepared.figures.filter((f) => f.kind === wrong.kind).map((f) => f.text))];
        return {
          id: point.id,
          description: point.description,
          covered: false,
          strength: 0,
          overlap: 0,
          matched: sentence.text,
          wrongFact: {
            said: wrong.text,
            expected: expected.join(' or '),
            ...(wrong.kind === 'duration' ? { slower: true } : {}),
          },
        };
      }
    }
    let best: { ratio: number; sentence?: string } = { ratio: 0 };
    for (const sentence of replySentences) {
      for (const phrase of phrases) {
        const ratio = phraseRatio(sentence, phrase);
        if (ratio > best.ratio) best = { ratio, sentence: sentence.text };
      }
    }
    // Meaning said anywhere in the reply, from any phrasing: partial credit the best single sentence misses.
    const { meaning } = prepared;
    let heard = 0;
    for (const unit of meaning) if (anywhere.has(unit)) heard++;
    const overlap = meaning.size === 0 ? 0 : heard / meaning.size;
    const covered = best.ratio >= 0.5;
    return {
      id: point.id,
      description: point.description,
      covered,
      strength: covered ? Math.max(best.ratio, 0.5) : best.ratio,
      overlap,
      ...(!covered && best.ratio >= 0.34 ? { partly: true } : {}),
      ...((covered || best.ratio >= 0.34) && best.sentence ? { matched: best.sentence } : {}),
    };
  });
}
