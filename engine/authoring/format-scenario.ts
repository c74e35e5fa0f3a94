/**
 * Writes a scenario as the text of its JSON file, the same way every time, so a file saved from the
 * editor differs from the one opened only where the trainer changed something and git diffs stay
 * small. The layout is the one the bundled scenarios are written in:
 *
 * - keys in the order of the scenario format (engine/scenario/format.ts), unknown keys after them;
 * - 2-space indent and a final newline;
 * - short records on one line (scores, key points, branches, the tag lists `skills`, `avoid` and
 *   `examples`), and prose lists (`lines`, `learningObjectives`) on one line when they hold one item.
 */
import { z } from 'zod';
import { ScenarioSchema } from '../scenario/format';

/** How a field's value is laid out. */
type Layout = 'block' | 'inline' | 'inline-when-single' | 'items-inline';

const LAYOUT_BY_FIELD: Readonly<Record<string, Layout>> = {
  skills: 'inline',
  scores: 'inline',
  avoid: 'inline',
  examples: 'inline',
  lines: 'inline-when-single',
  learningObjectives: 'inline-when-single',
  keyPoints: 'items-inline',
  branches: 'items-inline',
};

const INDENT = '  ';

/**
 * The scenario file's text for a scenario. Accepts any JSON value shaped like a scenario, valid or
 * not, so a draft with problems is written in the same layout as a finished one.
 */
export function formatScenario(scenario: unknown): string {
  return `${formatValue(scenario, planFor(ScenarioSchema), 'block', '')}\n`;
}

/**
 * What the format says about a value's shape, worked out once per schema and cached: formatting a
 * 500-node scenario then costs a few milliseconds, so the editor can save and re-check on every edit.
 */
type Plan =
  | { kind: 'object'; keys: string[]; known: Set<string>; field(key: string): Plan | undefined }
  | { kind: 'array'; element: Plan | undefined }
  /** A node: the option whose literal fields (`kind`) match the value. */
  | { kind: 'union'; options: Array<{ literals: Array<[string, Set<unknown>]>; plan: Plan }> };

const plans = new WeakMap<z.ZodType, Plan | null>();

function planFor(schema: z.ZodType | undefined): Plan | undefined {
  if (!schema) return undefined;
  let plan = plans.get(schema);
  if (plan === undefined) {
    plan = makePlan(schema) ?? null;
    plans.set(schema, plan);
  }
  return plan ?? undefined;
}

function makePlan(schema: z.ZodType): Plan | undefined {
  // Optional and nullable wrappers say nothing about layout or order: look through them.
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return planFor(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return { kind: 'array', element: planFor(schema.element as z.ZodType) };
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const keys = Object.keys(shape);
    return { kind: 'object', keys, known: new Set(keys), field: (key) => planFor(shape[key]) };
  }
  if (schema instanceof z.ZodUnion) {
    const options = (schema.options as z.ZodType[])
      .filter((option): option is z.ZodObject => option instanceof z.ZodObject)
      .map((option) => ({
        literals: Object.entries(option.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
          field instanceof z.ZodLiteral ? [[key, field.values as Set<unknown>] as [string, Set<unknown>]] : [],
        ),
        plan: planFor(option)!,
      }));
    return { kind: 'union', options };
  }
  return undefined;
}

function objectPlan(plan: Plan | undefined, record: Record<string, unknown>): Plan | undefined {
  if (plan?.kind !== 'union') return plan;
  const match = plan.options.find((option) => option.literals.every(([key, values]) => values.has(record[key])));
  return (match ?? plan.options[0])?.plan;
}

function formatValue(value: unknown, plan: Plan | undefined, layout: Layout, indent: string): string {
  if (Array.isArray(value)) return formatArray(value, plan?.kind === 'array' ? plan.element : undefined, layout, indent);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return formatObject(record, objectPlan(plan, record), layout === 'inline', indent);
  }
  return JSON.stringify(value) ?? 'null';
}

function formatArray(items: unknown[], element: Plan | undefined, layout: Layout, indent: string): string {
  if (items.length === 0) return '[]';
  const inline = layout === 'inline' || (layout === 'inline-when-single' && items.length === 1);
  if (inline) return `[${items.map((item) => formatValue(item, element, 'inline', indent)).join(', ')}]`;
  const inner = indent + INDENT;
  const itemLayout: Layout = layout === 'items-inline' ? 'inline' : 'block';
  const lines = items.map((item) => inner + formatValue(item, element, itemLayout, inner));
  return `[\n${lines.join(',\n')}\n${indent}]`;
}

function formatObject(record: Record<string, unknown>, plan: Plan | undefined, inline: boolean, indent: string): string {
  const keys = orderedKeys(record, plan).filter((key) => record[key] !== undefined);
  if (keys.length === 0) return '{}';
  const inner = indent + INDENT;
  const fields = keys.map((key) => {
    const layout: Layout = inline ? 'inline' : (LAYOUT_BY_FIELD[key] ?? 'block');
    const field = plan?.kind === 'object' ? plan.field(key) : undefined;
    return `${JSON.stringify(key)}: ${formatValue(record[key], field, layout, inner)}`;
  });
  if (inline) return `{ ${fields.join(', ')} }`;
  return `{\n${fields.map((field) => inner + field).join(',\n')}\n${indent}}`;
}

/** The record's keys: those the format knows, in its order, then any others as they came. */
function orderedKeys(record: Record<string, unknown>, plan: Plan | undefined): string[] {
  const present = Object.keys(record);
  if (plan?.kind !== 'object') return present;
  const ordered = plan.keys.filter((key) => key in record);
  if (ordered.length === present.length) return ordered;
  return [...ordered, ...present.filter((key) => !plan.known.has(key))];
}
