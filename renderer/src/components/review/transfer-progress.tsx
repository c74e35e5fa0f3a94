import { useEffect } from 'react';
import { useReviewTransferStore } from '../../stores/review-transfer-store';
import { plural } from '../common/plural';
import { formatCount } from './review-format';

const SHOWN_PROBLEMS = 20;

/**
 * The export or import under way (or just finished): a progress bar, a count, a way to stop, and the
 * outcome. The outcome belongs to the screen it happened on: leaving the screen clears it (the next
 * export or import replaces it too), so "Export finished" never greets the trainer elsewhere later.
 */
export function TransferProgress() {
  const job = useReviewTransferStore((s) => s.job);
  const cancel = useReviewTransferStore((s) => s.cancel);
  const dismiss = useReviewTransferStore((s) => s.dismiss);
  const forgetFinished = useReviewTransferStore((s) => s.forgetFinished);
  useEffect(() => forgetFinished, [forgetFinished]);
  if (!job) return null;
  const unit = job.kind === 'export' ? 'attempt' : 'line';
  const verb = job.kind === 'export' ? 'Exporting' : 'Importing';
  const count = job.total === null ? plural(job.done, unit) : `${formatCount(job.done)} of ${plural(job.total, unit)}`;
  const report = job.report;
  return (
    <div className={`transfer-progress transfer-progress--${job.status}`}>
      {job.status === 'running' ? (
        <>
          <label htmlFor="transfer-progress-bar">
            {verb} {job.label}: {count}
          </label>
          <progress id="transfer-progress-bar" max={job.total ?? undefined} value={job.total === null ? undefined : job.done} />
          <button type="button" className="button button--quiet" onClick={cancel}>
            Cancel
          </button>
        </>
      ) : (
        <div role="status">
          <p className="transfer-progress__title">
            {job.status === 'done' && `${job.kind === 'export' ? 'Export' : 'Import'} finished: ${job.label}.`}
            {job.status === 'failed' && `${job.kind === 'export' ? 'Export' : 'Import'} failed: ${job.label}.`}
            {job.status === 'cancelled' && `${job.kind === 'export' ? 'Export' : 'Import'} stopped: ${job.label}.`}
          </p>
          {job.message && <p>{job.message}</p>}
          {report && (
            <p>
              {plural(report.imported, 'attempt')} imported, {plural(report.duplicates, 'duplicate')} skipped (already here),{' '}
              {plural(report.problems.length, 'line')} with problems.
            </p>
          )}
          {report && report.problems.length > 0 && (
            <ul className="transfer-progress__problems">
              {report.problems.slice(0, SHOWN_PROBLEMS).map((p) => (
                <li key={p.line}>
                  Line {p.line}
                  {p.attemptId && ` (attempt ${p.attemptId})`}: {p.message}
                </li>
              ))}
              {report.problems.length > SHOWN_PROBLEMS && <li>…and {report.problems.length - SHOWN_PROBLEMS} more.</li>}
            </ul>
          )}
          <button type="button" className="button button--quiet" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
