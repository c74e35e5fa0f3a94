import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DIMENSIONS } from '../../../../engine/scenario/format';
import { DIMENSION_LABEL } from '../common/labels';
import { trendSummary, type TrendPoint } from './score-trend';

/** Line colours with at least 3:1 contrast on white, told apart by dash pattern and marker too. */
const LINE_STYLE = {
  respect: { stroke: '#1d4f91', dash: undefined },
  helpfulness: { stroke: '#8a4b00', dash: '6 3' },
  empathy: { stroke: '#1e6b45', dash: '2 3' },
} as const;

/** Respect, helpfulness and empathy across attempts, with the same story told in a caption. */
export function ScoreTrendChart({ points }: { points: TrendPoint[] }) {
  return (
    <figure className="trend-chart" aria-labelledby="trend-title">
      <h2 id="trend-title">Scores over time</h2>
      <div className="trend-chart__plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={240} minWidth={300}>
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#d5dbe3" strokeDasharray="3 3" />
            <XAxis dataKey="label" stroke="#4a5566" tick={{ fill: '#3d4756', fontSize: 12 }} />
            <YAxis
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              stroke="#4a5566"
              tick={{ fill: '#3d4756', fontSize: 12 }}
              width={36}
            />
            <Tooltip />
            <Legend />
            {DIMENSIONS.map((d) => (
              <Line
                key={d}
                type="monotone"
                dataKey={d}
                name={DIMENSION_LABEL[d]}
                stroke={LINE_STYLE[d].stroke}
                strokeDasharray={LINE_STYLE[d].dash}
                strokeWidth={2}
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="trend-chart__summary">{trendSummary(points)}</figcaption>
    </figure>
  );
}
