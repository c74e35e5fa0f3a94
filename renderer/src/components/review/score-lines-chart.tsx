import type { ReactNode } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScoreTrend } from '../../../../electron/api';
import { DIMENSIONS } from '../../../../engine/scenario/format';
import { DIMENSION_LABEL } from '../common/labels';
import { scoreLinesSummary } from './chart-summaries';
import { formatDay } from './review-format';

/** Line colours with at least 3:1 contrast on white, told apart by dash pattern and marker too. */
const LINE_STYLE = {
  respect: { stroke: '#1d4f91', dash: undefined },
  helpfulness: { stroke: '#8a4b00', dash: '6 3' },
  empathy: { stroke: '#1e6b45', dash: '2 3' },
} as const;

/**
 * Each dimension's average per day, week or month: the team's or one trainee's. The chart is for
 * the eye; its caption says the same in words.
 */
export function ScoreLinesChart({ title, trend, controls }: { title: string; trend: ScoreTrend; controls?: ReactNode }) {
  const data = trend.points.map((p) => ({ label: formatDay(p.start), attempts: p.attempts, ...p.averages }));
  const headingId = `chart-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <figure className="review-chart" aria-labelledby={headingId}>
      <div className="review-chart__head">
        <h3 id={headingId}>{title}</h3>
        {controls}
      </div>
      {data.length > 0 && (
        <div className="review-chart__plot" aria-hidden="true">
          <ResponsiveContainer width="100%" height={240} minWidth={280}>
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid stroke="#d5dbe3" strokeDasharray="3 3" />
              <XAxis dataKey="label" stroke="#4a5566" tick={{ fill: '#3d4756', fontSize: 12 }} minTickGap={24} />
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
                  dot={data.length <= 40 ? { r: 3 } : false}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
      <figcaption className="review-chart__summary">{scoreLinesSummary(trend.points, trend.bucket)}</figcaption>
    </figure>
  );
}
