/**
 * Fits the scorer's calibration layer: per dimension, a ridge regression from the lexicon's features
 * to the trainers' 0-4 ratings. The ridge pulls towards "trust the lexicon" (weight 1 on the
 * dimension's own lexicon score, 0 elsewhere), so with little data the layer stays close to the
 * hand-written scorer and only moves where the ratings consistently disagree with it.
 */
import { Matrix, solve } from 'ml-matrix';
import { DIMENSIONS, type Dimension, type Scores } from '../engine/scenario/format';
import { calibratedScores, FEATURES, type Calibration, type Feature } from '../engine/scoring/calibration';
import { calibrationFeatures } from '../engine/scoring/score-reply';
import { spearman } from './rank-metrics';
import { isHeldOut, type Situation } from './scoring-dataset';

export interface TrainingRow {
  group: string;
  features: Record<Feature, number>;
  ratings: Record<Dimension, number>;
}

/** Candidate ridge strengths; the one with the best cross-validated agreement is kept. */
export const RIDGES = [1, 3, 10, 30, 100] as const;

const round = (n: number) => Math.round(n * 1e6) / 1e6;

function fitDimension(rows: readonly TrainingRow[], dimension: Dimension, ridge: number) {
  const n = rows.length;
  const prior = FEATURES.map((f) => (f === dimension ? 1 : 0));
  const mean = FEATURES.map((f) => rows.reduce((s, r) => s + r.features[f], 0) / n);
  const meanRating = rows.reduce((s, r) => s + r.ratings[dimension], 0) / n;
  // Centred, so the intercept is not shrunk; the residual is what the prior leaves unexplained.
  const X = new Matrix(rows.map((r) => FEATURES.map((f, j) => r.features[f] - mean[j]!)));
  const residual = Matrix.columnVector(
    rows.map((r, i) => r.ratings[dimension] - meanRating - X.getRow(i).reduce((s, x, j) => s + x * prior[j]!, 0)),
  );
  const Xt = X.transpose();
  const gram = Xt.mmul(X);
  for (let j = 0; j < FEATURES.length; j++) gram.set(j, j, gram.get(j, j) + ridge);
  const delta = solve(gram, Xt.mmul(residual)).to1DArray();
  const weights = FEATURES.map((_, j) => prior[j]! + delta[j]!);
  const intercept = meanRating - weights.reduce((s, w, j) => s + w * mean[j]!, 0);
  return {
    intercept: round(intercept),
    weights: Object.fromEntries(FEATURES.map((f, j) => [f, round(weights[j]!)])) as Record<Feature, number>,
  };
}

/** FNV-1a over the weights, as 8 hex digits. */
function fingerprint(models: Calibration['models']): string {
  let h = 0x811c9dc5;
  for (const c of JSON.stringify(models)) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export function fitCalibration(rows: readonly TrainingRow[], ridge: number): Calibration {
  const models = Object.fromEntries(DIMENSIONS.map((d) => [d, fitDimension(rows, d, ridge)])) as Calibration['models'];
  return {
    id: fingerprint(models),
    trainedOn: { situations: new Set(rows.map((r) => r.group)).size, replies: rows.length, ridge },
    models,
  };
}

/** The tuning situations' replies as training rows (held-out situations never enter). */
export function trainingRows(situations: readonly Situation[]): TrainingRow[] {
  return situations
    .filter((s) => !isHeldOut(s))
    .flatMap((s) =>
      s.replies.flatMap((r) => {
        const features = calibrationFeatures(r.response, { customer: s.customer, keyPoints: s.keyPoints, mood: s.mood });
        if (!features) return [];
        return [
          { group: s.situation, features, ratings: { respect: r.respect, helpfulness: r.helpfulness, empathy: r.empathy } },
        ];
      }),
    );
}

/**
 * Spearman per dimension when each fifth of the situations is scored by a layer
 * fitted on the other four fifths: agreement on situations the fit has not seen.
 */
export function crossValidatedByDimension(rows: readonly TrainingRow[], ridge: number, folds = 5): Record<Dimension, number> {
  const groups = [...new Set(rows.map((r) => r.group))];
  const predicted = new Map<TrainingRow, Scores>();
  for (let k = 0; k < folds; k++) {
    const test = new Set(groups.filter((_, i) => i % folds === k));
    const calibration = fitCalibration(
      rows.filter((r) => !test.has(r.group)),
      ridge,
    );
    for (const r of rows.filter((r) => test.has(r.group))) predicted.set(r, calibratedScores(r.features, calibration));
  }
  return Object.fromEntries(
    DIMENSIONS.map((d) => [
      d,
      spearman(
        rows.map((r) => predicted.get(r)![d]),
        rows.map((r) => r.ratings[d]),
      ),
    ]),
  ) as Record<Dimension, number>;
}

/** The mean of the three cross-validated Spearman figures: what the ridge strength is chosen by. */
export function crossValidated(rows: readonly TrainingRow[], ridge: number): number {
  const rhos = Object.values(crossValidatedByDimension(rows, ridge));
  return rhos.reduce((s, v) => s + v, 0) / rhos.length;
}

/** Fits the layer on every tuning reply with the ridge strength that cross-validates best. */
export function trainCalibration(situations: readonly Situation[]): Calibration {
  const rows = trainingRows(situations);
  const ridge = RIDGES.reduce((best, r) => (crossValidated(rows, r) > crossValidated(rows, best) ? r : best));
  return fitCalibration(rows, ridge);
}
