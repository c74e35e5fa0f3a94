import type { Dimension, Scores } from '../scenario/format';
import type { CustomerEmotion } from './emotion';
import type { Evidence, KeyPointResult } from './types';

/**
 * What the calibration layer reads about a reply. The lexicon's own three scores come first; the
 * rest are the evidence totals behind them and the context they were earned in, so the layer can
 * learn how trainers weigh one dimension's signals when rating another (warmth reads as respect,
 * rudeness cancels empathy) without new phrases being written for it.
 */
export const FEATURES = [
  'respect',
  'helpfulness',
  'empathy',
  'customer_intensity',
  'customer_hostile',
  'respect_gains',
  'respect_losses',
  'empathy_gains',
  'empathy_losses',
  'helpfulness_gains',
  'helpfulness_losses',
  'key_points_covered',
  'key_points_partly',
  'has_key_points',
  'helpful_moves',
  'key_points_strength',
  'addresses_them',
  'asks_questions',
  'policy_statements',
  'key_points_overlap',
  'situation_named',
] as const;

export type Feature = (typeof FEATURES)[number];

/** One linear model per dimension, predicting a trainer's 0-4 rating. */
export interface Calibration {
  /** A fingerprint of the weights; part of the scorer's version, so a refit is recorded with each score. */
  id: string;
  /** How the weights were fitted, so a stale file is easy to spot. */
  trainedOn: { situations: number; replies: number; ridge: number };
  models: Record<Dimension, { intercept: number; weights: Record<Feature, number> }>;
}

/** The surface of the reply the layer reads besides the evidence. */
export interface ReplyShape {
  words: readonly string[];
  questions: number;
  /** Share of the reply's sentences that state a rule at large rather than speak to the customer. */
  impersonal: number;
  /** Distinct words of the customer's situation named outside actions and requests. */
  situationWords: number;
}

const SECOND_PERSON = new Set(['you', 'your', "you're", "you've", "you'll", "you'd", 'yours', 'yourself']);

const total = (evidence: readonly Evidence[], dimension: Dimension, sign: 1 | -1) =>
  evidence.filter((e) => e.dimension === dimension && Math.sign(e.points) === sign).reduce((s, e) => s + e.points, 0) / 25;

/** The feature vector of one scored reply; scores and points are on the 0-4 rating scale. */
export function replyFeatures(
  lexicon: Scores,
  evidence: readonly Evidence[],
  keyPoints: readonly KeyPointResult[],
  emotion: CustomerEmotion,
  reply: ReplyShape,
): Record<Feature, number> {
  const wordCount = reply.words.length;
  const share = (ok: (k: KeyPointResult) => boolean) =>
    keyPoints.length === 0 ? 0 : keyPoints.filter(ok).length / keyPoints.length;
  return {
    respect: lexicon.respect / 25,
    helpfulness: lexicon.helpfulness / 25,
    empathy: lexicon.empathy / 25,
    customer_intensity: emotion.intensity,
    customer_hostile: emotion.hostile ? 1 : 0,
    respect_gains: total(evidence, 'respect', 1),
    respect_losses: total(evidence, 'respect', -1),
    empathy_gains: total(evidence, 'empathy', 1),
    empathy_losses: total(evidence, 'empathy', -1),
    helpfulness_gains: total(evidence, 'helpfulness', 1),
    helpfulness_losses: total(evidence, 'helpfulness', -1),
    key_points_covered: share((k) => k.covered),
    key_points_partly: share((k) => k.partly === true),
    has_key_points: keyPoints.length > 0 ? 1 : 0,
    helpful_moves:
      Math.min(4, evidence.filter((e) => e.dimension === 'helpfulness' && e.points > 0 && e.id !== 'key-point-covered').length) /
      4,
    key_points_strength: keyPoints.length === 0 ? 0 : keyPoints.reduce((s, k) => s + k.strength, 0) / keyPoints.length,
    // Replies about the customer ("you", "your") rather than about the company's rules.
    addresses_them: wordCount === 0 ? 0 : reply.words.filter((w) => SECOND_PERSON.has(w)).length / wordCount,
    asks_questions: Math.min(2, reply.questions) / 2,
    policy_statements: reply.impersonal,
    key_points_overlap: keyPoints.length === 0 ? 0 : keyPoints.reduce((s, k) => s + k.overlap, 0) / keyPoints.length,
    // Saturates: naming the situation shows they were heard; listing every word of it adds nothing.
    situation_named: Math.min(1, reply.situationWords / 5),
  };
}

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/** The calibrated 0-100 scores: 25 points per step of a trainer's 0-4 rating. */
export function calibratedScores(features: Record<Feature, number>, calibration: Calibration): Scores {
  const score = (d: Dimension) => {
    const model = calibration.models[d];
    return clamp(25 * FEATURES.reduce((s, f) => s + model.weights[f] * features[f], model.intercept));
  };
  return { respect: score('respect'), helpfulness: score('helpfulness'), empathy: score('empathy') };
}

/**
 * How many calibrated points one piece of lexicon evidence is worth on its own dimension: it moves
 * that dimension's lexicon score and its gains-or-losses total, each with its learned weight.
 */
export function evidenceWeight(dimension: Dimension, points: number, calibration: Calibration): number {
  const weights = calibration.models[dimension].weights;
  const totalFeature = `${dimension}_${points >= 0 ? 'gains' : 'losses'}` as Feature;
  return weights[dimension] + weights[totalFeature];
}
