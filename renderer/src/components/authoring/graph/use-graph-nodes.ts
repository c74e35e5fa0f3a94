import { useMemo, useState } from 'react';
import type { ScenarioNode } from '../../../../../engine/scenario/format';
import type { ScenarioProblem } from '../../../../../engine/scenario/problem';
import { useEditorStore } from '../../../stores/editor-store';
import { nodeAriaLabel, type ConversationGraphNode } from './conversation-node';
import { graphNodeId } from './graph-elements';
import { NODE_HEIGHT, NODE_WIDTH, type Position } from './graph-layout';

const NO_PROBLEMS: ScenarioProblem[] = [];

interface Made {
  index: number;
  position: Position | undefined;
  isStart: boolean;
  selected: boolean;
  problemKey: string;
  graphNode: ConversationGraphNode;
}

/**
 * The graph's nodes for the scenario as it is now. A node whose scenario value, place, problems
 * and selection did not change keeps the very same object, so React Flow only redraws the node
 * being edited, even in a 500-node scenario.
 */
export function useGraphNodes(positions: readonly Position[], start: number | undefined): ConversationGraphNode[] {
  const scenario = useEditorStore((s) => s.scenario)!;
  const byNode = useEditorStore((s) => s.grouped.byNode);
  const selection = useEditorStore((s) => s.selection);
  const [made] = useState(() => new WeakMap<ScenarioNode, Made>());
  const selectedIndex = selection.kind === 'node' ? selection.index : -1;

  return useMemo(
    () =>
      scenario.nodes.map((node, index) => {
        const problems = byNode.get(index) ?? NO_PROBLEMS;
        const problemKey = problems.map((p) => `${p.path} ${p.message}`).join('\n');
        const position = positions[index];
        const isStart = index === start;
        const selected = index === selectedIndex;
        const before = made.get(node);
        if (
          before &&
          before.index === index &&
          before.position === position &&
          before.isStart === isStart &&
          before.selected === selected &&
          before.problemKey === problemKey
        ) {
          return before.graphNode;
        }
        const data = { node, isStart, problems };
        const graphNode: ConversationGraphNode = {
          id: graphNodeId(index),
          type: 'conversation',
          position: position ?? { x: 0, y: 0 },
          width: NODE_WIDTH,
          height: NODE_HEIGHT,
          selected,
          data,
          ariaLabel: nodeAriaLabel(data),
        };
        made.set(node, { index, position, isStart, selected, problemKey, graphNode });
        return graphNode;
      }),
    [scenario.nodes, byNode, positions, start, selectedIndex, made],
  );
}
