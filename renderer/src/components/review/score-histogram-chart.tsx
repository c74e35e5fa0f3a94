import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Dimension } from '../../../../engine/scenario/format';
import { DimensionChartHead } from './dimension-chart-head';
import { histogramSummary } from './chart-summaries';

const BIN_LABELS = Array.from({ length: 10 }, (_, i) => (i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`));

/** How a scenario's finished attempts spread over 10-point bands, one dimension at a time. */
export function ScoreHistogramChart({ histogram }: { histogram: Record<Dimension, number[]> }) {
  const [dimension, setDimension] = useState<Dimension>('empathy');
  const bins = histogram[dimension];
  const data = bins.map((count, i) => ({ band: BIN_LABELS[i], count }));
  const total = bins.reduce((a, b) => a + b, 0);
  return (
    <figure className="review-chart" aria-labelledby="histogram-title">
      <DimensionChartHead id="histogram" title="Score distribution" level="h2" dimension={dimension} onDimension={setDimension} />
      {total > 0 && (
        <div className="review-chart__plot" aria-hidden="true">
          <ResponsiveContainer width="100%" height={220} minWidth={280}>
            <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid stroke="#d5dbe3" strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="band" stroke="#4a5566" tick={{ fill: '#3d4756', fontSize: 11 }} />
              <YAxis allowDecimals={false} stroke="#4a5566" tick={{ fill: '#3d4756', fontSize: 12 }} width={48} />
              <Tooltip />
              <Bar dataKey="count" name="Finished attempts" fill="#1d4f91" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <figcaption className="review-chart__summary">{histogramSummary(bins, dimension)}</figcaption>
    </figure>
  );
}
