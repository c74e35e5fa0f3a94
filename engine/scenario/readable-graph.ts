/**
 * The conversation graph as far as it can be read from a file that does not match the schema, so
 * the graph checks (unknown `next` targets, duplicate ids, unreachable nodes) run in the same pass as
 * the schema: an author sees every problem at once instead of one round after another.
 */
import type { GraphNode, ScenarioGraph } from './graph-checks';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function readItems<T>(value: unknown, read: (item: Json) => T): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((item) => read(isObject(item) ? item : {}));
}

function readNode(value: unknown): GraphNode {
  if (!isObject(value)) return { id: undefined, kind: undefined };
  const node: GraphNode = { id: text(value.id), kind: text(value.kind) };
  const choices = readItems(value.choices, (c) => ({ id: text(c.id), next: text(c.next) }));
  if (choices) node.choices = choices;
  if (isObject(value.freeText)) {
    const keyPoints = readItems(value.freeText.keyPoints, (k) => ({ id: text(k.id) }));
    const branches = readItems(value.freeText.branches, (b) => ({ when: b.when, next: text(b.next) }));
    node.freeText = { ...(keyPoints && { keyPoints }), ...(branches && { branches }) };
  }
  return node;
}

/** Whether every node, and every arrow, was read whole: only then can reachability be judged. */
function isWhole(graph: ScenarioGraph, raw: Json): boolean {
  const nodes = raw.nodes as unknown[];
  return (
    graph.start !== undefined &&
    graph.nodes.every((node, i) => {
      const source = nodes[i] as Json;
      if (node.id === undefined || (node.kind !== 'customer' && node.kind !== 'end')) return false;
      if (source.choices !== undefined && !node.choices?.every((c) => c.next !== undefined)) return false;
      if (source.freeText === undefined) return true;
      return node.freeText?.branches?.every((b) => b.next !== undefined) === true;
    })
  );
}

/**
 * What of the graph `raw` (a parsed but invalid scenario) holds: undefined when it has no node list
 * at all. `whole` says whether every node's id, kind and arrows could be read.
 */
export function readGraph(raw: unknown): { graph: ScenarioGraph; whole: boolean } | undefined {
  if (!isObject(raw) || !Array.isArray(raw.nodes)) return undefined;
  const graph: ScenarioGraph = { start: text(raw.start), nodes: raw.nodes.map(readNode) };
  return { graph, whole: isWhole(graph, raw) };
}
