import { bucketStartDay, chartSpanProblem, defaultChartStart, localDay, startOfLocalDay } from '../../engine/review/chart-span';

describe('startOfLocalDay', () => {
  it('is midnight in the zone, whichever side of a change of clocks', () => {
    expect(startOfLocalDay('2025-03-09', 'America/New_York').toISOString()).toBe('2025-03-09T05:00:00.000Z');
    expect(startOfLocalDay('2025-03-10', 'America/New_York').toISOString()).toBe('2025-03-10T04:00:00.000Z');
    expect(startOfLocalDay('2025-03-15', 'Asia/Tokyo').toISOString()).toBe('2025-03-14T15:00:00.000Z');
    expect(startOfLocalDay('2025-03-15', 'UTC').toISOString()).toBe('2025-03-15T00:00:00.000Z');
  });
});

describe('localDay and bucketStartDay', () => {
  it('name the zone’s calendar day and the Monday or first of the month it falls in', () => {
    expect(localDay(new Date('2025-03-15T23:30:00Z'), 'Asia/Tokyo')).toBe('2025-03-16');
    expect(bucketStartDay('2025-03-16', 'week')).toBe('2025-03-10');
    expect(bucketStartDay('2025-03-16', 'month')).toBe('2025-03-01');
    expect(bucketStartDay('2025-03-16', 'day')).toBe('2025-03-16');
  });
});

describe('defaultChartStart', () => {
  const to = new Date('2025-03-15T12:00:00Z');

  it('starts the bucket holding the day a span back: 30 days, 26 weeks or 12 months', () => {
    expect(defaultChartStart(to, 'day', 'UTC').toISOString()).toBe('2025-02-13T00:00:00.000Z');
    expect(defaultChartStart(to, 'week', 'UTC').toISOString()).toBe('2024-09-09T00:00:00.000Z');
    expect(defaultChartStart(to, 'week', 'America/New_York').toISOString()).toBe('2024-09-09T04:00:00.000Z');
    expect(defaultChartStart(to, 'month', 'Asia/Tokyo').toISOString()).toBe('2024-02-29T15:00:00.000Z');
  });

  it('goes back 12 calendar months from 29 February to 28 February, as the database does', () => {
    expect(defaultChartStart(new Date('2024-02-29T12:00:00Z'), 'month', 'UTC').toISOString()).toBe('2023-02-01T00:00:00.000Z');
  });
});

describe('chartSpanProblem', () => {
  it('allows ten years and refuses more, saying how long and what to do', () => {
    const to = new Date('2025-03-15T00:00:00Z');
    expect(chartSpanProblem(new Date('2015-03-15T00:00:00Z'), to)).toBeNull();
    expect(chartSpanProblem(new Date('2001-01-01T00:00:00Z'), to)).toBe(
      'the score trend would cover 24 years (2001-01-01 to 2025-03-15); a chart covers at most 10 years. Choose a shorter date range.',
    );
  });
});
