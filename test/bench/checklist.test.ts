import { describe, expect, it } from 'vitest';
import { runChecklist } from '../../bench/checklist';
import { loadSituations } from '../../bench/scoring-dataset';

// One run over the labelled situations serves every test below: the transformations are many.
const results = runChecklist(loadSituations());

describe('scorer behaviour (CheckList: minimum functionality, invariance, direction)', () => {
  it.each(results.map((r) => [r.name, r] as const))('%s: passes its stated rate', (_name, r) => {
    expect(r.cases, `${r.name} has cases to run`).toBeGreaterThan(5);
    const rate = (100 * r.passed) / r.cases;
    expect(rate, `${r.rule}; first failures: ${r.failures.slice(0, 5).join(' | ')}`).toBeGreaterThanOrEqual(r.required);
  });
});
