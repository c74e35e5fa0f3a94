import { useId } from 'react';
import { useHealthStore } from '../../stores/health-store';

/** Confirms, once, that a recovery worked and where the replaced database was kept. */
export function RecoveredNotice() {
  const recovered = useHealthStore((s) => s.recovered);
  const dismiss = useHealthStore((s) => s.dismissRecovered);
  const titleId = useId();
  if (!recovered) return null;
  return (
    <div className="notice notice--info recovered-notice" role="status" aria-labelledby={titleId}>
      <p className="notice__title" id={titleId}>
        Rapport is working again with {recovered.what}.
      </p>
      {recovered.movedAsideTo && (
        <p className="notice__message">
          The database it replaced is kept in <code>{recovered.movedAsideTo}</code>, in case anything in it needs rescuing.
        </p>
      )}
      <button type="button" className="button button--quiet" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
