import {
  Background,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { addChoiceLeadingTo, setTarget } from '../../../stores/editor-edits';
import { useEditorStore } from '../../../stores/editor-store';
import { ArrowEdgeView, type ArrowEdge } from './arrow-edge';
import { ConversationNode, type ConversationGraphNode } from './conversation-node';
import { arrowPairs, conversationArrows, graphNodeId, indexById, layoutKey, nodeIndexOfGraphId } from './graph-elements';
import { layoutGraph, NODE_HEIGHT, NODE_WIDTH, type Position } from './graph-layout';
import { openingViewport } from './opening-viewport';
import { useGraphNodes } from './use-graph-nodes';

const NODE_TYPES = { conversation: ConversationNode };
const EDGE_TYPES = { arrow: ArrowEdgeView };
/** Where the overview starts shown: it covers nodes on a smaller window, so there it starts hidden. */
const ROOM_FOR_OVERVIEW = '(min-width: 1600px) and (min-height: 1000px)';
/** Past this many nodes only the ones in view are drawn, so big scenarios stay smooth. */
const DRAW_ONLY_VISIBLE_FROM = 120;

const ARIA_LABELS = {
  'node.a11yDescription.default': 'Press Enter to edit this node in the form beside the graph.',
  'edge.a11yDescription.default': 'An arrow of the conversation. Change where it leads in the form of the node it leaves.',
  'controls.ariaLabel': 'Graph controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit the whole conversation in view',
  'controls.interactive.ariaLabel': 'Lock or unlock the graph',
  'minimap.ariaLabel': 'Overview of the conversation',
  'handle.ariaLabel': 'Drag to connect',
};

/**
 * The conversation as a graph: customer turns and endings as nodes, choices and score branches as
 * labelled arrows, laid out automatically. Select a node (click, or Tab to it and press Enter) to
 * edit it; drag an arrow's end onto another node to reconnect it; drag from a turn's bottom handle
 * to a node to add a choice leading there. Problems found by validation are marked on their node.
 */
export function ScenarioGraph() {
  const scenario = useEditorStore((s) => s.scenario)!;
  const selection = useEditorStore((s) => s.selection);
  const select = useEditorStore((s) => s.select);
  const edit = useEditorStore((s) => s.edit);
  const flow = useReactFlow();
  const pane = useRef<HTMLDivElement>(null);
  const [overview, setOverview] = useState(() => window.matchMedia?.(ROOM_FOR_OVERVIEW).matches ?? false);

  const nodeList = scenario.nodes;
  const arrows = useMemo(() => conversationArrows(nodeList), [nodeList]);
  const byId = useMemo(() => indexById(nodeList), [nodeList]);
  const start = byId.get(scenario.start);
  const key = useMemo(() => layoutKey(nodeList.length, start, arrows), [nodeList.length, start, arrows]);
  // Laid out again only when nodes or arrows change, not on every keystroke in a form.
  const [layout, setLayout] = useState<{ key: string; positions: Position[] } | null>(null);
  let current = layout;
  if (current?.key !== key) {
    current = { key, positions: layoutGraph(nodeList.length, start, arrowPairs(arrows)) };
    setLayout(current);
  }
  const positions = current.positions;
  const nodes = useGraphNodes(positions, start);
  const edges = useMemo<ArrowEdge[]>(
    () =>
      arrows.map((arrow) => ({
        id: arrow.id,
        source: graphNodeId(arrow.source),
        target: graphNodeId(arrow.target),
        label: arrow.label,
        ariaLabel: `${arrow.ref.via === 'choice' ? 'Choice' : 'Branch'} ${arrow.label} from ${nodeList[arrow.source]?.id} to ${nodeList[arrow.target]?.id}`,
        type: 'arrow' as const,
        data: { ref: arrow.ref },
        className: `graph-arrow graph-arrow--${arrow.ref.via}`,
      })),
    [arrows, nodeList],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<ConversationGraphNode>[]) => {
      for (const change of changes) {
        const index = change.type === 'select' && change.selected ? nodeIndexOfGraphId(change.id) : undefined;
        if (index !== undefined) select({ kind: 'node', index });
      }
    },
    [select],
  );
  const onReconnect = useCallback(
    (edge: ArrowEdge, connection: Connection) => {
      const target = nodeIndexOfGraphId(connection.target);
      if (!edge.data || connection.source !== edge.source || target === undefined) return;
      const ref = edge.data.ref;
      edit((s) => setTarget(s, ref, s.nodes[target]?.id ?? ''));
    },
    [edit],
  );
  const onConnect = useCallback(
    (connection: Connection) => {
      const source = nodeIndexOfGraphId(connection.source);
      const target = nodeIndexOfGraphId(connection.target);
      if (source === undefined || target === undefined) return;
      edit((s) => addChoiceLeadingTo(s, source, s.nodes[target]?.id ?? ''));
      select({ kind: 'node', index: source });
    },
    [edit, select],
  );

  // A node chosen outside the graph (from the problem list, or just added) is brought into view.
  const revealed = selection.kind === 'node' && selection.reveal ? selection.index : undefined;
  useEffect(() => {
    if (revealed === undefined) return;
    const position = positions[revealed];
    // Glide there, unless the trainer asked their system for less motion.
    const animate = window.matchMedia?.('(prefers-reduced-motion: no-preference)').matches ?? false;
    if (position)
      void flow.setCenter(position.x + NODE_WIDTH / 2, position.y + NODE_HEIGHT / 2, { zoom: 1, duration: animate ? 250 : 0 });
    select({ kind: 'node', index: revealed });
  }, [revealed, positions, flow, select]);

  const large = nodeList.length >= DRAW_ONLY_VISIBLE_FROM;
  // The "fit" button shows the whole conversation, however small, because the trainer asked for it.
  const fitViewOptions = useMemo(() => ({ maxZoom: 1, minZoom: 0.05 }), []);
  // On opening, the conversation at a readable size from its start (see openingViewport).
  const opened = useRef(false);
  const open = useCallback(() => {
    const box = pane.current;
    if (opened.current || !box || box.offsetWidth === 0) return;
    opened.current = true;
    void flow.setViewport(openingViewport(positions, start, { width: box.offsetWidth, height: box.offsetHeight }));
  }, [flow, positions, start]);
  return (
    <div className="scenario-graph" data-node-count={nodeList.length} ref={pane}>
      <ReactFlow<ConversationGraphNode, ArrowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onReconnect={onReconnect}
        onConnect={onConnect}
        nodesDraggable={false}
        edgesReconnectable
        deleteKeyCode={null}
        onlyRenderVisibleElements={large}
        onInit={open}
        fitViewOptions={fitViewOptions}
        minZoom={0.05}
        maxZoom={1.5}
        ariaLabelConfig={ARIA_LABELS}
      >
        <Background gap={24} />
        <Controls showInteractive={false}>
          <ControlButton
            onClick={() => setOverview((shown) => !shown)}
            aria-pressed={overview}
            aria-label={overview ? 'Hide the overview' : 'Show the overview'}
            title={overview ? 'Hide the overview' : 'Show the overview'}
          >
            <span aria-hidden="true">▦</span>
          </ControlButton>
        </Controls>
        {overview && (
          <MiniMap
            pannable
            zoomable
            ariaLabel="Overview of the conversation"
            nodeClassName={miniMapClass}
            style={{ width: 160, height: 110 }}
          />
        )}
      </ReactFlow>
    </div>
  );
}

function miniMapClass(node: ConversationGraphNode): string {
  if (node.data.problems.length > 0) return 'minimap-node--problem';
  return node.data.node.kind === 'end' ? 'minimap-node--end' : 'minimap-node--customer';
}
