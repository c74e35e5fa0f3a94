import { averageScores, wholePointAverage } from '../../engine/review/averages';
import { dimensionTrend, trendWindows } from '../../engine/review/dimension-trend';
import { flaggedDimensions } from '../../engine/review/flags';
import { histogramBin, scoreBand } from '../../engine/review/score-bands';
import { weakestFirst } from '../../engine/review/weakest-skills';

describe('dimensionTrend', () => {
  it('calls a change of 3 points or more a trend, anything less steady, and a missing window unknown', () => {
    expect(dimensionTrend(63, 60).direction).toBe('up');
    expect(dimensionTrend(62, 60).direction).toBe('steady');
    expect(dimensionTrend(58, 60).direction).toBe('steady');
    expect(dimensionTrend(57, 60)).toEqual({ recent: 57, previous: 60, change: -3, direction: 'down' });
    expect(dimensionTrend(57, null)).toEqual({ recent: 57, previous: null, change: null, direction: 'unknown' });
  });
});

describe('trendWindows', () => {
  it('compares the 30 days before the filter’s end (or now) with the 30 days before those', () => {
    const windows = trendWindows(null, new Date('2025-03-15T12:00:00Z'));
    expect([windows.from, windows.middle, windows.to].map((d) => d.toISOString())).toEqual([
      '2025-01-14T12:00:00.000Z',
      '2025-02-13T12:00:00.000Z',
      '2025-03-15T12:00:00.000Z',
    ]);
    expect(trendWindows(new Date('2025-01-01T00:00:00Z'), new Date()).to.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });
});

describe('averages and flags', () => {
  it('round to whole points, halves up, and flag only below a threshold that is set', () => {
    expect(wholePointAverage(117, 2)).toBe(59);
    expect(wholePointAverage(0, 0)).toBeNull();
    const averages = averageScores([
      { respect: 87, helpfulness: 80, empathy: 78 },
      { respect: 30, helpfulness: 10, empathy: 10 },
    ]);
    expect(averages).toEqual({ respect: 59, helpfulness: 45, empathy: 44 });
    expect(flaggedDimensions(averages, { respect: 59, helpfulness: null, empathy: 60 })).toEqual(['empathy']);
    expect(flaggedDimensions(null, { respect: 100, helpfulness: 100, empathy: 100 })).toEqual([]);
  });
});

describe('score bands and the weakest skills order', () => {
  it('bands scores weak < 40 ≤ fair < 70 ≤ strong, bins 100 with the nineties, and puts no average last', () => {
    expect([39, 40, 69, 70].map(scoreBand)).toEqual(['weak', 'fair', 'fair', 'strong']);
    expect([0, 9, 10, 99, 100].map(histogramBin)).toEqual([0, 0, 1, 9, 9]);
    const skills = [
      { dimension: 'respect' as const, average: null },
      { dimension: 'helpfulness' as const, average: 50 },
      { dimension: 'empathy' as const, average: 50 },
    ];
    expect([...skills].sort(weakestFirst).map((s) => s.dimension)).toEqual(['helpfulness', 'empathy', 'respect']);
  });
});
