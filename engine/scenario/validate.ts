import { findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { ScenarioSchema, type Scenario } from './format';
import { checkChoiceBalance } from './choice-balance';
import { checkGraph } from './graph-checks';
import { LineIndex } from './line-index';
import { checkModelReplies } from './model-reply-check';
import { readGraph } from './readable-graph';
import { findExcessiveNesting, MAX_NESTING_DEPTH } from './nesting-depth';
import { findPlaceholders } from './placeholders';
import { pathText, type ScenarioProblem } from './problem';

export interface ValidationResult {
  /** The parsed scenario when the file has no problems, otherwise undefined. */
  scenario?: Scenario;
  problems: ScenarioProblem[];
  /**
   * Things worth fixing that do not stop the scenario playing or publishing (choice-balance.ts,
   * model-reply-check.ts); only for a valid file.
   */
  warnings?: ScenarioProblem[];
}

type Path = Array<string | number>;

/**
 * A file can hold hundreds of thousands of mistakes (a binary file renamed .json, a million-item
 * array of the wrong thing); listing them all would swamp the author and the app. The first ones,
 * and how many more there are, are enough to act on.
 */
export const MAX_PROBLEMS_PER_FILE = 50;

function capped(problems: ScenarioProblem[]): ScenarioProblem[] {
  if (problems.length <= MAX_PROBLEMS_PER_FILE) return problems;
  const shown = problems.slice(0, MAX_PROBLEMS_PER_FILE);
  const next = problems[MAX_PROBLEMS_PER_FILE]!;
  const more = problems.length - MAX_PROBLEMS_PER_FILE;
  return [...shown, { ...next, message: `…and ${more} more problem${more === 1 ? '' : 's'}; fix the ones above first` }];
}

/** Deepest node of `tree` along `path`, so a missing field is reported at the object that lacks it. */
function locate(tree: JsonNode, path: Path): JsonNode {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(tree, path.slice(0, depth));
    if (node) return node;
  }
  return tree;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path[issue.path.length - 1];
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    return `missing required field "${String(field)}"`;
  }
  if (issue.code === 'invalid_union' && field === undefined) return issue.message;
  if (issue.code === 'invalid_union') return `"kind" must be "customer" or "end"`;
  // zod's own wording ("Too small: expected array to have >=1 items") is for programmers.
  if (issue.code === 'invalid_value' && issue.values.length > 1) {
    return `choose one of: ${issue.values.map((v) => String(v)).join(', ')}`;
  }
  return issue.message.replace(/^Invalid input: /, '');
}

/** Collects duplicate keys, which JSON.parse would silently resolve by keeping the last one. */
function duplicateKeys(node: JsonNode, path: Path, out: Array<{ node: JsonNode; path: Path; key: string }>): void {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const keyNode = prop.children?.[0];
      const valueNode = prop.children?.[1];
      const key = String(keyNode?.value);
      if (seen.has(key)) out.push({ node: keyNode ?? prop, path: [...path, key], key });
      seen.add(key);
      if (valueNode) duplicateKeys(valueNode, [...path, key], out);
    }
  } else if (node.type === 'array') {
    node.children?.forEach((child, i) => duplicateKeys(child, [...path, i], out));
  }
}

/**
 * Validates one scenario file's text: JSON syntax, the schema, the conversation graph and leftover
 * template placeholders; for a valid file, warnings about choice balance and model replies. Every
 * problem carries the file, JSON path and line:column; at most MAX_PROBLEMS_PER_FILE are listed.
 * Never throws, whatever the text (property-tested in test/engine/scenario-fuzz.test.ts).
 */
export function validateScenarioText(file: string, text: string): ValidationResult {
  const result = validateUncapped(file, text);
  return result.scenario ? result : { problems: capped(result.problems) };
}

function validateUncapped(file: string, text: string): ValidationResult {
  const lines = new LineIndex(text);
  const at = (offset: number, path: Path, message: string): ScenarioProblem => ({
    file,
    path: pathText(path),
    ...lines.position(offset),
    message,
  });

  const tooDeep = findExcessiveNesting(text);
  if (tooDeep) {
    const message = `nested more than ${MAX_NESTING_DEPTH} levels deep; a scenario needs about 10, so this is not a scenario file`;
    return { problems: [at(tooDeep.offset, tooDeep.path, message)] };
  }

  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { disallowComments: true, allowTrailingComma: false });
  if (parseErrors.length > 0 || !tree) {
    const problems = parseErrors.map((e) => at(e.offset, [], `invalid JSON: ${printParseErrorCode(e.error)}`));
    return { problems: problems.length > 0 ? problems : [at(0, [], 'invalid JSON: the file is empty')] };
  }

  const problems: ScenarioProblem[] = [];
  const dups: Array<{ node: JsonNode; path: Path; key: string }> = [];
  duplicateKeys(tree, [], dups);
  for (const d of dups) problems.push(at(d.node.offset, d.path, `duplicate key "${d.key}"`));

  const raw: unknown = JSON.parse(text);
  const parsed = ScenarioSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const valueNode = findNodeAtLocation(tree, [...path, key]);
          const offset = valueNode?.parent?.offset ?? locate(tree, path).offset;
          problems.push(at(offset, [...path, key], `unknown field "${key}"`));
        }
      } else {
        problems.push(at(locate(tree, path).offset, path, describeIssue(issue)));
      }
    }
    // The graph checks run on whatever parts were read, in this same pass (a place the schema
    // already faults is not reported twice).
    const readable = readGraph(raw);
    if (readable) {
      const faulted = new Set(problems.map((p) => p.path));
      for (const p of checkGraph(readable.graph, { whole: readable.whole })) {
        const where = pathText(p.path);
        if (!faulted.has(where)) problems.push(at(locate(tree, p.path).offset, p.path, p.message));
      }
    }
    return { problems };
  }

  for (const p of [...checkGraph(parsed.data), ...findPlaceholders(parsed.data)]) {
    problems.push(at(locate(tree, p.path).offset, p.path, p.message));
  }
  if (problems.length > 0) return { problems };
  const found = [...checkChoiceBalance(parsed.data), ...checkModelReplies(parsed.data)];
  const warnings = found.map((w): ScenarioProblem => ({
    ...at(locate(tree, w.path).offset, w.path, w.message),
    severity: 'warning',
  }));
  return { scenario: parsed.data, problems, ...(warnings.length > 0 ? { warnings } : {}) };
}

/** Decodes a file's bytes as strict UTF-8, reporting the first invalid byte's position. */
export function decodeScenarioBytes(file: string, bytes: Uint8Array): { text?: string; problem?: ScenarioProblem } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const valid = new TextDecoder('utf-8').decode(bytes).indexOf('\uFFFD');
    const before = new TextDecoder('utf-8').decode(bytes).slice(0, Math.max(valid, 0));
    const { line, column } = new LineIndex(before).position(before.length);
    return { problem: { file, path: '$', line, column, message: 'the file is not valid UTF-8 text' } };
  }
}
