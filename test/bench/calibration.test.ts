import { describe, expect, it } from 'vitest';
import { fitCalibration, trainCalibration, trainingRows, type TrainingRow } from '../../bench/fit-calibration';
import { isHeldOut, loadSituations } from '../../bench/scoring-dataset';
import { FEATURES, type Feature } from '../../engine/scoring/calibration';
import { CALIBRATION } from '../../engine/scoring/calibration-weights';
import { scoreReply } from '../../engine/scoring/score-reply';

const situations = loadSituations();

function row(group: string, features: Partial<Record<Feature, number>>, rating: number): TrainingRow {
  const all = Object.fromEntries(FEATURES.map((f) => [f, features[f] ?? 0])) as Record<Feature, number>;
  return { group, features: all, ratings: { respect: rating, helpfulness: rating, empathy: rating } };
}

// Refitting scores every labelled reply several times: seconds of work, more on a loaded machine.
describe('scorer calibration', { timeout: 120_000 }, () => {
  it('ships the weights that `npm run train:scorer` fits from the labelled data (run it after changing either)', () => {
    const fresh = trainCalibration(situations);
    expect(fresh.trainedOn).toEqual(CALIBRATION.trainedOn);
    expect(fresh.models).toEqual(CALIBRATION.models);
    expect(fresh.id).toBe(CALIBRATION.id);
  });

  it('is fitted on tuning situations only, never on the held-out third', () => {
    const rows = trainingRows(situations);
    const heldOut = new Set(situations.filter(isHeldOut).map((s) => s.situation));
    expect(heldOut.size).toBeGreaterThan(20);
    expect(rows.some((r) => heldOut.has(r.group))).toBe(false);
    // Every tuning reply the scorer can score is a row (a rated reply it reports unscorable cannot be one).
    const scorable = situations
      .filter((s) => !isHeldOut(s))
      .flatMap((s) =>
        s.replies.filter((r) => scoreReply(r.response, { customer: s.customer, keyPoints: s.keyPoints, mood: s.mood }).scorable),
      );
    expect(rows.length).toBe(scorable.length);
  });

  it('learns a relation the lexicon score misses and, with a strong ridge, stays with the lexicon', () => {
    // Ratings follow the lexicon score plus one point per unit of questions asked.
    const rows = Array.from({ length: 60 }, (_, i) =>
      row(`g${i % 6}`, { respect: (i % 5) * 0.8, asks_questions: (i % 7) / 3 }, (i % 5) * 0.8 + (i % 7) / 3),
    );
    const learned = fitCalibration(rows, 0.001).models.respect;
    expect(learned.weights.asks_questions).toBeCloseTo(1, 3);
    expect(learned.weights.respect).toBeCloseTo(1, 3);
    const stubborn = fitCalibration(rows, 1e9).models.respect;
    expect(stubborn.weights.asks_questions).toBeCloseTo(0, 3);
    expect(stubborn.weights.respect).toBeCloseTo(1, 3);
  });
});
