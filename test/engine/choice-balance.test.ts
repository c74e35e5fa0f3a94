import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkChoiceBalance } from '../../engine/scenario/choice-balance';
import type { CustomerTurn, Scenario } from '../../engine/scenario/format';
import { formatProblem } from '../../engine/scenario/problem';
import { validateScenarioText } from '../../engine/scenario/validate';
import { scenariosDir } from '../fixtures/bundled-scenarios';

const FILE = 'best-reply-first-and-longest.json';
/** A scenario whose author always wrote the best reply first and longest (4 choice turns). */
const text = readFileSync(path.join(scenariosDir, '../test/fixtures/scenarios', FILE), 'utf8');
const scenario = () => JSON.parse(text) as Scenario;
const choiceTurns = (s: Scenario) => s.nodes.filter((n): n is CustomerTurn => n.kind === 'customer' && !!n.choices);

describe('validateScenarioText: choice balance warnings', () => {
  it('warns, with file, line:column and JSON path, when the best reply is first and longest in every choice turn', () => {
    const result = validateScenarioText(`scenarios/${FILE}`, text);

    expect(result.scenario).toBeDefined();
    expect(result.problems).toEqual([]);
    // Only the choice-balance warnings: the fixture's model reply may draw a model-reply warning as well.
    expect(result.warnings!.map(formatProblem).filter((w) => /best reply/.test(w))).toEqual([
      expect.stringMatching(
        /^scenarios\/best-reply-first-and-longest\.json:\d+:\d+ \$\.nodes\[0\]\.choices\[0\]: warning: the best reply is choice 1 in all 4 choice turns/,
      ),
      expect.stringMatching(/\$\.nodes\[0\]\.choices\[0\]\.text: warning: the best reply is the longest in all 4 choice turns/),
    ]);
    const [position] = result.warnings!;
    expect(text.split('\n')[position!.line - 1]!.slice(position!.column - 1)).toMatch(/^\{/);
  });

  it('does not warn about position once the best reply moves in one turn', () => {
    const s = scenario();
    const turn = choiceTurns(s)[1]!;
    turn.choices!.reverse();
    expect(checkChoiceBalance(s).map((w) => w.message)).toEqual([expect.stringMatching(/is the longest in all 4/)]);
  });

  it('does not warn about length once a weaker reply is longer in one turn', () => {
    const s = scenario();
    const turn = choiceTurns(s)[0]!;
    turn.choices![1]!.text = `${turn.choices![0]!.text} And one more thing, so this reply runs longer.`;
    expect(checkChoiceBalance(s).map((w) => w.message)).toEqual([expect.stringMatching(/is choice 1 in all 4/)]);
  });

  it('counts only turns with two or more choices, and needs three of them before judging', () => {
    const s = scenario();
    const [, , third, fourth] = choiceTurns(s);
    third!.choices = third!.choices!.slice(0, 1);
    fourth!.choices = fourth!.choices!.slice(0, 1);
    expect(checkChoiceBalance(s)).toEqual([]);
  });

  it('does not count an equally long reply as shorter', () => {
    const s = scenario();
    for (const turn of choiceTurns(s)) turn.choices![1]!.text = turn.choices![0]!.text;
    expect(checkChoiceBalance(s).map((w) => w.message)).toEqual([expect.stringMatching(/is choice 1 in all 4/)]);
  });
});
