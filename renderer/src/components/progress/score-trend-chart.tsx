import { ScoreLinesPlot } from '../scores/score-lines-plot';
import { trendSummary, type TrendPoint } from './score-trend';

/** Respect, helpfulness and empathy across attempts, with the same story told in a caption. */
export function ScoreTrendChart({ points }: { points: TrendPoint[] }) {
  return (
    <figure className="trend-chart" aria-labelledby="trend-title">
      <h2 id="trend-title">Scores over time</h2>
      <div className="trend-chart__plot" aria-hidden="true">
        <ScoreLinesPlot points={points} minWidth={300} />
      </div>
      <figcaption className="trend-chart__summary">{trendSummary(points)}</figcaption>
    </figure>
  );
}
