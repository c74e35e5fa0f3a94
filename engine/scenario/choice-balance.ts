/**
 * Checks that an author's habits do not give the best reply away. Authors tend to write the best
 * reply first and longest; the player shuffles choices, but length still shows through, and the
 * editor's play-test and the file itself keep the written order. These are warnings: the scenario
 * plays, and publishing it is allowed.
 */
import { bestChoiceIndex } from './best-choice';
import type { Scenario } from './format';
import type { GraphProblem } from './graph-checks';

/** Fewer choice turns than this can share a position or a length by chance, so they are not judged. */
export const MIN_TURNS_FOR_BALANCE = 3;

interface ChoiceTurn {
  nodeIndex: number;
  best: number;
  bestIsLongest: boolean;
}

/** Each turn offering two or more choices: where its best reply is, and whether it is the longest. */
function choiceTurns(scenario: Scenario): ChoiceTurn[] {
  return scenario.nodes.flatMap((node, nodeIndex) => {
    if (node.kind !== 'customer' || !node.choices || node.choices.length < 2) return [];
    const best = bestChoiceIndex(node.choices);
    const bestLength = node.choices[best]!.text.trim().length;
    const bestIsLongest = node.choices.every((c, i) => i === best || c.text.trim().length < bestLength);
    return [{ nodeIndex, best, bestIsLongest }];
  });
}

/**
 * Warns when the best reply (highest total score) is in the same position in every choice turn,
 * or is the longest reply in every one, once the scenario has MIN_TURNS_FOR_BALANCE choice turns.
 */
export function checkChoiceBalance(scenario: Scenario): GraphProblem[] {
  const turns = choiceTurns(scenario);
  if (turns.length < MIN_TURNS_FOR_BALANCE) return [];
  const first = turns[0]!;
  const warnings: GraphProblem[] = [];
  if (turns.every((t) => t.best === first.best)) {
    warnings.push({
      path: ['nodes', first.nodeIndex, 'choices', first.best],
      message:
        `the best reply is choice ${first.best + 1} in all ${turns.length} choice turns, so a trainee can win by habit; ` +
        'move it to other positions in some turns',
    });
  }
  if (turns.every((t) => t.bestIsLongest)) {
    warnings.push({
      path: ['nodes', first.nodeIndex, 'choices', first.best, 'text'],
      message:
        `the best reply is the longest in all ${turns.length} choice turns, so its length gives it away; ` +
        'make some weaker replies longer (wordy, polite but wrong) or some best replies shorter',
    });
  }
  return warnings;
}
