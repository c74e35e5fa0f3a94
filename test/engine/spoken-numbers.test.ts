import { describe, expect, it } from 'vitest';
import { matchKeyPoints } from '../../engine/scoring/key-points';
import { numberRuns } from '../../engine/scoring/spoken-numbers';
import { tokenize } from '../../engine/scoring/tokens';

const values = (text: string) => numberRuns(tokenize(text), text).map((r) => r.value);

describe('numberRuns', () => {
  it.each([
    ['fifty pounds off', [50]],
    ['a hundred and fifty rand', [150]],
    ['fifteen thousand shillings', [15000]],
    ['two thousand three hundred and sixty', [2360]],
    ['twenty-four hours', [24]],
    ['ksh 15,000 today', [15000]],
    ['one of our team will call, no one else', []],
    ['hundred percent sure', []],
    ['5 days and 3 nights', []],
  ])('reads "%s"', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

describe('matchKeyPoints with numbers in words and service idioms', () => {
  const points = [
    {
      id: 'credit',
      description: 'Credit £50 to the account for the missed days',
      examples: ['we will credit £50 to your account'],
    },
    { id: 'free', description: 'Redeliver free of charge', examples: ['we will redeliver at no cost'] },
  ];
  const covered = (reply: string) =>
    matchKeyPoints(reply.toLowerCase(), points)
      .filter((k) => k.covered)
      .map((k) => k.id);

  it('hears "fifty pounds off your bill" as the £50 credit', () => {
    expect(covered("Fifty pounds will come off your bill for the days you've missed.")).toContain('credit');
  });

  it('hears "on us" as free, and a refusal to waive the charge as not free', () => {
    expect(covered("We'll redeliver it tomorrow and the redelivery is on us.")).toContain('free');
    expect(covered("We can't redeliver it for nothing; there is a £10 fee.")).not.toContain('free');
  });
});
