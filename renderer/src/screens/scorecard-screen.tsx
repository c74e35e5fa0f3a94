import { useEffect } from 'react';
import { useApi } from '../api/api-context';
import { ErrorNotice } from '../components/common/error-notice';
import { LoadingState } from '../components/common/loading-state';
import { ScreenHeading } from '../components/common/screen-heading';
import { AttemptReport } from '../components/scorecard/attempt-report';
import { selectScenarioById } from '../stores/library-selectors';
import { useLibraryStore } from '../stores/library-store';
import { usePlayStore } from '../stores/play-store';
import { useRouteStore } from '../stores/route-store';
import { useScorecardStore } from '../stores/scorecard-store';

/** After the conversation: how it ended, the three scores, every turn with its evidence, and retries. */
export function ScorecardScreen({ attemptId, traineeName }: { attemptId: string; traineeName: string }) {
  const api = useApi();
  const status = useScorecardStore((s) => s.status);
  const attempt = useScorecardStore((s) => s.attempt);
  const loadError = useScorecardStore((s) => s.error);
  const open = useScorecardStore((s) => s.open);
  const scenario = useLibraryStore(selectScenarioById(attempt?.scenarioId ?? ''));
  const startAttempt = usePlayStore((s) => s.start);
  const resume = usePlayStore((s) => s.resume);
  const startError = usePlayStore((s) => s.error);
  const busy = usePlayStore((s) => s.busy);
  const navigate = useRouteStore((s) => s.navigate);
  const stale = attempt?.id !== attemptId;

  useEffect(() => {
    if (stale) void open(api, attemptId);
  }, [api, attemptId, stale, open]);

  if (status === 'failed') {
    return (
      <div className="screen">
        <ScreenHeading>Scorecard</ScreenHeading>
        <ErrorNotice
          title="This attempt could not be opened"
          message={loadError ?? ''}
          action={{ label: 'Try again', onClick: () => void open(api, attemptId) }}
        />
      </div>
    );
  }
  if (!attempt || stale) return <LoadingState label="Loading the scorecard…" />;

  const customerName = scenario?.persona.name ?? 'The customer';
  const retry = async (fromTurn?: number) => {
    const retryOf = fromTurn === undefined ? undefined : { attemptId: attempt.id, fromTurn };
    const next = await startAttempt(api, { scenarioId: attempt.scenarioId, traineeName, retryOf });
    if (next) navigate({ name: 'play' });
  };
  const canRetry = Boolean(scenario) && !busy;

  return (
    <div className="screen scorecard-screen">
      <ScreenHeading>Scorecard: {attempt.scenarioTitle}</ScreenHeading>
      <p className="screen-intro">
        {attempt.traineeName} · {new Date(attempt.startedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}{' '}
        · {attempt.turns.length} repl{attempt.turns.length === 1 ? 'y' : 'ies'}
      </p>
      <div className="scorecard-screen__actions">
        {attempt.status === 'in-progress' && !attempt.state.outcome && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              resume(attempt);
              navigate({ name: 'play' });
            }}
          >
            Continue the conversation
          </button>
        )}
        <button
          type="button"
          className="button button--primary"
          disabled={!canRetry}
          onClick={() => void retry(attempt.turns.length > 0 ? 0 : undefined)}
        >
          Retry from the start
        </button>
        <button type="button" className="button button--secondary" onClick={() => navigate({ name: 'library' })}>
          Back to library
        </button>
      </div>
      {!scenario && <p className="notice notice--info">This scenario is no longer in the library, so it cannot be retried.</p>}
      {startError && <ErrorNotice title="The retry could not be started" message={startError} />}
      <AttemptReport
        attempt={attempt}
        customerName={customerName}
        {...(canRetry ? { onRetry: (turnIndex: number) => void retry(turnIndex) } : {})}
      />
    </div>
  );
}
