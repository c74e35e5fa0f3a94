import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScenarioReport } from '@api';
import type { Outcome } from '../../../../engine/scenario/format';
import { OUTCOME_LABEL } from '../common/labels';
import { outcomeSummary } from './chart-summaries';

const FILL: Record<Outcome, string> = {
  resolved: '#1e6b45',
  escalated: '#8a4b00',
  'follow-up': '#1d4f91',
  'customer-lost': '#b42318',
};

/** How a scenario's finished attempts ended, one labelled bar per outcome. */
export function OutcomeChart({ report }: { report: ScenarioReport }) {
  const data = report.outcomes.map((o) => ({ outcome: o.outcome, label: OUTCOME_LABEL[o.outcome], count: o.count }));
  const unfinished = report.unfinished.inProgress + report.unfinished.abandoned;
  return (
    <figure className="review-chart" aria-labelledby="outcomes-title">
      <div className="review-chart__head">
        <h2 id="outcomes-title">How conversations ended</h2>
      </div>
      {report.finishedAttempts > 0 && (
        <div className="review-chart__plot" aria-hidden="true">
          <ResponsiveContainer width="100%" height={220} minWidth={280}>
            <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid stroke="#d5dbe3" strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" stroke="#4a5566" tick={{ fill: '#3d4756', fontSize: 12 }} />
              <YAxis allowDecimals={false} stroke="#4a5566" tick={{ fill: '#3d4756', fontSize: 12 }} width={48} />
              <Tooltip />
              <Bar
                dataKey="count"
                name="Attempts"
                isAnimationActive={false}
                label={{ position: 'top', fill: '#17202e', fontSize: 12 }}
              >
                {data.map((d) => (
                  <Cell key={d.outcome} fill={FILL[d.outcome]} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <figcaption className="review-chart__summary">{outcomeSummary(report.outcomes, unfinished)}</figcaption>
    </figure>
  );
}
