import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatScenario } from '../../engine/authoring/format-scenario';
import { validateScenarioText } from '../../engine/scenario/validate';
import { bundledScenarioFiles, bundledScenarioText } from '../fixtures/bundled-scenarios';

/** The same value with every object's keys in another order: what an editor's state may hold. */
function withKeysReordered(value: unknown, order: (keys: string[]) => string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => withKeysReordered(item, order));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(order(Object.keys(record)).map((key) => [key, withKeysReordered(record[key], order)]));
}

describe('formatScenario', () => {
  it.each(bundledScenarioFiles())('writes $file back byte for byte', ({ text }) => {
    expect(formatScenario(JSON.parse(text))).toBe(text);
  });

  it('puts keys in the order of the scenario format, whatever order the object holds them in', () => {
    const text = bundledScenarioText('double-charged-broadband');
    const reversed = withKeysReordered(JSON.parse(text), (keys) => [...keys].reverse());

    expect(formatScenario(reversed)).toBe(text);
  });

  it('gives the same text for any key order (property)', () => {
    const text = bundledScenarioText('lost-appointment-clinic');
    const scenario = JSON.parse(text) as unknown;
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let state = seed;
        const shuffle = (keys: string[]) =>
          keys
            .map((key) => ({ key, rank: (state = (state * 1103515245 + 12345) | 0) }))
            .sort((a, b) => a.rank - b.rank)
            .map((entry) => entry.key);
        return formatScenario(withKeysReordered(scenario, shuffle)) === text;
      }),
      { numRuns: 50 },
    );
  });

  it('uses a 2-space indent, one line for short records and a final newline', () => {
    const scenario = JSON.parse(bundledScenarioText('double-charged-broadband'));
    const text = formatScenario(scenario);

    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "id": "double-charged-broadband",\n');
    expect(text).toContain('"scores": { "respect": 95, "helpfulness": 80, "empathy": 95 },');
    expect(text).toContain('{ "when": { "empathy": { "below": 35 } }, "next": "escalating", "feedback":');
    expect(text).toMatch(/"skills": \["de-escalation", [^\n]*\],\n/);
  });

  it('writes a one-line list of lines on one line and a longer one item per line', () => {
    const scenario = JSON.parse(bundledScenarioText('double-charged-broadband'));
    scenario.nodes[1].lines = ['Only one line.'];
    scenario.nodes[2].lines = ['First.', 'Second.'];

    const text = formatScenario(scenario);

    expect(text).toContain('"lines": ["Only one line."],');
    expect(text).toContain('"lines": [\n        "First.",\n        "Second."\n      ],');
  });

  it('keeps fields the format does not know, after the known ones, so a draft loses nothing', () => {
    const scenario = JSON.parse(bundledScenarioText('double-charged-broadband'));
    const draft = { colour: 'red', ...scenario, nodes: [{ extra: 1, ...scenario.nodes[0] }, ...scenario.nodes.slice(1)] };

    const text = formatScenario(draft);

    expect(JSON.parse(text)).toEqual(draft);
    expect(text).toMatch(/"nodes": \[[\s\S]*\n {2}\],\n {2}"colour": "red"\n\}\n$/);
    expect(
      validateScenarioText('draft.json', text)
        .problems.map((p) => p.message)
        .sort(),
    ).toEqual(['unknown field "colour"', 'unknown field "extra"']);
  });

  it('writes empty lists and records compactly and leaves out undefined fields', () => {
    const text = formatScenario({ id: 'x', skills: [], persona: {}, note: undefined });

    expect(text).toBe('{\n  "id": "x",\n  "skills": [],\n  "persona": {}\n}\n');
  });
});
