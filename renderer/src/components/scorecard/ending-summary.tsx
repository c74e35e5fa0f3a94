import type { AttemptDetail } from '@api';
import { STATUS_LABEL } from '../common/labels';
import { OutcomeBadge } from '../scores/outcome-badge';

/** How the conversation ended: the outcome, the customer's last words and the author's debrief. */
export function EndingSummary({ attempt, customerName }: { attempt: AttemptDetail; customerName: string }) {
  const { state } = attempt;
  const outcome = attempt.outcome ?? state.outcome;
  return (
    <section className="ending-summary" aria-labelledby="ending-title">
      <h2 id="ending-title">
        {outcome ? 'How it ended' : 'Where it stands'}{' '}
        {outcome ? <OutcomeBadge outcome={outcome} /> : <span className="status-badge">{STATUS_LABEL[attempt.status]}</span>}
      </h2>
      {state.closingLine && (
        <figure className="ending-summary__closing">
          <blockquote>
            <p>{state.closingLine}</p>
          </blockquote>
          <figcaption>{customerName}</figcaption>
        </figure>
      )}
      {state.debrief && <p className="ending-summary__debrief">{state.debrief}</p>}
      {!state.outcome && (
        <p className="ending-summary__debrief">
          {attempt.status === 'in-progress'
            ? 'This conversation is still open: you can carry on where you left off.'
            : 'This conversation was ended before the customer reached an outcome.'}
        </p>
      )}
    </section>
  );
}
