import type { Scorecard } from '../../../../engine/play/types';
import { DIMENSION_LABEL } from '../common/labels';
import { ScoreTrio } from '../scores/score-trio';

const ADVICE = {
  respect: 'Keep courtesy steady, use their name, and never match a rude tone.',
  helpfulness: 'Say exactly what you will do, by when, and how they will know it is done.',
  empathy: 'Name the feeling and the situation behind it before moving to the fix.',
} as const;

/** The three averages, large, and the one dimension to work on next. */
export function OverallScores({ card }: { card: Scorecard }) {
  const weakest = card.weakest;
  return (
    <section className="overall-scores" aria-labelledby="overall-title">
      <h2 id="overall-title">Overall scores</h2>
      <ScoreTrio scores={card.overall} size="large" label="Overall scores" />
      <p className="overall-scores__focus">
        <strong>
          Focus next on {DIMENSION_LABEL[weakest].toLowerCase()} ({card.overall[weakest]}/100).
        </strong>{' '}
        {ADVICE[weakest]}
      </p>
    </section>
  );
}
