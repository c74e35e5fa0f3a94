import type { AttemptSummary } from '@api';
import { useApi } from '../../api/api-context';
import { usePlayStore } from '../../stores/play-store';
import { useRouteStore } from '../../stores/route-store';
import { useUnfinishedAttemptsStore } from '../../stores/unfinished-attempts-store';
import { ErrorNotice } from '../common/error-notice';

const startedOn = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Conversations not yet ended, apart from the chart and the table: a half-played retry has scores
 * for a turn or two only, and charting them would read as a fall.
 */
export function UnfinishedList({ attempts }: { attempts: AttemptSummary[] }) {
  const api = useApi();
  const played = usePlayStore((s) => s.attempt);
  const resume = usePlayStore((s) => s.resume);
  const navigate = useRouteStore((s) => s.navigate);
  const busyId = useUnfinishedAttemptsStore((s) => s.busyId);
  const error = useUnfinishedAttemptsStore((s) => s.error);
  const fetchForResume = useUnfinishedAttemptsStore((s) => s.fetchForResume);

  const onResume = async (attemptId: string) => {
    // The conversation in memory is the freshest version of itself.
    const detail = played?.id === attemptId ? played : await fetchForResume(api, attemptId);
    if (!detail) return;
    resume(detail);
    navigate({ name: 'play' });
  };

  return (
    <section className="unfinished-list" aria-labelledby="unfinished-title">
      <h2 id="unfinished-title">Unfinished: {attempts.length}</h2>
      <p className="muted">Not in the chart until they end.</p>
      {error && <ErrorNotice title="The conversation could not be opened" message={error} />}
      <ul>
        {attempts.map((a) => (
          <li key={a.id}>
            <strong>{a.scenarioTitle}</strong>, {a.turnCount} repl{a.turnCount === 1 ? 'y' : 'ies'}, started{' '}
            {startedOn(a.startedAt)}.{' '}
            <button
              type="button"
              className="link-button"
              disabled={busyId === a.id}
              aria-label={`Continue ${a.scenarioTitle}, started ${startedOn(a.startedAt)}`}
              onClick={() => void onResume(a.id)}
            >
              Continue
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
