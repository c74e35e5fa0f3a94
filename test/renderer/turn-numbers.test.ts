import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/scenario/format';
import { inTurnOrder, turnNumberLabel, turnNumbersOf } from '../../renderer/src/components/review/turn-numbers';
import { broadband } from './scenario-files';

const scenario = () => JSON.parse(broadband().text) as Scenario;

describe('turnNumbersOf', () => {
  it('numbers the opening Turn 1 and each node by the replies it takes to get there, as the scorecard does', () => {
    const numbers = turnNumbersOf(scenario());
    expect(numbers.get('opening')).toEqual([1]);
    expect(numbers.get('still-angry')).toEqual([2]);
    expect(numbers.get('escalating')).toEqual([2, 3]);
    expect(numbers.get('vague-answer')).toEqual([3, 4, 5]);
  });

  it('gives endings no turn number', () => {
    expect(turnNumbersOf(scenario()).has('resolved')).toBe(false);
  });

  it('stops counting round a loop', () => {
    const looping = scenario();
    const opening = looping.nodes.find((n) => n.id === 'opening')!;
    if (opening.kind === 'customer') opening.choices = [{ ...opening.choices![0]!, next: 'opening' }];
    const numbers = turnNumbersOf(looping).get('opening')!;
    expect(numbers.length).toBe(looping.nodes.filter((n) => n.kind === 'customer').length);
  });
});

describe('turnNumberLabel', () => {
  it('says one turn, two turns, a run of turns, or scattered turns', () => {
    expect(turnNumberLabel([3])).toBe('Turn 3');
    expect(turnNumberLabel([2, 3])).toBe('Turn 2 or 3');
    expect(turnNumberLabel([3, 4, 5])).toBe('Turns 3–5');
    expect(turnNumberLabel([2, 4, 6])).toBe('Turns 2, 4 or 6');
    expect(turnNumberLabel(undefined)).toBeNull();
  });
});

describe('inTurnOrder', () => {
  it('puts turns in the order a conversation meets them, unnumbered ones last', () => {
    const numbers = new Map([
      ['a', [3]],
      ['b', [1]],
      ['c', [3]],
    ]);
    const ids = inTurnOrder([{ nodeId: 'gone' }, { nodeId: 'a' }, { nodeId: 'b' }, { nodeId: 'c' }], numbers);
    expect(ids.map((t) => t.nodeId)).toEqual(['b', 'a', 'c', 'gone']);
  });
});
