import type { Dimension, Scores } from '../scenario/format';
import { isBrushOff, isRudeBrushOff, judgeByWhatFollows } from './brush-off';
import type { LocatedEvidence } from './located-evidence';
import { ownWordsEmpathy } from './own-words-empathy';
import { collapseScripted, situationStems, SMALL_COURTESIES } from './scripted-sympathy';
import { expandShorthand } from './chat-shorthand';
import { readCustomerEmotion, type CustomerEmotion } from './emotion';
import { crossEvidence } from './cross-evidence';
import { impersonalShare } from './impersonal';
import { ironyEvidence } from './irony';
import { wrongFactEvidence } from './key-point-facts';
import { matchKeyPoints } from './key-points';
import { paddingOf, situationWordsSaid } from './reply-padding';
import { readSentences } from './reply-sentences';
import {
  avoidedEvidence,
  cueEvidence,
  nameEvidence,
  shoutingEvidence,
  situationEvidence,
  specificsEvidence,
} from './reply-evidence';
import { suggestImprovements } from './suggestions';
import { CUE_VOCABULARY } from './cue-vocabulary';
import { identifyLanguage } from './language';
import { correctMisspellings } from './misspellings';
import { toBritishSpelling } from './spelling-variants';
import { COMMON_ENGLISH, normalise, tokenize } from './tokens';
import type { Evidence, KeyPointResult, ReplyScore, ScoringContext } from './types';
import { calibratedScores, evidenceWeight, replyFeatures, type Calibration, type Feature, type ReplyShape } from './calibration';
import { CALIBRATION } from './calibration-weights';

/** Stored with every scored turn so results can be recomputed when the scorer improves. */
export const SCORER_VERSION = `lexicon-3.0.0+${CALIBRATION.id}`;

/** Replies longer than this are scored on their first part: no trainer reads further either. */
const MAX_SCORED_CHARS = 4000;

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
const sum = (items: readonly Evidence[]) => items.reduce((s, e) => s + e.points, 0);

/** Gains count with diminishing returns so a list of pleasantries cannot buy a perfect score. */
function diminished(items: readonly Evidence[]): number {
  const gains = items
    .filter((e) => e.points > 0)
    .map((e) => e.points)
    .sort((a, b) => b - a);
  return gains.reduce((s, p, i) => s + p * Math.pow(0.85, i), 0) + sum(items.filter((e) => e.points < 0));
}

function baseline(dimension: Dimension, emotion: CustomerEmotion, keyPointCount: number): number {
  if (dimension === 'respect') return 55;
  if (dimension === 'empathy') return 48 - 36 * emotion.intensity;
  return keyPointCount > 0 ? 10 : 30;
}

function notScorable(reason: string): ReplyScore {
  return {
    scores: { respect: 0, helpfulness: 0, empathy: 0 },
    evidence: [{ id: 'unscorable', dimension: 'helpfulness', points: 0, reason }],
    keyPoints: [],
    suggestions: [reason],
    scorable: false,
    scorerVersion: SCORER_VERSION,
  };
}

/** The lexicon's reading of a reply: evidence, key points and its own scores, before calibration. */
interface LexiconReading {
  lexicon: Scores;
  evidence: Evidence[];
  keyPoints: KeyPointResult[];
  emotion: CustomerEmotion;
  shape: ReplyShape;
  /** Dimensions whose only gains are stock sympathy: such a reply cannot pass on them. */
  onlyScripted: Dimension[];
  /** Where the stock sympathy stands in the reply, when `sameLength` lets it be cut from the original. */
  formula: Array<{ start: number; end: number }>;
  sameLength: boolean;
}

const at = (evidence: Evidence): LocatedEvidence => ({ evidence, at: -1 });

const ENGLISH_REPLY = { english: true, language: 'eng', name: 'English' } as const;

