import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Scores } from '../../../../engine/scenario/format';
import { DIMENSIONS } from '../../../../engine/scenario/format';
import { DIMENSION_LABEL } from '../common/labels';
import { LEGEND_AS_DRAWN, tooltipInOrder } from './chart-order';

/** Line colours with at least 3:1 contrast on white, told apart by dash pattern and marker too. */
const LINE_STYLE = {
  respect: { stroke: '#1d4f91', dash: undefined },
  helpfulness: { stroke: '#8a4b00', dash: '6 3' },
  empathy: { stroke: '#1e6b45', dash: '2 3' },
} as const;

export type ScoreLinesPoint = { label: string } & Scores;

/**
 * Respect, helpfulness and empathy as three lines on a 0–100 scale: the one plot behind the
 * trainee's progress chart and the manager's trend charts. Hidden from assistive technology, so
 * every caller must tell the same story in a caption.
 */
export function ScoreLinesPlot({ points, minWidth }: { points: ScoreLinesPoint[]; minWidth: number }) {
  return (
    <ResponsiveContainer width="100%" height={240} minWidth={minWidth}>
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#d5dbe3" strokeDasharray="3 3" />
        <XAxis dataKey="label" stroke="#4a5566" tick={{ fill: '#3d4756', fontSize: 12 }} minTickGap={24} />
        <YAxis
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          stroke="#4a5566"
          tick={{ fill: '#3d4756', fontSize: 12 }}
          width={36}
        />
        <Tooltip itemSorter={tooltipInOrder(DIMENSIONS)} />
        <Legend itemSorter={LEGEND_AS_DRAWN} />
        {DIMENSIONS.map((d) => (
          <Line
            key={d}
            type="monotone"
            dataKey={d}
            name={DIMENSION_LABEL[d]}
            stroke={LINE_STYLE[d].stroke}
            strokeDasharray={LINE_STYLE[d].dash}
            strokeWidth={2}
            dot={points.length <= 40 ? { r: 3 } : false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
