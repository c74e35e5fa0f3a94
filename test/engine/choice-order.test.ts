import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawChoiceSeed, seededShuffle, shownChoices, shownPosition } from '../../engine/play/choice-order';
import { currentTurn, resumeAt, startPlay, takeTurn } from '../../engine/play/player';
import type { CustomerTurn, Scenario } from '../../engine/scenario/format';
import { validateScenarioText } from '../../engine/scenario/validate';
import { bundledScenarioText } from '../fixtures/bundled-scenarios';

const scenario = validateScenarioText('x.json', bundledScenarioText('double-charged-broadband')).scenario as Scenario;
const opening = scenario.nodes.find((n) => n.id === 'opening') as CustomerTurn;
const ids = (turn: Pick<CustomerTurn, 'id' | 'choices'>, seed?: number) => shownChoices(turn, seed).map((c) => c.id);

/** A turn with `n` choices named c0…c(n-1). */
function turnOf(n: number, id = 'turn'): Pick<CustomerTurn, 'id' | 'choices'> {
  const choices = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    text: `reply ${i}`,
    scores: { respect: 50, helpfulness: 50, empathy: 50 },
    feedback: 'ok',
    next: 'end',
  }));
  return { id, choices };
}

describe('shownChoices', () => {
  it('shows the choices as authored when the attempt has no seed', () => {
    expect(ids(opening)).toEqual(opening.choices!.map((c) => c.id));
  });

  it('gives the same order for the same seed and turn, every time', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 31 - 1 }), (seed) => {
        expect(ids(turnOf(4), seed)).toEqual(ids(turnOf(4), seed));
      }),
    );
  });

  it('shows every choice exactly once, whatever the seed', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 6 }), (seed, n) => {
        expect([...ids(turnOf(n), seed)].sort()).toEqual(
          turnOf(n)
            .choices!.map((c) => c.id)
            .sort(),
        );
      }),
    );
  });

  it('puts the authored first choice in each position about equally often over many seeds', () => {
    const counts = [0, 0, 0];
    for (let seed = 0; seed < 3000; seed++) counts[ids(turnOf(3), seed).indexOf('c0')]! += 1;
    for (const count of counts) expect(count).toBeGreaterThan(850);
  });

  it('draws different orders for different turns of one attempt', () => {
    const orders = new Set(Array.from({ length: 12 }, (_, i) => ids(turnOf(4, `turn-${i}`), 42).join()));
    expect(orders.size).toBeGreaterThan(3);
  });
});

describe('seededShuffle', () => {
  it('leaves its input untouched', () => {
    const items = [1, 2, 3, 4];
    seededShuffle(items, 7, 'x');
    expect(items).toEqual([1, 2, 3, 4]);
  });
});

describe('drawChoiceSeed', () => {
  it('draws whole numbers that fit a Postgres integer', () => {
    expect(drawChoiceSeed(() => 0)).toBe(0);
    expect(drawChoiceSeed(() => 0.999999999999)).toBe(2 ** 31 - 1);
    expect(Number.isInteger(drawChoiceSeed(Math.random))).toBe(true);
  });
});

describe('playing with a drawn order', () => {
  it('records on each choice turn the order it was shown in, and keeps the seed from turn to turn', () => {
    const seed = 1234;
    const start = startPlay(scenario, undefined, seed);
    expect(start.choiceSeed).toBe(seed);
    const next = takeTurn(scenario, start, { kind: 'choice', choiceId: 'procedure-first' });
    expect(next.choiceSeed).toBe(seed);
    expect(next.turns[0]!.shownChoiceIds).toEqual(ids(opening, seed));
  });

  it('records the authored order when there is no seed, and nothing on a free-text-only turn', () => {
    const first = takeTurn(scenario, startPlay(scenario), { kind: 'choice', choiceId: 'procedure-first' });
    expect(first.turns[0]!.shownChoiceIds).toEqual(opening.choices!.map((c) => c.id));
    expect(currentTurn(scenario, first)?.choices).toBeUndefined();
    const second = takeTurn(scenario, first, { kind: 'text', text: "I'm sorry, I'll sort it now." });
    expect(second.turns[1]!).not.toHaveProperty('shownChoiceIds');
  });

  it('lets a retry draw a new order while the carried turns keep the one they were shown', () => {
    const first = takeTurn(scenario, startPlay(scenario, undefined, 1), { kind: 'choice', choiceId: 'procedure-first' });
    const played = takeTurn(scenario, first, { kind: 'text', text: "I'm sorry, I'll sort it now." });
    const retry = startPlay(scenario, resumeAt(played.turns, 1), 2);
    expect(retry.choiceSeed).toBe(2);
    expect(retry.turns[0]!.shownChoiceIds).toEqual(ids(opening, 1));
  });
});

describe('shownPosition', () => {
  it('says where the picked choice stood among those shown', () => {
    const turn = { reply: { kind: 'choice' as const, choiceId: 'b' }, shownChoiceIds: ['c', 'b', 'a'] };
    expect(shownPosition(turn)).toEqual({ position: 2, of: 3 });
  });

  it('says nothing for a typed reply or a turn played before orders were recorded', () => {
    expect(shownPosition({ reply: { kind: 'text', text: 'hi' }, shownChoiceIds: ['a'] })).toBeUndefined();
    expect(shownPosition({ reply: { kind: 'choice', choiceId: 'a' } })).toBeUndefined();
  });
});
