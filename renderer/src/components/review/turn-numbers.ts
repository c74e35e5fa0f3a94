import type { Scenario } from '../../../../engine/scenario/format';

/**
 * The turn numbers at which each customer node can come up in a conversation, counted as the
 * scorecard and transcript count them (the opening is Turn 1, each reply moves one on). A node
 * reached by paths of different lengths has several; a loop could make that endless, so counting
 * stops after as many turns as the scenario has customer nodes.
 */
export function turnNumbersOf(scenario: Scenario): Map<string, number[]> {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const limit = scenario.nodes.filter((n) => n.kind === 'customer').length;
  const numbers = new Map<string, number[]>();
  let here = new Set([scenario.start]);
  for (let turn = 1; turn <= limit && here.size > 0; turn++) {
    const next = new Set<string>();
    for (const id of here) {
      const node = byId.get(id);
      if (node?.kind !== 'customer') continue;
      numbers.set(id, [...(numbers.get(id) ?? []), turn]);
      node.choices?.forEach((c) => next.add(c.next));
      node.freeText?.branches.forEach((b) => next.add(b.next));
    }
    here = next;
  }
  return numbers;
}

/** "Turn 3", "Turn 3 or 4", "Turns 3–5"; null when the turn cannot be reached (or is no longer in the scenario). */
export function turnNumberLabel(numbers: readonly number[] | undefined): string | null {
  if (!numbers || numbers.length === 0) return null;
  const first = numbers[0]!;
  const last = numbers[numbers.length - 1]!;
  if (numbers.length === 1) return `Turn ${first}`;
  if (numbers.length === 2) return `Turn ${first} or ${last}`;
  if (last - first === numbers.length - 1) return `Turns ${first}–${last}`;
  return `Turns ${numbers.slice(0, -1).join(', ')} or ${last}`;
}

/** Turns in the order a conversation meets them (earliest turn number first), keeping the given order among equals; unnumbered ones last. */
export function inTurnOrder<T extends { nodeId: string }>(turns: readonly T[], numbers: Map<string, number[]>): T[] {
  const earliest = (t: T) => numbers.get(t.nodeId)?.[0] ?? Infinity;
  return [...turns].sort((a, b) => earliest(a) - earliest(b));
}
