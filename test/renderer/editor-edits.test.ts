import { describe, expect, it } from 'vitest';
import type { CustomerTurn, Scenario } from '../../engine/scenario/format';
import {
  addChoiceLeadingTo,
  addNode,
  deleteNode,
  duplicateNode,
  referencesTo,
  renameNode,
  setTarget,
} from '../../renderer/src/stores/editor-edits';
import { broadband } from './scenario-files';

const scenario = (): Scenario => JSON.parse(broadband().text) as Scenario;
const turn = (s: Scenario, id: string) => s.nodes.find((n) => n.id === id) as CustomerTurn;

describe('the editor’s structural edits', () => {
  it('lists every choice and branch that leads to a node, in words', () => {
    expect(referencesTo(scenario(), 'account-check').map((r) => r.label)).toEqual([
      'opening › choice "own-it"',
      'still-angry › branch 2',
      'escalating › branch 1',
    ]);
  });

  it('reconnects one choice or one branch, leaving the rest untouched', () => {
    const before = scenario();
    const after = setTarget(before, { nodeIndex: 1, via: 'branch', itemIndex: 0 }, 'why-happened');
    expect(turn(after, 'still-angry').freeText!.branches[0]!.next).toBe('why-happened');
    expect(turn(after, 'still-angry').freeText!.branches[1]).toBe(turn(before, 'still-angry').freeText!.branches[1]);
    expect(after.nodes[0]).toBe(before.nodes[0]);
  });

  it('adds a choice leading to a node (an arrow drawn on the graph) with a fresh id', () => {
    const after = addChoiceLeadingTo(scenario(), 0, 'closing');
    expect(turn(after, 'opening').choices!.at(-1)).toMatchObject({ id: 'choice-4', next: 'closing', text: '' });
  });

  it('renames a node together with the start and every arrow that led to it', () => {
    const after = renameNode(scenario(), 0, 'hello');
    expect(after.start).toBe('hello');
    const renamed = renameNode(after, 2, 'boiling');
    expect(turn(renamed, 'hello').choices![2]!.next).toBe('boiling');
    expect(turn(renamed, 'still-angry').freeText!.branches[0]!.next).toBe('boiling');
  });

  it('renames only the node itself when its old id was shared, since the arrows cannot say which was meant', () => {
    const twin = duplicateNode(scenario(), 2).scenario;
    const shared = { ...twin, nodes: twin.nodes.map((n, i) => (i === 3 ? { ...n, id: 'escalating' } : n)) };
    const after = renameNode(shared, 3, 'other');
    expect(after.nodes.map((n) => n.id).filter((id) => id === 'escalating')).toHaveLength(1);
    expect(turn(after, 'opening').choices![2]!.next).toBe('escalating');
  });

  it('deletes a node and leaves the arrows to it in place, for validation to point out', () => {
    const after = deleteNode(scenario(), 2);
    expect(after.nodes.map((n) => n.id)).not.toContain('escalating');
    expect(turn(after, 'opening').choices![2]!.next).toBe('escalating');
  });

  it('duplicates under an unused id, and adds blank nodes under unused ids', () => {
    const once = duplicateNode(scenario(), 0);
    const twice = duplicateNode(once.scenario, 0);
    expect(twice.scenario.nodes.slice(0, 3).map((n) => n.id)).toEqual(['opening', 'opening-copy-2', 'opening-copy']);
    const added = addNode(addNode(scenario(), 'end').scenario, 'end');
    expect(added.scenario.nodes.slice(-2).map((n) => n.id)).toEqual(['ending', 'ending-2']);
  });
});
