import type { Dimension } from '../../../../engine/scenario/format';
import { DIMENSION_LABEL } from '../common/labels';
import { BAND_LABEL, scoreBand } from './score-band';

/**
 * One dimension's score, 0-100: its name, the number, and a bar coloured by band. Exposed as an
 * ARIA meter so assistive technology reads "Respect, 82 out of 100, strong".
 */
export function ScoreBar({
  dimension,
  score,
  size = 'small',
}: {
  dimension: Dimension;
  score: number;
  size?: 'small' | 'large';
}) {
  const band = scoreBand(score);
  return (
    <div
      className={`score-bar score-bar--${size} score-bar--${band}`}
      role="meter"
      aria-label={DIMENSION_LABEL[dimension]}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={score}
      aria-valuetext={`${score} out of 100, ${BAND_LABEL[band]}`}
    >
      <span className="score-bar__label">{DIMENSION_LABEL[dimension]}</span>
      <span className="score-bar__value">
        {score}
        <span className="score-bar__max">/100</span>
      </span>
      <span className="score-bar__track">
        <span className="score-bar__fill" style={{ width: `${score}%` }} />
      </span>
    </div>
  );
}
