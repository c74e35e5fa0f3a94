import type { AttemptSummary } from '@api';
import { DIMENSIONS } from '../../../../engine/scenario/format';
import { DIMENSION_LABEL, STATUS_LABEL } from '../common/labels';
import { OutcomeBadge } from '../scores/outcome-badge';
import { scoreBand } from '../scores/score-band';

const formatDate = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Every attempt, newest first; the scenario name opens its scorecard (a row click does too). */
export function AttemptsTable({ attempts, onOpen }: { attempts: AttemptSummary[]; onOpen: (attemptId: string) => void }) {
  return (
    <table className="attempts-table">
      <caption>Your attempts, newest first. Choose a scenario name to open its scorecard.</caption>
      <thead>
        <tr>
          <th scope="col">Scenario</th>
          <th scope="col">Date</th>
          <th scope="col">Outcome</th>
          {DIMENSIONS.map((d) => (
            <th key={d} scope="col" className="attempts-table__score">
              {DIMENSION_LABEL[d]}
            </th>
          ))}
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => (
          <tr key={a.id} onClick={() => onOpen(a.id)}>
            <th scope="row">
              <button
                type="button"
                className="link-button"
                onClick={(e) => {
                  e.stopPropagation();
                  onOpen(a.id);
                }}
              >
                {a.scenarioTitle}
              </button>
            </th>
            <td>{formatDate(a.startedAt)}</td>
            <td>{a.outcome ? <OutcomeBadge outcome={a.outcome} /> : <span className="muted">None yet</span>}</td>
            {DIMENSIONS.map((d) => (
              <td key={d} className="attempts-table__score">
                {a.scores ? (
                  <span className={`score-chip score-chip--${scoreBand(a.scores[d])}`}>{a.scores[d]}</span>
                ) : (
                  <span className="muted">–</span>
                )}
              </td>
            ))}
            <td>{STATUS_LABEL[a.status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
