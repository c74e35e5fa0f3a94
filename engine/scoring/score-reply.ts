import type { Dimension, Scores } from '../scenario/format';
import { CUES } from './cues';
import { readCustomerEmotion, type CustomerEmotion } from './emotion';
import { matchKeyPoints } from './key-points';
import { suggestImprovements } from './suggestions';
import { clauseStartBefore, COMMON_ENGLISH, negatedAt, normalise, tokenize, type Token } from './tokens';
import type { Evidence, ReplyScore, ScoringContext } from './types';

/** Stored with every scored turn so results can be recomputed when the scorer improves. */
export const SCORER_VERSION = 'lexicon-1.0.0';

/** Replies longer than this are scored on their first part: no trainer reads further either. */
const MAX_SCORED_CHARS = 4000;

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/** Text inside quotation marks is the customer's words quoted back, not the trainee's own. */
function withoutQuotes(lower: string): string {
  return lower.replace(/"[^"]*"|'[^'\s][^']*[^'\s]'(?=\W|$)/g, (m) => ' '.repeat(m.length));
}

function findCues(lower: string, tokens: readonly Token[]): Evidence[] {
  const found: Evidence[] = [];
  const bestInGroup = new Map<string, Evidence>();
  const unquoted = withoutQuotes(lower);
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    const source = cue.points < 0 ? unquoted : lower;
    for (const m of source.matchAll(cue.re)) {
      // Negation cancels both gains ("not sorry") and losses ("I won't tell you to calm down").
      if (negatedAt(tokens, m.index, cue.points < 0 ? 6 : 2, clauseStartBefore(lower, m.index))) continue;
      const evidence: Evidence = { dimension: cue.dimension, points: cue.points, reason: cue.reason, phrase: m[0] };
      if (cue.group) {
        const prev = bestInGroup.get(cue.group);
        if (!prev || prev.points < cue.points) bestInGroup.set(cue.group, evidence);
      } else found.push(evidence);
      if (cue.once) break;
    }
  }
  return [...found, ...bestInGroup.values()];
}

function shouting(reply: string): Evidence[] {
  const capsWords = (reply.match(/\b[A-Z]{3,}\b/g) ?? []).filter(
    (w) => !/^(ATM|PIN|SMS|USD|GBP|EUR|KES|NHS|OK|TV|UK|USA|IBAN|FAQ|ASAP|MRI|GP|VAT)$/.test(w),
  );
  const out: Evidence[] = [];
  if (capsWords.length >= 2)
    out.push({ dimension: 'respect', points: -20, reason: 'shouting in capitals', phrase: capsWords.slice(0, 3).join(' ') });
  if (/!{2,}|\?{2,}/.test(reply))
    out.push({
      dimension: 'respect',
      points: -10,
      reason: 'repeated ! or ? reads as shouting',
      phrase: reply.match(/[!?]{2,}/)![0],
    });
  return out;
}

/** Content words the reply shares with the customer's line: proof it is about their situation. */
function situationEvidence(replyTokens: readonly Token[], customer: string): Evidence[] {
  const customerStems = new Set(
    tokenize(customer)
      .filter((t) => t.word.length > 3 && !COMMON_ENGLISH.has(t.word))
      .map((t) => t.stem),
  );
  const shared = [
    ...new Set(
      replyTokens.filter((t) => t.word.length > 3 && customerStems.has(t.stem) && !COMMON_ENGLISH.has(t.word)).map((t) => t.word),
    ),
  ];
  if (shared.length === 0) return [];
  return [
    {
      dimension: 'empathy',
      points: Math.min(16, shared.length * 5),
      reason: 'speaks to their situation',
      phrase: shared.slice(0, 4).join(', '),
    },
  ];
}

function specifics(reply: string): Evidence[] {
  const found = reply.match(
    /\b\d[\d.,:/]*\s*(?:%|am|pm|hours?|days?|weeks?|minutes?|working days?)?|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\b/gi,
  );
  if (!found) return [];
  return [
    {
      dimension: 'helpfulness',
      points: Math.min(12, found.length * 6),
      reason: 'concrete details (amounts, times, dates)',
      phrase: found.slice(0, 3).join(', '),
    },
  ];
}

function avoidedPhrases(lower: string, avoid: readonly string[] | undefined): Evidence[] {
  const out: Evidence[] = [];
  for (const phrase of avoid ?? []) {
    const p = normalise(phrase).trim();
    if (p && withoutQuotes(lower).includes(p)) {
      out.push({ dimension: 'respect', points: -10, reason: 'a phrase this turn asks you to avoid', phrase });
      out.push({ dimension: 'empathy', points: -10, reason: 'a phrase this turn asks you to avoid', phrase });
    }
  }
  return out;
}

