import type { AttemptDetail } from '../../../../electron/api';

/** A conversation left mid-way (Escape, or the menu) can be picked up where it stopped. */
export function ResumeBanner({ attempt, onResume }: { attempt: AttemptDetail; onResume: () => void }) {
  return (
    <div className="notice notice--info resume-banner">
      <p className="notice__message">
        You left <strong>{attempt.scenarioTitle}</strong> after {attempt.turns.length} repl
        {attempt.turns.length === 1 ? 'y' : 'ies'}.
      </p>
      <button type="button" className="button button--secondary" onClick={onResume}>
        Continue the conversation
      </button>
    </div>
  );
}
