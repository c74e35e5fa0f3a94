import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScenarioDistribution } from '@api';
import type { Dimension } from '../../../../engine/scenario/format';
import { DIMENSION_LABEL } from '../common/labels';
import { DimensionChartHead } from './dimension-chart-head';
import { distributionSummary } from './chart-summaries';
import { percent } from './review-format';
import { plural } from '../common/plural';
import { LEGEND_AS_DRAWN, tooltipInOrder } from '../scores/chart-order';

/** Band colours from the score palette; each band also has its own label in legend and tooltip. */
const BANDS = [
  { key: 'weak', name: 'Weak (below 40)', fill: '#b42318' },
  { key: 'fair', name: 'Fair (40–69)', fill: '#c27c0e' },
  { key: 'strong', name: 'Strong (70+)', fill: '#1e6b45' },
] as const;

/**
 * How each scenario's finished attempts spread over weak, fair and strong on one dimension, as
 * 100% stacked bars (counts in the tooltip); the table below lists the same shares and opens a scenario's page.
 */
export function ScoreDistributionChart({
  scenarios,
  onOpenScenario,
}: {
  scenarios: ScenarioDistribution[];
  onOpenScenario: (scenarioId: string) => void;
}) {
  const [dimension, setDimension] = useState<Dimension>('empathy');
  const data = scenarios.map((s) => ({
    title: s.scenarioTitle.length > 28 ? `${s.scenarioTitle.slice(0, 27)}…` : s.scenarioTitle,
    ...s.bands[dimension],
  }));
  return (
    <figure className="review-chart" aria-labelledby="distribution-title">
      <DimensionChartHead
        id="distribution"
        title="Scores by scenario"
        level="h3"
        dimension={dimension}
        onDimension={setDimension}
      />
      {data.length > 0 && (
        <div className="review-chart__plot" aria-hidden="true">
          <ResponsiveContainer width="100%" height={Math.max(160, 30 * data.length + 60)} minWidth={280}>
            <BarChart
              data={data}
              layout="vertical"
              stackOffset="expand"
              margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke="#d5dbe3" strokeDasharray="3 3" horizontal={false} />
              <XAxis
                type="number"
                tickFormatter={(share: number) => `${Math.round(share * 100)}%`}
                stroke="#4a5566"
                tick={{ fill: '#3d4756', fontSize: 12 }}
              />
              <YAxis type="category" dataKey="title" width={190} stroke="#4a5566" tick={{ fill: '#3d4756', fontSize: 12 }} />
              <Tooltip
                formatter={(value) => plural(Number(value), 'attempt')}
                itemSorter={tooltipInOrder(BANDS.map((b) => b.key))}
              />
              <Legend itemSorter={LEGEND_AS_DRAWN} />
              {BANDS.map((b) => (
                <Bar key={b.key} dataKey={b.key} name={b.name} stackId="bands" fill={b.fill} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <figcaption className="review-chart__summary">{distributionSummary(scenarios, dimension)}</figcaption>
      {scenarios.length > 0 && (
        <table className="review-table review-table--compact">
          <caption className="visually-hidden">
            {DIMENSION_LABEL[dimension]} by scenario; a scenario's name opens its turn-by-turn report.
          </caption>
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              <th scope="col">Finished</th>
              {BANDS.map((b) => (
                <th key={b.key} scope="col">
                  {b.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scenarios.map((s) => (
              <tr key={s.scenarioId}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onOpenScenario(s.scenarioId)}>
                    {s.scenarioTitle}
                  </button>
                </th>
                <td>{s.finishedAttempts}</td>
                {BANDS.map((b) => (
                  <td key={b.key}>{percent(s.bands[dimension][b.key], s.finishedAttempts)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
