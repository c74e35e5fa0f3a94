import type { ReviewAttemptPage } from '@api';
import { DIMENSIONS } from '../../../../engine/scenario/format';
import { DIMENSION_LABEL, STATUS_LABEL } from '../common/labels';
import { OutcomeBadge } from '../scores/outcome-badge';
import { scoreBand } from '../scores/score-band';
import { formatCount, formatDateTime } from './review-format';

/** A trainee's attempts, newest first, a page at a time; a scenario's name opens the transcript. */
export function TraineeAttempts({
  page,
  pageSize,
  loading,
  onPage,
  onOpen,
}: {
  page: ReviewAttemptPage;
  pageSize: number;
  loading: boolean;
  onPage: (offset: number) => void;
  onOpen: (attemptId: string) => void;
}) {
  const first = page.total === 0 ? 0 : page.offset + 1;
  const last = page.offset + page.attempts.length;
  return (
    <section className="trainee-attempts" aria-labelledby="attempts-title">
      <h2 id="attempts-title">Attempts</h2>
      {page.total === 0 ? (
        <p className="muted">No attempts under this filter.</p>
      ) : (
        <>
          <table className="review-table">
            <caption className="visually-hidden">Attempts, newest first. A scenario's name opens the full transcript.</caption>
            <thead>
              <tr>
                <th scope="col">Scenario</th>
                <th scope="col">Started</th>
                <th scope="col">Outcome</th>
                {DIMENSIONS.map((d) => (
                  <th key={d} scope="col">
                    {DIMENSION_LABEL[d]}
                  </th>
                ))}
                <th scope="col">Turns</th>
              </tr>
            </thead>
            <tbody>
              {page.attempts.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onOpen(a.id)}>
                      {a.scenarioTitle}
                    </button>
                  </th>
                  <td>{formatDateTime(a.startedAt)}</td>
                  <td>
                    {a.outcome ? <OutcomeBadge outcome={a.outcome} /> : <span className="muted">{STATUS_LABEL[a.status]}</span>}
                  </td>
                  {DIMENSIONS.map((d) => (
                    <td key={d}>
                      {a.scores ? (
                        <span className={`score-chip score-chip--${scoreBand(a.scores[d])}`}>{a.scores[d]}</span>
                      ) : (
                        <span className="muted">–</span>
                      )}
                    </td>
                  ))}
                  <td>{a.turnCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="pager no-print" aria-label="Attempt pages">
            <button
              type="button"
              className="button button--quiet"
              disabled={loading || page.offset === 0}
              onClick={() => onPage(Math.max(0, page.offset - pageSize))}
            >
              ← Newer
            </button>
            <p className="pager__status" role="status">
              {loading ? 'Loading…' : `Attempts ${formatCount(first)}–${formatCount(last)} of ${formatCount(page.total)}`}
            </p>
            <button
              type="button"
              className="button button--quiet"
              disabled={loading || last >= page.total}
              onClick={() => onPage(page.offset + pageSize)}
            >
              Older →
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
