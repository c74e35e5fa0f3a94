import { useEffect, useMemo } from 'react';
import { useApi } from '../api/api-context';
import { ErrorNotice } from '../components/common/error-notice';
import { LoadingState } from '../components/common/loading-state';
import { ScreenHeading } from '../components/common/screen-heading';
import { AttemptsTable } from '../components/progress/attempts-table';
import { trendPoints } from '../components/progress/score-trend';
import { ScoreTrendChart } from '../components/progress/score-trend-chart';
import { UnfinishedList } from '../components/progress/unfinished-list';
import { useProgressStore } from '../stores/progress-store';
import { useRouteStore } from '../stores/route-store';

/** The trainee's own history: how their scores move, and every attempt to reopen. */
export function ProgressScreen({ traineeName }: { traineeName: string }) {
  const api = useApi();
  const status = useProgressStore((s) => s.status);
  const attempts = useProgressStore((s) => s.attempts);
  const error = useProgressStore((s) => s.error);
  const load = useProgressStore((s) => s.load);
  const navigate = useRouteStore((s) => s.navigate);
  const points = useMemo(() => trendPoints(attempts), [attempts]);
  const unfinished = useMemo(() => attempts.filter((a) => a.status === 'in-progress'), [attempts]);
  const ended = useMemo(() => attempts.filter((a) => a.status !== 'in-progress'), [attempts]);

  useEffect(() => {
    void load(api, traineeName);
  }, [api, traineeName, load]);

  return (
    <div className="screen progress-screen">
      <ScreenHeading>My progress</ScreenHeading>
      {status === 'loading' && attempts.length === 0 && <LoadingState label="Loading your attempts…" />}
      {status === 'failed' && (
        <ErrorNotice
          title="Your attempts could not be loaded"
          message={error ?? ''}
          action={{ label: 'Try again', onClick: () => void load(api, traineeName) }}
        />
      )}
      {status === 'ready' && attempts.length === 0 && (
        <div className="empty-state">
          <p>No attempts yet. Your scores will appear here after your first conversation.</p>
          <button type="button" className="button button--primary" onClick={() => navigate({ name: 'library' })}>
            Choose a scenario
          </button>
        </div>
      )}
      {attempts.length > 0 && (
        <>
          {points.length > 0 && <ScoreTrendChart points={points} />}
          {unfinished.length > 0 && <UnfinishedList attempts={unfinished} />}
          {ended.length > 0 && (
            <section aria-labelledby="attempts-title">
              <h2 id="attempts-title">Attempts</h2>
              <AttemptsTable attempts={ended} onOpen={(attemptId) => navigate({ name: 'scorecard', attemptId })} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
