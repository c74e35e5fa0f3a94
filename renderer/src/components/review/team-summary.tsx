import type { TeamOverview } from '@api';
import { DIMENSIONS } from '../../../../engine/scenario/format';
import { DIMENSION_LABEL } from '../common/labels';
import { scoreBand } from '../scores/score-band';
import { formatCount } from './review-format';

/** The team at a glance under the filter: how many trainees and attempts, the averages, and how many are flagged. */
export function TeamSummary({ team }: { team: TeamOverview['team'] }) {
  return (
    <dl className="team-summary">
      <div className="team-summary__item">
        <dt>Trainees</dt>
        <dd>{formatCount(team.trainees)}</dd>
      </div>
      <div className="team-summary__item">
        <dt>Attempts</dt>
        <dd>{formatCount(team.attempts)}</dd>
      </div>
      {DIMENSIONS.map((d) => (
        <div key={d} className="team-summary__item">
          <dt>Team {DIMENSION_LABEL[d].toLowerCase()}</dt>
          <dd>
            {team.averages ? (
              <span className={`score-chip score-chip--${scoreBand(team.averages[d])}`}>{team.averages[d]}</span>
            ) : (
              <span className="muted">–</span>
            )}
          </dd>
        </div>
      ))}
      <div className={`team-summary__item${team.flaggedTrainees > 0 ? ' team-summary__item--flagged' : ''}`}>
        <dt>Flagged trainees</dt>
        <dd>
          {team.flaggedTrainees > 0 && <span aria-hidden="true">⚑ </span>}
          {formatCount(team.flaggedTrainees)}
        </dd>
      </div>
    </dl>
  );
}
