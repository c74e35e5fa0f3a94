import type { ReviewThresholds, WeakSkill, WeakTurn } from '@api';
import { WEAK_BELOW } from '../scores/score-band';

/**
 * The score a turn must fall below to show a weak skill: the manager's flag threshold for the
 * dimension, or (with that flag turned off) the top of the "needs work" band.
 */
export function weakTurnThreshold(thresholds: ReviewThresholds, dimension: WeakSkill['dimension']): number {
  return thresholds[dimension] ?? WEAK_BELOW;
}

/** A skill's turns that really show it weak: the reply scored below the threshold on that skill. */
export function turnsShowingWeakness(skill: WeakSkill, thresholds: ReviewThresholds): WeakTurn[] {
  const below = weakTurnThreshold(thresholds, skill.dimension);
  return skill.turns.filter((turn) => turn.scores[skill.dimension] < below);
}
