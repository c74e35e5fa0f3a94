import type { ReactNode } from 'react';
import type { ScoreTrend } from '@api';
import { ScoreLinesPlot } from '../scores/score-lines-plot';
import { scoreLinesSummary } from './chart-summaries';
import { formatDay } from './review-format';

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
          <ScoreLinesPlot points={data} minWidth={280} />
        </div>
      )}
      <figcaption className="review-chart__summary">{scoreLinesSummary(trend.points, trend.bucket)}</figcaption>
    </figure>
  );
}
