import { DIMENSIONS, type Scores } from '../../../../engine/scenario/format';
import { ScoreBar } from './score-bar';

/** Respect, helpfulness and empathy side by side. */
export function ScoreTrio({ scores, size = 'small', label }: { scores: Scores; size?: 'small' | 'large'; label: string }) {
  return (
    <ul className={`score-trio score-trio--${size}`} aria-label={label}>
      {DIMENSIONS.map((d) => (
        <li key={d}>
          <ScoreBar dimension={d} score={scores[d]} size={size} />
        </li>
      ))}
    </ul>
  );
}
