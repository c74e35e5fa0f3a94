import '../styles/review.css';
import { useEffect, useState } from 'react';
import type { AttemptDetail } from '@api';
import { useApi } from '../api/api-context';
import { describeError } from '../api/api-call-error';
import { goBack } from '../app/go-back';
import { ErrorNotice } from '../components/common/error-notice';
import { LoadingState } from '../components/common/loading-state';
import { ScreenHeading } from '../components/common/screen-heading';
import { formatDateTime } from '../components/review/review-format';
import { printReport } from '../components/review/print-report';
import { AttemptReport } from '../components/scorecard/attempt-report';
import { selectScenarioById } from '../stores/library-selectors';
import { useLibraryStore } from '../stores/library-store';
import { useRouteStore } from '../stores/route-store';
import { plural } from '../components/common/plural';

/**
 * An attempt as the manager reads it: the trainee's own scorecard (ending, overall scores, every
 * turn with its scores, evidence, key points and model reply), read-only. Opened at a turn, it
 * scrolls there.
 */
export function ReviewAttemptScreen({ attemptId, turnIndex }: { attemptId: string; turnIndex?: number }) {
  const api = useApi();
  const [attempt, setAttempt] = useState<AttemptDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attemptNo, setAttemptNo] = useState(0);
  const scenario = useLibraryStore(selectScenarioById(attempt?.scenarioId ?? ''));
  const navigate = useRouteStore((s) => s.navigate);

  useEffect(() => {
    let current = true;
    api.getAttempt({ attemptId }).then(
      (loaded) => current && setAttempt(loaded),
      (e: unknown) => current && setError(describeError(e)),
    );
    return () => {
      current = false;
    };
  }, [api, attemptId, attemptNo]);

  useEffect(() => {
    if (!attempt || turnIndex === undefined) return;
    const heading = document.getElementById(`turn-${turnIndex}-title`);
    heading?.scrollIntoView?.({ block: 'start' });
  }, [attempt, turnIndex]);

  if (error) {
    return (
      <div className="screen review-screen">
        <ScreenHeading>Transcript</ScreenHeading>
        <ErrorNotice
          title="This attempt could not be opened"
          message={error}
          action={{
            label: 'Try again',
            onClick: () => {
              setError(null);
              setAttemptNo((n) => n + 1);
            },
          }}
        />
      </div>
    );
  }
  if (!attempt) return <LoadingState label="Loading the transcript…" />;

  const customerName = scenario?.persona.name ?? 'The customer';
  return (
    <div className="screen review-screen scorecard-screen">
      <p className="review-back no-print">
        <button type="button" className="link-button" onClick={goBack}>
          ← Back
        </button>
      </p>
      <ScreenHeading>Transcript: {attempt.scenarioTitle}</ScreenHeading>
      <p className="screen-intro">
        <button
          type="button"
          className="link-button"
          onClick={() => navigate({ name: 'trainee-report', traineeName: attempt.traineeName })}
        >
          {attempt.traineeName}
        </button>{' '}
        · {formatDateTime(attempt.startedAt)} · {plural(attempt.turns.length, 'reply', 'replies')}
      </p>
      <div className="export-actions__buttons no-print">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void printReport(api, `Rapport transcript ${attempt.traineeName} ${attempt.scenarioTitle}`)}
        >
          Print / PDF
        </button>
      </div>
      <AttemptReport
        attempt={attempt}
        customerName={customerName}
        replier={attempt.traineeName}
        {...(turnIndex === undefined ? {} : { focusTurn: turnIndex })}
      />
    </div>
  );
}
