/**
 * The conversation as a graph: one arrow per choice (labelled with the choice's id) and per
 * free-text branch (labelled with its score condition). Arrows to an id no node has are left out;
 * validation marks the node they leave from instead.
 */
import type { ScenarioNode } from '../../../../../engine/scenario/format';
import { edgesFrom, type EdgeRef } from '../../../stores/editor-edits';
import { conditionText } from '../branch-condition-text';
import type { IndexEdge } from './graph-layout';

export interface ConversationArrow {
  /** Stable while the node keeps its place: `n<node>:choice:<i>` or `n<node>:branch:<i>`. */
  id: string;
  source: number;
  target: number;
  label: string;
  ref: EdgeRef;
}

/** React Flow's id for the node at `index` (scenario ids may repeat or be empty in a draft). */
export const graphNodeId = (index: number) => `n${index}`;

/** The index behind a React Flow node id, or undefined for anything else. */
export function nodeIndexOfGraphId(id: string): number | undefined {
  const match = /^n(\d+)$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** The first node with each id, as the player resolves `next`. */
export function indexById(nodes: readonly ScenarioNode[]): Map<string, number> {
  const byId = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (!byId.has(node.id)) byId.set(node.id, i);
  });
  return byId;
}

/** Every arrow whose target exists. Depends on the nodes only, so editing the title redraws nothing. */
export function conversationArrows(nodes: readonly ScenarioNode[]): ConversationArrow[] {
  const byId = indexById(nodes);
  return nodes.flatMap((node, nodeIndex) =>
    edgesFrom(nodes, nodeIndex).flatMap((edge) => {
      const target = byId.get(edge.next);
      if (target === undefined) return [];
      const { next: _next, ...ref } = edge;
      const label =
        node.kind === 'customer' && edge.via === 'choice'
          ? (node.choices?.[edge.itemIndex]?.id ?? '')
          : conditionText(node.kind === 'customer' ? node.freeText?.branches[edge.itemIndex]?.when : undefined);
      return [{ id: `${graphNodeId(nodeIndex)}:${edge.via}:${edge.itemIndex}`, source: nodeIndex, target, label, ref }];
    }),
  );
}

/**
 * What the layout depends on: the number of nodes, the start and the arrows. Typing into a line
 * leaves it unchanged, so the (slow for big scenarios) layout is not redone on every keystroke.
 */
export function layoutKey(nodeCount: number, start: number | undefined, arrows: readonly ConversationArrow[]): string {
  return `${nodeCount}|${start ?? '-'}|${arrows.map((a) => `${a.source}>${a.target}`).join(',')}`;
}

export function arrowPairs(arrows: readonly ConversationArrow[]): IndexEdge[] {
  return arrows.map((a) => [a.source, a.target] as const);
}
