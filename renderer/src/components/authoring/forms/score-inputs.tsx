import { DIMENSIONS, type Scores } from '../../../../../engine/scenario/format';
import { DIMENSION_LABEL } from '../../common/labels';
import { NumberField } from './number-field';

/** A choice's three authored scores, each 0–100. */
export function ScoreInputs({ path, scores, onChange }: { path: string; scores: Scores; onChange: (scores: Scores) => void }) {
  return (
    <fieldset className="score-inputs">
      <legend>Scores (0–100)</legend>
      <div className="score-inputs__row">
        {DIMENSIONS.map((d) => (
          <NumberField
            key={d}
            label={DIMENSION_LABEL[d]}
            path={`${path}.${d}`}
            value={scores?.[d]}
            min={0}
            max={100}
            onChange={(value) => onChange({ ...scores, [d]: value })}
          />
        ))}
      </div>
    </fieldset>
  );
}
