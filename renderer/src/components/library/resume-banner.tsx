import { useEffect, useId, useRef, useState } from 'react';
import type { AttemptSummary } from '@api';
import { closeOnEscape } from '../common/close-on-escape';
import { plural } from '../common/plural';

/** "3 March, 09:05": when the conversation began, so two unfinished ones can be told apart. */
function startedOn(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
}

/**
 * A conversation left mid-way (Leave for now, the menu, a closed window or a crash) can be picked up where
 * it stopped, or discarded: it then stays in My progress as abandoned. Discarding cannot be undone,
 * so it is asked once more in place.
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
  const [confirming, setConfirming] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const discard = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Focus follows the question: to "Keep it" when asked, back to "Discard" when kept.
  useEffect(() => {
    if (confirming) keep.current?.focus();
    else if (asked.current) discard.current?.focus();
    asked.current = confirming || asked.current;
  }, [confirming]);
  const replies = plural(attempt.turnCount, 'reply', 'replies');
  return (
    <div className="notice notice--info resume-banner">
      <p className="notice__message" id={describedBy}>
        You left <strong>{attempt.scenarioTitle}</strong> after {replies}.{' '}
        <span className="resume-banner__when">Started {startedOn(attempt.startedAt)}.</span>
      </p>
      {confirming && onDiscard ? (
        <div
          className="resume-banner__actions"
          role="group"
          aria-label="Discard this conversation?"
          onKeyDown={closeOnEscape(confirming, () => setConfirming(false))}
        >
          <p className="resume-banner__question">
            Discard it? You cannot continue it afterwards; it stays in My progress as ended early.
          </p>
          <button ref={keep} type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
          <button
            type="button"
            className="button button--secondary resume-banner__confirm"
            disabled={busy}
            onClick={() => {
              setConfirming(false);
              onDiscard();
            }}
          >
            Yes, discard
          </button>
        </div>
      ) : (
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
              ref={discard}
              type="button"
              className="button button--quiet"
              aria-describedby={describedBy}
              disabled={busy}
              onClick={() => setConfirming(true)}
            >
              Discard…
            </button>
          )}
        </div>
      )}
    </div>
  );
}
