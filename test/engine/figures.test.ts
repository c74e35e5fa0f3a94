import { describe, expect, it } from 'vitest';
import { agrees, readFigures } from '../../engine/scoring/figures';

describe('readFigures dates', () => {
  it.each([
    ['the recordings of the 12-19 january classes', 12, 19],
    ['the recordings of the january 12-19 classes', 12, 19],
    ['from 12 to 19 july', 12, 19],
    ['the 3rd–5th of may', 3, 5],
  ])('reads "%s" as one span of days', (text, from, to) => {
    const dates = readFigures(text).filter((f) => f.kind === 'date');
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatchObject({ value: from, upTo: to });
  });

  it('agrees with a span whichever order the month and days are written in', () => {
    const [expected] = readFigures('catch-up sessions for 12-19 january');
    const [said] = readFigures('recordings of the january 12-19 classes');
    expect(agrees(said!, [expected!])).toBe(true);
  });

  it('still reads a single date, and a later one as disagreeing with a deadline', () => {
    const [deadline] = readFigures('reply by 2 january');
    const [late] = readFigures('reply by 9 january');
    expect(deadline).toMatchObject({ kind: 'date', value: 2, upTo: 2 });
    expect(agrees(late!, [deadline!])).toBe(false);
  });
});
