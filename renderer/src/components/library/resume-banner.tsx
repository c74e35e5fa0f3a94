import { useId } from 'react';
import type { AttemptSummary } from '../../../../electron/api';

/** "3 March, 09:05": when the conversation began, so two unfinished ones can be told apart. */
function startedOn(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
}

/**
 * A conversation left mid-way (Leave for now, the menu, a closed window or a crash) can be picked up where
 * it stopped, or discarded: it then stays in My progress as abandoned.
 */
export function ResumeBanner({
  attempt,
  busy = false,
  onResume,
  onDiscard,
}: {
  attempt: Pick<AttemptSummary, 'scenarioTitle' | 'turnCount' | 'startedAt'>;
  busy?: boolean;
  onResume: () => void;
  onDiscard?: () => void;
}) {
  const describedBy = useId();
  const replies = `${attempt.turnCount} repl${attempt.turnCount === 1 ? 'y' : 'ies'}`;
  return (
    <div className="notice notice--info resume-banner">
      <p className="notice__message" id={describedBy}>
        You left <strong>{attempt.scenarioTitle}</strong> after {replies}.{' '}
        <span className="resume-banner__when">Started {startedOn(attempt.startedAt)}.</span>
      </p>
      <div className="resume-banner__actions">
        <button
          type="button"
          className="button button--secondary"
          aria-describedby={describedBy}
          disabled={busy}
          onClick={onResume}
        >
          Continue the conversation
        </button>
        {onDiscard && (
          <button
            type="button"
            className="button button--quiet"
            aria-describedby={describedBy}
            disabled={busy}
            onClick={onDiscard}
          >
            Discard
          </button>
        )}
      </div>
    </div>
  );
}
