/**
 * The editor's structural edits on a scenario: adding, duplicating, deleting, renaming and
 * reconnecting nodes. Each takes a scenario and returns a new one, never changing its argument, so
 * the undo history can keep every version.
 */
import {
  ID_PATTERN,
  ID_RULE,
  type CustomerTurn,
  type Ending,
  type Scenario,
  type ScenarioNode,
} from '../../../engine/scenario/format';

/** One arrow of the conversation: a choice or a free-text branch, by position. */
export interface EdgeRef {
  nodeIndex: number;
  via: 'choice' | 'branch';
  itemIndex: number;
}

/** An arrow that leads to a given node, described for a trainer ("opening › choice own-it"). */
export interface NodeReference extends EdgeRef {
  label: string;
}

export type NewNodeKind = 'choices' | 'free-text' | 'end';

/** Every arrow leaving the node at `nodeIndex`, with where it leads. */
export function edgesFrom(nodes: readonly ScenarioNode[], nodeIndex: number): Array<EdgeRef & { next: string }> {
  const node = nodes[nodeIndex];
  if (!node || node.kind !== 'customer') return [];
  return [
    ...(node.choices ?? []).map((c, itemIndex) => ({ nodeIndex, via: 'choice' as const, itemIndex, next: c.next })),
    ...(node.freeText?.branches ?? []).map((b, itemIndex) => ({ nodeIndex, via: 'branch' as const, itemIndex, next: b.next })),
  ];
}

/** The choices and branches that lead to node `id`: what deleting or renaming it would affect. */
export function referencesTo(scenario: Scenario, id: string): NodeReference[] {
  return scenario.nodes.flatMap((node, nodeIndex) =>
    edgesFrom(scenario.nodes, nodeIndex)
      .filter((edge) => edge.next === id)
      .map(({ next: _next, ...edge }) => {
        const choiceId = node.kind === 'customer' ? node.choices?.[edge.itemIndex]?.id : undefined;
        const what = edge.via === 'choice' ? `choice "${choiceId ?? edge.itemIndex + 1}"` : `branch ${edge.itemIndex + 1}`;
        return { ...edge, label: `${node.id || `node ${nodeIndex + 1}`} › ${what}` };
      }),
  );
}

