/** A graph problem located by JSON path (as an array) inside the scenario. */
export interface GraphProblem {
  path: Array<string | number>;
  message: string;
}

/**
 * The parts of a node the graph checks read. A valid scenario's nodes are GraphNodes; so are the
 * pieces readable-graph.ts salvages from an invalid file, where any field may be unreadable.
 */
export interface GraphNode {
  id: string | undefined;
  kind: string | undefined;
  choices?: ReadonlyArray<{ id?: string; next?: string }>;
  freeText?: {
    keyPoints?: ReadonlyArray<{ id?: string }>;
    branches?: ReadonlyArray<{ when?: unknown; next?: string }>;
  };
}

/** The conversation as the graph checks see it (a Scenario is one). */
export interface ScenarioGraph {
  start: string | undefined;
  nodes: readonly GraphNode[];
}

/** Every edge leaving a node (with a readable target), with the JSON path of the `next` that declares it. */
export function edgesOf(node: GraphNode, index: number): Array<{ next: string; path: Array<string | number> }> {
  if (node.kind === 'end') return [];
  const edges: Array<{ next: string; path: Array<string | number> }> = [];
  node.choices?.forEach((c, i) => {
    if (c.next !== undefined) edges.push({ next: c.next, path: ['nodes', index, 'choices', i, 'next'] });
  });
  node.freeText?.branches?.forEach((b, i) => {
    if (b.next !== undefined) edges.push({ next: b.next, path: ['nodes', index, 'freeText', 'branches', i, 'next'] });
  });
  return edges;
}

function duplicateIds(
  items: ReadonlyArray<{ id?: string | undefined }>,
  basePath: Array<string | number>,
  what: string,
): GraphProblem[] {
  const seen = new Map<string, number>();
  const problems: GraphProblem[] = [];
  items.forEach((item, i) => {
    if (item.id === undefined) return;
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      problems.push({
        path: [...basePath, i, 'id'],
        message: `duplicate ${what} id "${item.id}" (first used at index ${first})`,
      });
  });
  return problems;
}

/**
 * Checks what the schema cannot: ids are unique, every reference names a node, every node can be
 * reached from the start, every node has a way to an ending, and every free-text turn has a default
 * branch so a reply can never leave the conversation stuck.
 *
 * `whole: false` (a graph read from an invalid file, see readable-graph.ts) keeps to the checks that
 * hold for the parts that were read: reachability cannot be judged with arrows missing, and whether
 * a target is unknown cannot be judged while some node's id is unreadable.
 */
export function checkGraph(scenario: ScenarioGraph, { whole = true }: { whole?: boolean } = {}): GraphProblem[] {
  const problems: GraphProblem[] = duplicateIds(scenario.nodes, ['nodes'], 'node');
  const indexById = new Map<string, number>();
  scenario.nodes.forEach((n, i) => {
    if (n.id !== undefined && !indexById.has(n.id)) indexById.set(n.id, i);
  });
  problems.push(...localChecks(scenario));
  if (scenario.nodes.some((n) => n.id === undefined)) return problems;

  const successors = new Map<string, string[]>();
  scenario.nodes.forEach((node, i) => {
    const edges = edgesOf(node, i);
    for (const e of edges) {
      if (!indexById.has(e.next)) problems.push({ path: e.path, message: `unknown node "${e.next}"` });
    }
    if (node.id !== undefined)
      successors.set(
        node.id,
        edges.map((e) => e.next).filter((id) => indexById.has(id)),
      );
  });

  if (scenario.start === undefined) return problems;
  if (!indexById.has(scenario.start)) {
    problems.push({ path: ['start'], message: `unknown node "${scenario.start}"` });
    return problems;
  }
  if (!whole) return problems;
  return [...problems, ...wholeGraphChecks(scenario, scenario.start, indexById, successors)];
}

/** Duplicate choice and key point ids, and free-text branches whose default is not last. */
function localChecks(scenario: ScenarioGraph): GraphProblem[] {
  const problems: GraphProblem[] = [];
  scenario.nodes.forEach((node, i) => {
    if (node.kind === 'end') return;
    if (node.choices) problems.push(...duplicateIds(node.choices, ['nodes', i, 'choices'], 'choice'));
    if (node.freeText?.keyPoints) {
      problems.push(...duplicateIds(node.freeText.keyPoints, ['nodes', i, 'freeText', 'keyPoints'], 'key point'));
    }
    if (node.freeText?.branches) {
      const branches = node.freeText.branches;
      const last = branches.length - 1;
      if (branches[last]?.when !== undefined) {
        problems.push({
          path: ['nodes', i, 'freeText', 'branches', last],
          message: 'the last branch must have no "when", so every reply has somewhere to go',
        });
      }
      branches.forEach((b, j) => {
        if (j < last && b.when === undefined) {
          problems.push({
            path: ['nodes', i, 'freeText', 'branches', j],
            message: 'a branch with no "when" catches every reply, so the branches after it are never used',
          });
        }
      });
    }
  });
  return problems;
}

/** The start is a customer turn, there is an ending, and every node is reached and can end. */
function wholeGraphChecks(
  scenario: ScenarioGraph,
  start: string,
  indexById: ReadonlyMap<string, number>,
  successors: ReadonlyMap<string, string[]>,
): GraphProblem[] {
  const problems: GraphProblem[] = [];
  if (scenario.nodes[indexById.get(start)!]?.kind === 'end') {
    problems.push({ path: ['start'], message: 'the start node is an ending: the customer never speaks' });
  }

  const reachable = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const next of successors.get(queue.pop()!) ?? []) {
      if (!reachable.has(next)) {
        reachable.add(next);
        queue.push(next);
      }
    }
  }

  // Nodes that can reach an ending: walk the edges backwards from every ending.
  const predecessors = new Map<string, string[]>();
  for (const [from, tos] of successors) {
    for (const to of tos) {
      const list = predecessors.get(to);
      if (list) list.push(from);
      else predecessors.set(to, [from]);
    }
  }
  const canEnd = new Set(scenario.nodes.filter((n) => n.kind === 'end').map((n) => n.id!));
  const back = [...canEnd];
  while (back.length > 0) {
    for (const from of predecessors.get(back.pop()!) ?? []) {
      if (!canEnd.has(from)) {
        canEnd.add(from);
        back.push(from);
      }
    }
  }
  if (!scenario.nodes.some((n) => n.kind === 'end')) {
    problems.push({ path: ['nodes'], message: 'the scenario has no ending (a node with "kind": "end")' });
  }

  scenario.nodes.forEach((node, i) => {
    if (node.id === undefined || indexById.get(node.id) !== i) return; // already reported as a duplicate
    if (!reachable.has(node.id)) {
      problems.push({ path: ['nodes', i, 'id'], message: `node "${node.id}" cannot be reached from the start` });
    } else if (!canEnd.has(node.id)) {
      problems.push({
        path: ['nodes', i, 'id'],
        message: `node "${node.id}" is a dead end: no path from it leads to an ending`,
      });
    }
  });
  return problems;
}
