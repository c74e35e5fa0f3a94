import { describe, expect, it } from 'vitest';
import { formatScenario } from '../../engine/authoring/format-scenario';
import { scenarioTemplates } from '../../engine/authoring/templates';
import type { CustomerTurn, Scenario } from '../../engine/scenario/format';
import { findPlaceholders } from '../../engine/scenario/placeholders';
import { validateScenarioText } from '../../engine/scenario/validate';
import { bundledScenarioText } from '../fixtures/bundled-scenarios';

const base = (): Scenario => JSON.parse(bundledScenarioText('double-charged-broadband'));
const text = (value: unknown) => JSON.stringify(value, null, 2);
const lineOf = (file: string, needle: string) => file.slice(0, file.indexOf(needle)).split('\n').length;

/** Every string in a value, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

describe('findPlaceholders', () => {
  it('reports a placeholder left in a text field, quoting it, at the field’s JSON path', () => {
    const s = base();
    s.persona.name = '[Customer’s name]';

    expect(findPlaceholders(s)).toEqual([
      { path: ['persona', 'name'], message: 'replace the placeholder “[Customer’s name]” before publishing' },
    ]);
  });

  it('reports each placeholder in a field, inside sentences and in lists as well', () => {
    const s = base();
    s.learningObjectives[0] = 'Explain [the reason, in plain words] and offer [an alternative]';

    expect(findPlaceholders(s).map((p) => p.message)).toEqual([
      'replace the placeholder “[the reason, in plain words]” before publishing',
      'replace the placeholder “[an alternative]” before publishing',
    ]);
    expect(findPlaceholders(s)[0]!.path).toEqual(['learningObjectives', 0]);
  });

  it('quotes a long placeholder by its start', () => {
    const s = base();
    s.description = `[${'who asks, what they need to know, and why it matters to them '.repeat(2)}]`;

    expect(findPlaceholders(s)[0]!.message).toMatch(/^replace the placeholder “\[who asks.{40,60}…\]” before publishing$/);
  });

  it('leaves brackets with no words in them alone: “[1]” and “[]” are not placeholders', () => {
    const s = base();
    s.description = 'See note [1]; the form shows [] when empty.';

    expect(findPlaceholders(s)).toEqual([]);
  });

  it('finds none in the bundled scenarios', () => {
    for (const id of ['double-charged-broadband', 'bereavement-account-closure']) {
      expect(findPlaceholders(JSON.parse(bundledScenarioText(id)))).toEqual([]);
    }
  });

  it.each(scenarioTemplates.map((t) => [t.name, t] as const))(
    'finds every bracketed text in the "%s" template',
    (_name, template) => {
      const bracketed = strings(template.scenario).flatMap((s) => s.match(/\[[^[\]]+\]/g) ?? []);

      expect(findPlaceholders(template.scenario)).toHaveLength(bracketed.length);
      expect(bracketed.length).toBeGreaterThan(0);
    },
  );
});

describe('validateScenarioText on placeholders', () => {
  it('reports a placeholder as a problem (blocking publishing) with file, path and line', () => {
    const s = base();
    (s.nodes[0] as CustomerTurn).lines[0] = 'Hello, this is [Customer’s name].';
    const file = text(s);
    const result = validateScenarioText('draft.json', file);

    expect(result.scenario).toBeUndefined();
    expect(result.problems).toEqual([
      {
        file: 'draft.json',
        path: '$.nodes[0].lines[0]',
        line: lineOf(file, 'Hello, this is'),
        column: expect.any(Number),
        message: 'replace the placeholder “[Customer’s name]” before publishing',
      },
    ]);
  });

  it.each(scenarioTemplates.map((t) => [t.name, t] as const))(
    'reports nothing in the "%s" template’s output but its placeholders',
    (_name, template) => {
      const problems = validateScenarioText(`${template.id}.json`, formatScenario(template.scenario)).problems;

      expect(problems.length).toBeGreaterThan(0);
      expect(problems.filter((p) => !/^replace the placeholder “\[.+\]” before publishing$/.test(p.message))).toEqual([]);
    },
  );
});