function plainlyEnglish(text: string): boolean {
  // Short words ("no", "me", "a") are shared with other languages and prove nothing.
  const words = (text.toLowerCase().match(/[\p{L}']+/gu) ?? []).filter((w) => w.length >= 3);
  if (words.length < 8) return false;
  return words.filter((w) => COMMON_ENGLISH.has(w)).length / words.length >= 0.35;
}

function readReply(reply: string, context: ScoringContext): LexiconReading | { unscorable: string } {
  const text = reply.slice(0, MAX_SCORED_CHARS);
  // Most replies are plainly English: a share of its commonest words settles it without the identifier.
  const language = plainlyEnglish(text) ? ENGLISH_REPLY : identifyLanguage(text);
  if (language.language === 'und') return { unscorable: 'Type a reply in words to be scored.' };
  if (!language.english)
    return {
      unscorable: `This reply looks like ${language.name}. Rapport scores replies in English, so it cannot be scored fairly.`,
    };
  // One spelling for every cue: "apologize" and "apologise", "realy sory" and "really sorry" read the same.
  const lower = correctMisspellings(toBritishSpelling(expandShorthand(normalise(text))), CUE_VOCABULARY);
  const tokens = tokenize(lower);
  if (tokens.length === 0) return { unscorable: 'Type a reply to be scored.' };

  const emotion = readCustomerEmotion(context.customer, context.mood);
  const read = readSentences(lower, tokens);
  const situation = situationStems(
    context.customer,
    (context.keyPoints ?? []).flatMap((k) => [k.description, ...k.examples]),
  );
  const cues = cueEvidence(lower, tokens);
  // Padding (company history, opening hours, how partners are chosen) speaks to no one and moves
  // nothing: a sentence with no "I", "we" or "you", no cue of any kind, or a rule stated at large
  // about nothing of theirs. It is left out of everything that follows, so length buys nothing.
  const { padding, forKeyPoints } = paddingOf(read, cues, situation);
  const said = read.filter((sentence) => !padding.includes(sentence));
  const inPadding = (e: LocatedEvidence) =>
    e.evidence.points > 0 && e.evidence.dimension !== 'respect' && padding.some((s) => e.at >= s.start && e.at < s.end);
  const spoken = padding.reduce((t, s) => t.slice(0, s.start) + ' '.repeat(s.end - s.start) + t.slice(s.end), text);
  const keyPoints = matchKeyPoints(lower, context.keyPoints, context.customer, forKeyPoints);
  let located: LocatedEvidence[] = [
    ...cues.filter((e) => !inPadding(e)),
    ...shoutingEvidence(text).map(at),
    ...nameEvidence(lower, context.customerName).map(at),
    ...specificsEvidence(spoken).map(at),
    ...avoidedEvidence(lower, context.avoid).map(at),
  ];

  // Sarcasm in words no cue lists is still heard in its devices (certainty, praise, hyperbole…).
  if (!located.some((e) => SARCASM.has(e.evidence.id))) located.push(...ironyEvidence(lower));
  located = judgeByWhatFollows(located, lower);
  const scripted = collapseScripted(located, lower, tokens, situation);
  located = [...withoutStockAfterBrushOff(scripted.kept), ...ownWordsEmpathy(lower, tokens, scripted.kept, situation)];
  const evidence = located.map((e) => e.evidence);
  evidence.push(...wrongFactEvidence(keyPoints));

  // Naming their situation counts as empathy only alongside recognising how they feel about it.
  const disrespectful = evidence.some((e) => e.dimension === 'respect' && e.points < 0);
  const acknowledges = evidence.some((e) => e.dimension === 'empathy' && e.points > 0 && !SET_PHRASES.has(e.id));
  if (!disrespectful && acknowledges && scripted.formula.length === 0)
    evidence.push(...situationEvidence(tokens, context.customer));
  // Staying courteous with a hostile customer is worth more than courtesy with a friendly one.
  if (emotion.hostile)
    for (const e of evidence) if (e.dimension === 'respect' && e.points > 0) e.points = Math.round(e.points * 1.25);
  // The more upset the customer, the more each act of empathy counts (and the more its absence shows).
  for (const e of evidence)
    if (e.dimension === 'empathy' && e.points > 0) e.points = Math.round(e.points * (1 + 0.6 * emotion.intensity));
  evidence.push(...crossEvidence(evidence, emotion.intensity < 0.3));

  const covered = keyPoints.filter((k) => k.covered);
  for (const k of covered) {
    evidence.push({
      id: 'key-point-covered',
      dimension: 'helpfulness',
      points: Math.round(60 / keyPoints.length),
      reason: `covers: ${k.description}`,
      phrase: k.matched,
    });
  }

  const scores = {} as Scores;
  for (const dimension of ['respect', 'helpfulness', 'empathy'] as const) {
    const mine = evidence.filter((e) => e.dimension === dimension);
    let value = baseline(dimension, emotion, keyPoints.length) + diminished(mine);
    // Sympathy with no action is not help: without ownership, specifics or a key point, cap it.
    if (dimension === 'helpfulness' && covered.length === 0 && !mine.some((e) => e.points > 0)) value = Math.min(value, 30);
    scores[dimension] = clamp(value);
  }
  const inFormula = (e: LocatedEvidence) => scripted.formula.some((f) => e.at >= f.start && e.at < f.end);
  // Warmth outside the stock phrases (their situation named, a greeting, their name) is real.
  const realWarmth = located.some(
    (e) =>
      e.evidence.dimension !== 'helpfulness' && e.evidence.points > 0 && !inFormula(e) && !SMALL_COURTESIES.has(e.evidence.id),
  );
  const helped = covered.length > 0 || evidence.some((e) => e.dimension === 'helpfulness' && e.points > 0);
  const onlyScripted: Dimension[] =
    scripted.formula.length === 0 || realWarmth ? [] : helped ? ['empathy'] : ['respect', 'empathy'];
  return {
    lexicon: scores,
    evidence,
    keyPoints,
    emotion,
    onlyScripted,
    formula: scripted.formula,
    sameLength: lower.length === text.length,
    // The reply's shape is read from what it says to the customer: padding dilutes nothing.
    shape: {
      words: tokens.filter((t) => !padding.some((p) => t.start >= p.start && t.start < p.end)).map((t) => t.word),
      questions: (text.match(/\?+/g) ?? []).length,
      impersonal: impersonalShare(said),
      situationWords: situationWordsSaid(said, located, situation),
    },
  };
}

/** Stock sympathy in a reply that brushes the customer off anywhere earns nothing: it is shown at 0. */
function withoutStockAfterBrushOff(located: readonly LocatedEvidence[]): LocatedEvidence[] {
  if (!located.some((e) => isBrushOff(e.evidence))) return [...located];
  // A polite refusal keeps its courtesy; a rude brush-off keeps nothing.
  const rude = located.some((e) => isRudeBrushOff(e.evidence));
  return located.map((e) =>
    e.evidence.id === 'scripted-sympathy' && (rude || e.evidence.dimension === 'empathy')
      ? { ...e, evidence: { ...e.evidence, points: 0 } }
      : e,
  );
}

const SARCASM = new Set(['sarcasm', 'sarcasm-or-condescension']);

/** Ids of set phrases: they do not show the reply is about the customer's situation. */
const SET_PHRASES = new Set(['apologises', 'generic-scripted-line', 'offers-condolences', 'scripted-sympathy']);

/**
 * Limits no evidence can buy past: stock sympathy alone cannot earn more than half marks on respect
 * or empathy, a reply that does nothing useful cannot look helpful, however long or warm it is, and
 * one that states a wrong fact cannot look helpful either.
 */
function guarded(scores: Scores, reading: LexiconReading): Scores {
  const out = { ...scores };
  for (const d of reading.onlyScripted) out[d] = Math.min(out[d], 50);
  const helps =
    reading.evidence.some((e) => e.dimension === 'helpfulness' && e.points > 0) ||
    reading.keyPoints.some((k) => k.covered || k.partly);
  if (!helps) out.helpfulness = Math.min(out.helpfulness, 25);
  // Wrong information is worse than none: a reply that contradicts the scenario's facts is not help.
  if (reading.keyPoints.some((k) => k.wrongFact && !k.wrongFact.slower)) out.helpfulness = Math.min(out.helpfulness, 30);
  return out;
}

/**
 * Stock sympathy with nothing real beside it is worth at most 10 points on any dimension: the reply
 * is scored again without it, and no score may rise more than that above the bare reply's.
 */
function atMostTenForStock(
  scores: Scores,
  reply: string,
  reading: LexiconReading,
  context: ScoringContext,
  calibration: Calibration,
): Scores {
  if (reading.onlyScripted.length === 0 || reading.formula.length === 0) return scores;
  const source = reading.sameLength ? reply.slice(0, MAX_SCORED_CHARS) : normalise(reply.slice(0, MAX_SCORED_CHARS));
  let bare = source;
  for (const f of [...reading.formula].reverse()) bare = bare.slice(0, f.start) + ' '.repeat(f.end - f.start) + bare.slice(f.end);
  const without = readReply(bare.replace(/^[\s.,!;:…—–-]+/, ''), context);
  if ('unscorable' in without) return scores;
  const base = guarded(
    calibratedScores(
      replyFeatures(without.lexicon, without.evidence, without.keyPoints, without.emotion, without.shape),
      calibration,
    ),
    without,
  );
  const out = { ...scores };
  for (const d of ['respect', 'helpfulness', 'empathy'] as const) out[d] = Math.min(out[d], base[d] + 10);
  return out;
}

/** The calibration layer's inputs for one reply, or null when the reply cannot be scored. */
export function calibrationFeatures(reply: string, context: ScoringContext): Record<Feature, number> | null {
  const reading = readReply(reply, context);
  if ('unscorable' in reading) return null;
  return replyFeatures(reading.lexicon, reading.evidence, reading.keyPoints, reading.emotion, reading.shape);
}

/**
 * Scores a free-text reply on respect, helpfulness and empathy (0-100 each), explaining every
 * point with evidence from the reply. The lexicon finds the evidence; a calibration layer fitted to
 * trainers' ratings weighs it. Pure and synchronous, so it can run as the trainee types.
 */
export function scoreReply(reply: string, context: ScoringContext, calibration: Calibration = CALIBRATION): ReplyScore {
  const reading = readReply(reply, context);
  if ('unscorable' in reading) return notScorable(reading.unscorable);
  const { lexicon, keyPoints, emotion, shape } = reading;
  const scores = atMostTenForStock(
    guarded(calibratedScores(replyFeatures(lexicon, reading.evidence, keyPoints, emotion, shape), calibration), reading),
    reply,
    reading,
    context,
    calibration,
  );
  // Each note is shown at what it is worth after calibration, not at its raw lexicon value.
  const evidence = reading.evidence
    .map((e) => ({ ...e, points: Math.round(e.points * evidenceWeight(e.dimension, e.points, calibration)) }))
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  return {
    scores,
    evidence,
    keyPoints,
    suggestions: suggestImprovements(scores, evidence, keyPoints, emotion),
    scorable: true,
    scorerVersion: SCORER_VERSION,
  };
}