/** `base`, or `base-2`, `base-3`… whichever no node uses yet. */
export function unusedNodeId(scenario: Scenario, base: string): string {
  const taken = new Set(scenario.nodes.map((n) => n.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A new node with the fields a trainer must fill left empty: validation then lists exactly what is
 * missing, on the node itself.
 */
export function blankNode(id: string, kind: NewNodeKind): ScenarioNode {
  if (kind === 'end') {
    const ending: Ending = { id, kind: 'end', outcome: 'resolved', closingLine: '' };
    return ending;
  }
  const turn: CustomerTurn = { id, kind: 'customer', lines: [''] };
  if (kind === 'choices') {
    turn.choices = [{ id: 'choice-1', text: '', scores: { respect: 50, helpfulness: 50, empathy: 50 }, feedback: '', next: '' }];
  } else {
    turn.freeText = {
      keyPoints: [{ id: 'point-1', description: '', examples: [''] }],
      modelReply: '',
      branches: [{ next: '' }],
    };
  }
  return turn;
}

function withNodes(scenario: Scenario, nodes: ScenarioNode[]): Scenario {
  return { ...scenario, nodes };
}

/** Replaces the node at `index` (a form edit). */
export function replaceNode(scenario: Scenario, index: number, node: ScenarioNode): Scenario {
  if (scenario.nodes[index] === node) return scenario;
  return withNodes(
    scenario,
    scenario.nodes.map((n, i) => (i === index ? node : n)),
  );
}

/** Appends a blank node; returns the scenario and the new node's index. */
export function addNode(scenario: Scenario, kind: NewNodeKind): { scenario: Scenario; index: number } {
  const id = unusedNodeId(scenario, kind === 'end' ? 'ending' : 'turn');
  const nodes = [...scenario.nodes, blankNode(id, kind)];
  return { scenario: withNodes(scenario, nodes), index: nodes.length - 1 };
}

/** Copies the node at `index` (under a fresh id) right after it; its arrows lead where the original's do. */
export function duplicateNode(scenario: Scenario, index: number): { scenario: Scenario; index: number } {
  const original = scenario.nodes[index];
  if (!original) return { scenario, index };
  const copy: ScenarioNode = { ...structuredClone(original), id: unusedNodeId(scenario, `${original.id || 'node'}-copy`) };
  const nodes = [...scenario.nodes.slice(0, index + 1), copy, ...scenario.nodes.slice(index + 1)];
  return { scenario: withNodes(scenario, nodes), index: index + 1 };
}

/**
 * Removes the node at `index`. Arrows that led to it keep its id, so validation marks each one as
 * pointing nowhere until the trainer picks a new target (see referencesTo for the warning).
 */
export function deleteNode(scenario: Scenario, index: number): Scenario {
  if (!scenario.nodes[index]) return scenario;
  return withNodes(
    scenario,
    scenario.nodes.filter((_, i) => i !== index),
  );
}

function retarget(node: ScenarioNode, from: string, to: string): ScenarioNode {
  if (node.kind !== 'customer') return node;
  const leadsThere = (next: string) => next === from;
  if (!node.choices?.some((c) => leadsThere(c.next)) && !node.freeText?.branches.some((b) => leadsThere(b.next))) return node;
  return {
    ...node,
    ...(node.choices && { choices: node.choices.map((c) => (leadsThere(c.next) ? { ...c, next: to } : c)) }),
    ...(node.freeText && {
      freeText: { ...node.freeText, branches: node.freeText.branches.map((b) => (leadsThere(b.next) ? { ...b, next: to } : b)) },
    }),
  };
}

/**
 * Gives the node at `index` a new id and makes every arrow (and the start) that led to the old id
 * follow it. When the old id was shared by several nodes, only this node is renamed: the arrows
 * cannot say which of them they meant.
 */
export function renameNode(scenario: Scenario, index: number, newId: string): Scenario {
  const node = scenario.nodes[index];
  if (!node || node.id === newId) return scenario;
  const oldId = node.id;
  const shared = scenario.nodes.filter((n) => n.id === oldId).length > 1;
  const nodes = scenario.nodes.map((n, i) => {
    const renamed = i === index ? { ...n, id: newId } : n;
    return shared || oldId === '' ? renamed : retarget(renamed, oldId, newId);
  });
  const start = !shared && oldId !== '' && scenario.start === oldId ? newId : scenario.start;
  return { ...scenario, start, nodes };
}

/**
 * Why `newId` cannot become the id of the node at `index`, worded for the trainer, or undefined when
 * it can. Checked before renaming: a refused id would otherwise be written into every arrow that led
 * to the node, and each would report it.
 */
export function nodeIdRefusal(scenario: Scenario, index: number, newId: string): string | undefined {
  const oldId = scenario.nodes[index]?.id ?? '';
  const keeps = oldId ? ` The id stays "${oldId}".` : '';
  if (newId === '') return `A node needs an id: ${ID_RULE}.${keeps}`;
  if (!ID_PATTERN.test(newId)) return `"${newId}" cannot be a node id: ${ID_RULE}.${keeps}`;
  if (scenario.nodes.some((n, i) => i !== index && n.id === newId)) {
    return `Another node is already called "${newId}": choose an id no other node uses.${keeps}`;
  }
  return undefined;
}

/** Points one choice or branch at another node (a target select changed, or an arrow was dragged). */
export function setTarget(scenario: Scenario, edge: EdgeRef, target: string): Scenario {
  const node = scenario.nodes[edge.nodeIndex];
  if (!node || node.kind !== 'customer') return scenario;
  if (edge.via === 'choice') {
    const choices = node.choices;
    if (!choices?.[edge.itemIndex] || choices[edge.itemIndex]!.next === target) return scenario;
    return replaceNode(scenario, edge.nodeIndex, {
      ...node,
      choices: choices.map((c, i) => (i === edge.itemIndex ? { ...c, next: target } : c)),
    });
  }
  const freeText = node.freeText;
  if (!freeText?.branches[edge.itemIndex] || freeText.branches[edge.itemIndex]!.next === target) return scenario;
  return replaceNode(scenario, edge.nodeIndex, {
    ...node,
    freeText: { ...freeText, branches: freeText.branches.map((b, i) => (i === edge.itemIndex ? { ...b, next: target } : b)) },
  });
}

/** A new choice on the customer turn at `nodeIndex` leading to `target` (a new arrow drawn on the graph). */
export function addChoiceLeadingTo(scenario: Scenario, nodeIndex: number, target: string): Scenario {
  const node = scenario.nodes[nodeIndex];
  if (!node || node.kind !== 'customer') return scenario;
  const choices = node.choices ?? [];
  const taken = new Set(choices.map((c) => c.id));
  let n = choices.length + 1;
  while (taken.has(`choice-${n}`)) n++;
  const choice = {
    id: `choice-${n}`,
    text: '',
    scores: { respect: 50, helpfulness: 50, empathy: 50 },
    feedback: '',
    next: target,
  };
  return replaceNode(scenario, nodeIndex, { ...node, choices: [...choices, choice] });
}