function nameEvidence(lower: string, customerName: string | undefined): Evidence[] {
  if (!customerName) return [];
  const parts = normalise(customerName)
    .split(/\s+/)
    .filter((p) => p.length > 1);
  const used = parts.find((p) => new RegExp(`\\b${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(lower));
  return used ? [{ dimension: 'respect', points: 8, reason: "uses the customer's name", phrase: used }] : [];
}

/** Gains count with diminishing returns so a list of pleasantries cannot buy a perfect score. */
function sumPoints(items: readonly Evidence[]): number {
  const gains = items
    .filter((e) => e.points > 0)
    .map((e) => e.points)
    .sort((a, b) => b - a);
  const losses = items.filter((e) => e.points < 0).reduce((s, e) => s + e.points, 0);
  const gain = gains.reduce((s, p, i) => s + p * Math.pow(0.8, i), 0);
  return gain + losses;
}

function baseline(dimension: Dimension, emotion: CustomerEmotion, keyPointCount: number): number {
  if (dimension === 'respect') return 58;
  if (dimension === 'empathy') return 40 - 25 * emotion.intensity;
  return keyPointCount > 0 ? 12 : 35;
}

function notScorable(reason: string): ReplyScore {
  return {
    scores: { respect: 0, helpfulness: 0, empathy: 0 },
    evidence: [{ dimension: 'helpfulness', points: 0, reason }],
    keyPoints: [],
    suggestions: [reason],
    scorable: false,
    scorerVersion: SCORER_VERSION,
  };
}

/**
 * Scores a free-text reply on respect, helpfulness and empathy (0-100 each), explaining every
 * point with evidence from the reply. Pure and synchronous, so it can run as the trainee types.
 */
export function scoreReply(reply: string, context: ScoringContext): ReplyScore {
  const text = reply.slice(0, MAX_SCORED_CHARS);
  const tokens = tokenize(text);
  if (tokens.length === 0) return notScorable('Type a reply to be scored.');
  const lower = normalise(text);
  const emotion = readCustomerEmotion(context.customer, context.mood);
  const keyPoints = matchKeyPoints(text, context.keyPoints);
  const evidence: Evidence[] = [
    ...findCues(lower, tokens),
    ...shouting(text),
    ...nameEvidence(lower, context.customerName),
    ...situationEvidence(tokens, context.customer),
    ...specifics(text),
    ...avoidedPhrases(lower, context.avoid),
  ];

  const englishShare = tokens.filter((t) => COMMON_ENGLISH.has(t.word)).length / tokens.length;
  const recognised = evidence.some((e) => e.points > 0) || keyPoints.some((k) => k.covered);
  if (tokens.length >= 5 && englishShare < 0.12 && !recognised) {
    return notScorable('This reply does not look like English, so it cannot be scored. Rapport scores English replies.');
  }

  // Staying courteous with a hostile customer is worth more than courtesy with a friendly one.
  if (emotion.hostile) {
    for (const e of evidence) if (e.dimension === 'respect' && e.points > 0) e.points = Math.round(e.points * 1.25);
  }

  const covered = keyPoints.filter((k) => k.covered);
  if (keyPoints.length > 0) {
    for (const k of covered) {
      evidence.push({
        dimension: 'helpfulness',
        points: Math.round(60 / keyPoints.length),
        reason: `covers: ${k.description}`,
        phrase: k.matched,
      });
    }
  }

  const scores = {} as Scores;
  for (const dimension of ['respect', 'helpfulness', 'empathy'] as const) {
    const mine = evidence.filter((e) => e.dimension === dimension);
    let value = baseline(dimension, emotion, keyPoints.length) + sumPoints(mine);
    // Sympathy with no action is not help: without ownership, specifics or a key point, cap it.
    if (dimension === 'helpfulness' && covered.length === 0 && !mine.some((e) => e.points > 0 && e.reason !== 'says please')) {
      value = Math.min(value, 30);
    }
    scores[dimension] = clamp(value);
  }

  const ordered = evidence.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  return {
    scores,
    evidence: ordered,
    keyPoints,
    suggestions: suggestImprovements(scores, ordered, keyPoints, emotion),
    scorable: true,
    scorerVersion: SCORER_VERSION,
  };
}
