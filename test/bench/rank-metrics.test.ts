import { describe, expect, it } from 'vitest';
import { averageRanks, pairwiseAccuracy, spearman } from '../../bench/rank-metrics';

describe('averageRanks', () => {
  it('gives tied values their average rank', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
  });
});

describe('spearman', () => {
  it('is 1 for the same order, -1 for the reverse, and handles ties', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([4, 3, 2, 1], [10, 20, 30, 40])).toBeCloseTo(-1);
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(0.9487, 3);
  });
});

describe('pairwiseAccuracy', () => {
  it('compares only pairs within a group whose ratings differ, counting a tie as half', () => {
    const items = [
      { group: 'a', predicted: 90, rated: 4 },
      { group: 'a', predicted: 10, rated: 0 },
      { group: 'a', predicted: 10, rated: 2 },
      { group: 'b', predicted: 99, rated: 0 }, // different group: never compared with group a
      { group: 'b', predicted: 1, rated: 0 }, // same rating: not a pair
    ];
    // pairs: (90,4)-(10,0) right; (90,4)-(10,2) right; (10,0)-(10,2) tie → 2.5 / 3
    expect(pairwiseAccuracy(items)).toBeCloseTo(2.5 / 3);
  });
});
