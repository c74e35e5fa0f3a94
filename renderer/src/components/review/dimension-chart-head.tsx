import { DIMENSIONS, type Dimension } from '../../../../engine/scenario/format';
import { DIMENSION_LABEL } from '../common/labels';

/** A review chart's title with the select that picks which dimension it plots. */
export function DimensionChartHead({
  id,
  title,
  level,
  dimension,
  onDimension,
}: {
  id: string;
  title: string;
  level: 'h2' | 'h3';
  dimension: Dimension;
  onDimension: (d: Dimension) => void;
}) {
  const Heading = level;
  return (
    <div className="review-chart__head">
      <Heading id={`${id}-title`}>{title}</Heading>
      <div className="field field--inline review-chart__control">
        <label htmlFor={`${id}-dimension`}>Dimension</label>
        <select id={`${id}-dimension`} value={dimension} onChange={(e) => onDimension(e.target.value as Dimension)}>
          {DIMENSIONS.map((d) => (
            <option key={d} value={d}>
              {DIMENSION_LABEL[d]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
