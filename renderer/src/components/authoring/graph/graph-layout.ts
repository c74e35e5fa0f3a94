/**
 * Where each node of the conversation sits on the graph, worked out by dagre from top (the start)
 * to bottom (the endings).
 *
 * A conversation of up to QUICK_ORDER_FROM nodes is given to dagre whole, so every arrow points
 * down a level and none runs sideways behind the nodes of its own level. A bigger one is given a
 * spanning forest (each node under the first turn that reaches it, breadth first from the start):
 * arrows that jump many steps ahead or back make dagre add a chain of hidden nodes per rank
 * crossed, which took 40 s for a 500-node scenario. The forest lays the same scenario out in a few
 * hundred milliseconds, and the graph still draws every arrow. Nodes nobody reaches get their own
 * trees beside the main one, where they are easy to spot.
 */
import dagre from '@dagrejs/dagre';

export const NODE_WIDTH = 250;
export const NODE_HEIGHT = 104;
/**
 * From this many nodes on, dagre lays out the spanning forest only and keeps its breadth-first
 * order instead of minimising crossings.
 */
export const QUICK_ORDER_FROM = 120;

export interface Position {
  x: number;
  y: number;
}

/** An arrow between two nodes, by index in `nodes`. */
export type IndexEdge = readonly [source: number, target: number];

/** The first-reach tree edges, breadth first from `roots` in order. */
function spanningForest(nodeCount: number, roots: number[], edges: readonly IndexEdge[]): IndexEdge[] {
  const outgoing: number[][] = Array.from({ length: nodeCount }, () => []);
  for (const [source, target] of edges) outgoing[source]?.push(target);
  const reached = new Array<boolean>(nodeCount).fill(false);
  const tree: IndexEdge[] = [];
  for (const root of roots) {
    if (reached[root]) continue;
    reached[root] = true;
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      const from = queue[head]!;
      for (const to of outgoing[from]!) {
        if (reached[to]) continue;
        reached[to] = true;
        tree.push([from, to]);
        queue.push(to);
      }
    }
  }
  return tree;
}

/**
 * Top-left positions for nodes `0..nodeCount-1`, given the arrows between them and the start node
 * (undefined when the start names no node). Timed as the user-timing measure `rapport:layout`.
 */
export function layoutGraph(nodeCount: number, start: number | undefined, edges: readonly IndexEdge[]): Position[] {
  const started = performance.now();
  const roots = [...(start === undefined ? [] : [start]), ...Array.from({ length: nodeCount }, (_, i) => i)];
  const graph = new dagre.graphlib.Graph();
  const quick = nodeCount >= QUICK_ORDER_FROM;
  // Room between levels and beside each node for the arrows and their labels.
  graph.setGraph({
    rankdir: 'TB',
    nodesep: 72,
    ranksep: 96,
    marginx: 16,
    marginy: 16,
    ranker: quick ? 'tight-tree' : 'network-simplex',
  });
  graph.setDefaultEdgeLabel(() => ({}));
  for (let i = 0; i < nodeCount; i++) graph.setNode(String(i), { width: NODE_WIDTH, height: NODE_HEIGHT });
  const laidOut = quick ? spanningForest(nodeCount, roots, edges) : edges.filter(([source, target]) => source !== target);
  for (const [source, target] of laidOut) graph.setEdge(String(source), String(target));
  // Reordering nodes to reduce crossings is most of dagre's time; on a big conversation it is
  // skipped (the breadth-first order already keeps each tree tidy), halving the time to open it.
  dagre.layout(graph, { disableOptimalOrderHeuristic: quick });
  const positions = Array.from({ length: nodeCount }, (_, i) => {
    const { x = 0, y = 0 } = graph.node(String(i)) ?? {};
    return { x: x - NODE_WIDTH / 2, y: y - NODE_HEIGHT / 2 };
  });
  performance.measure('rapport:layout', { start: started });
  return positions;
}
