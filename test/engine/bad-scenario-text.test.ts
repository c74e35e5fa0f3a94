import { describe, expect, it } from 'vitest';
import { startPlay, takeTurn } from '../../engine/play/player';
import { validateLibrary } from '../../engine/scenario/library';
import { findExcessiveNesting, MAX_NESTING_DEPTH } from '../../engine/scenario/nesting-depth';
import { MAX_PROBLEMS_PER_FILE, validateScenarioText } from '../../engine/scenario/validate';
import { bundledScenarioText } from '../fixtures/bundled-scenarios';
import { HOSTILE_MARKUP, proseStrings, withMarkupInEveryTextField } from '../fixtures/hostile-scenario';

const base = () => JSON.parse(bundledScenarioText('double-charged-broadband'));

describe('bad scenario input (engine)', () => {
  describe('deeply nested JSON', () => {
    it('reports arrays nested 100,000 levels deep at the first bracket past the limit, without exhausting the stack', () => {
      const text = '['.repeat(100_000) + ']'.repeat(100_000);

      const result = validateScenarioText('deep.json', text);

      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ file: 'deep.json', line: 1, column: MAX_NESTING_DEPTH + 1 });
      expect(result.problems[0]!.path).toBe(`$${'[0]'.repeat(MAX_NESTING_DEPTH)}`);
      expect(result.problems[0]!.message).toMatch(/nested more than 64 levels deep/);
    });

    it('names the keys on the way down when objects are nested too deep inside a real scenario', () => {
      const s = base();
      s.nodes[0].note = 'PLACEHOLDER';
      const deep = '{"inner":'.repeat(50_000) + '"bottom"' + '}'.repeat(50_000);
      const text = JSON.stringify(s, null, 1).replace('"PLACEHOLDER"', deep);

      const [problem] = validateScenarioText('nested-note.json', text).problems;

      expect(problem!.path.startsWith('$.nodes[0].note.inner.inner')).toBe(true);
      expect(problem!.line).toBeGreaterThan(1);
      expect(problem!.message).toMatch(/nested more than/);
    });

    it('ignores brackets inside strings, so a scenario quoting "[[[[" is not mistaken for deep nesting', () => {
      const s = base();
      s.nodes[0].lines.push('['.repeat(500) + '{'.repeat(500));

      expect(findExcessiveNesting(JSON.stringify(s))).toBeUndefined();
      expect(validateScenarioText('quoted.json', JSON.stringify(s)).problems).toEqual([]);
    });
  });

  describe('a file with a flood of mistakes', () => {
    it(`lists the first ${MAX_PROBLEMS_PER_FILE} problems and says how many more there are`, () => {
      const text = `{${'"a":1,,'.repeat(10_000)}}`;

      const { problems } = validateScenarioText('flood.json', text);

      expect(problems).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
      expect(problems.at(-1)!.message).toMatch(/^…and \d+ more problems; fix the ones above first$/);
      for (const p of problems) expect(p.line).toBeGreaterThanOrEqual(1);
    });
  });

  describe('HTML and script in every text field', () => {
    it('accepts the markup as ordinary text and keeps every character of it', () => {
      const hostile = withMarkupInEveryTextField(base());

      const result = validateScenarioText('hostile.json', JSON.stringify(hostile, null, 2));

      expect(result.problems).toEqual([]);
      const kept = proseStrings(result.scenario);
      expect(kept.length).toBeGreaterThan(40);
      for (const text of kept) expect(text.endsWith(HOSTILE_MARKUP)).toBe(true);
    });

    it('plays the hostile scenario with the markup in the customer’s lines and the feedback, unchanged', () => {
      const result = validateScenarioText('hostile.json', JSON.stringify(withMarkupInEveryTextField(base())));
      const scenario = result.scenario!;
      const opening = startPlay(scenario);
      const turn = scenario.nodes.find((n) => n.id === opening.nodeId)!;
      const choice = turn.kind === 'customer' ? turn.choices![0]! : undefined;

      const next = takeTurn(scenario, opening, { kind: 'choice', choiceId: choice!.id });

      expect(next.turns[0]!.customerLines.every((line) => line.endsWith(HOSTILE_MARKUP))).toBe(true);
      expect(next.turns[0]!.feedback.endsWith(HOSTILE_MARKUP)).toBe(true);
    });
  });

  describe('a file that would make the validator fail', () => {
    it('is reported in the library as a located problem instead of taking the other files down', () => {
      const good = { file: 'good.json', text: bundledScenarioText('double-charged-broadband') };
      // A text whose every read throws stands in for a validator bug we have not found yet.
      const hostileText = new Proxy(new String('{}'), {
        get: () => {
          throw new Error('simulated validator failure');
        },
      }) as unknown as string;

      const entries = validateLibrary([good, { file: 'cursed.json', text: hostileText }]);

      expect(entries[0]!.scenario?.id).toBe('double-charged-broadband');
      expect(entries[1]!.problems).toEqual([expect.objectContaining({ file: 'cursed.json', path: '$', line: 1, column: 1 })]);
      expect(entries[1]!.problems[0]!.message).toMatch(/could not check this file \(simulated validator failure\)/);
    });
  });
});
