import type { Choice, Scores } from './format';

/** A choice's total over the three dimensions: how the scenario's author ranks its replies. */
export function choiceTotal(scores: Scores): number {
  return scores.respect + scores.helpfulness + scores.empathy;
}

/** Index of the turn's best authored reply: the highest total; on a tie, the one written first. */
export function bestChoiceIndex(choices: readonly Choice[]): number {
  let best = -1;
  choices.forEach((choice, i) => {
    if (best < 0 || choiceTotal(choice.scores) > choiceTotal(choices[best]!.scores)) best = i;
  });
  return best;
}

/** The turn's best authored reply (see bestChoiceIndex), or undefined when it offers none. */
export function bestChoice(choices: readonly Choice[] | undefined): Choice | undefined {
  return choices?.[bestChoiceIndex(choices)];
}
