/**
 * Finds template text a trainer forgot to replace. The authoring templates (engine/authoring/
 * templates/) mark what to replace with square brackets — "[Customer’s name]", "[the reason, in
 * plain words]" — so a bracketed phrase left in a scenario would reach trainees as it stands: a
 * customer called "[Customer’s name]". These are errors: a draft with them saves, but does not publish.
 */
import type { Scenario } from './format';
import type { GraphProblem } from './graph-checks';

/** Square brackets around words on one line; "[]" or "[1]" is not a placeholder. */
const PLACEHOLDER = /\[[^[\]\n]*\p{L}[^[\]\n]*\]/gu;

/** Long placeholders are quoted by their start: enough to find them in the field. */
const MAX_QUOTED = 60;

/** Fields that are not text for people: the schema reference is a path. */
const NOT_TEXT = new Set(['$schema']);

function quoted(placeholder: string): string {
  return placeholder.length <= MAX_QUOTED ? placeholder : `${placeholder.slice(0, MAX_QUOTED - 2)}…]`;
}

function visit(value: unknown, path: Array<string | number>, out: GraphProblem[]): void {
  if (typeof value === 'string') {
    for (const [placeholder] of value.matchAll(PLACEHOLDER)) {
      out.push({ path, message: `replace the placeholder “${quoted(placeholder)}” before publishing` });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => visit(item, [...path, i], out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (!NOT_TEXT.has(key)) visit(item, [...path, key], out);
    }
  }
}

/** Every template placeholder left in the scenario's text, one problem per placeholder at its field. */
export function findPlaceholders(scenario: Scenario): GraphProblem[] {
  const problems: GraphProblem[] = [];
  visit(scenario, [], problems);
  return problems;
}
