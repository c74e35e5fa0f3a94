import type { TraineeReport } from '@api';
import { DIMENSIONS } from '../../../../engine/scenario/format';
import { DIMENSION_LABEL } from '../common/labels';
import { scoreBand } from '../scores/score-band';
import { formatCount, formatDate, formatLastActive } from './review-format';
import { TrendArrow } from './trend-arrow';
import { plural } from '../common/plural';

/** The trainee's line of the dashboard, larger: averages with their trends, flags, and how active they are. */
export function TraineeSummary({ summary }: { summary: TraineeReport['summary'] }) {
  return (
    <div className="trainee-summary">
      <ul className="trainee-summary__scores" aria-label="Average scores over finished attempts">
        {DIMENSIONS.map((d) => (
          <li
            key={d}
            className={`trainee-summary__score${summary.flagged.includes(d) ? ' trainee-summary__score--flagged' : ''}`}
          >
            <span className="trainee-summary__label">{DIMENSION_LABEL[d]}</span>
            {summary.averages ? (
              <span className={`score-chip score-chip--large score-chip--${scoreBand(summary.averages[d])}`}>
                {summary.averages[d]}
              </span>
            ) : (
              <span className="muted">–</span>
            )}
            <TrendArrow dimension={d} trend={summary.trend[d]} />
            {summary.flagged.includes(d) && (
              <span className="flag-badge">
                <span aria-hidden="true">⚑ </span>below the threshold
              </span>
            )}
          </li>
        ))}
      </ul>
      <p className="trainee-summary__facts">
        {plural(summary.attempts, 'attempt')} ({formatCount(summary.finishedAttempts)} finished) ·{' '}
        {plural(summary.scenariosCompleted, 'scenario')} completed · first {formatDate(summary.firstActive)} · last active{' '}
        {formatLastActive(summary.lastActive)}
      </p>
    </div>
  );
}
