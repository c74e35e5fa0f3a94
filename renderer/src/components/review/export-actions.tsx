import { useState, type ReactNode } from 'react';
import type { ReviewFilter } from '@api';
import { useApi } from '../../api/api-context';
import { EXPORT_LABEL, useReviewTransferStore, type ExportKind } from '../../stores/review-transfer-store';
import { settle } from '../../stores/settle';
import { printReport } from './print-report';
import { TransferProgress } from './transfer-progress';

const KINDS: ExportKind[] = ['attempts-csv', 'turn-scores-csv', 'transfer'];

/**
 * Downloads of what the screen covers (CSV of attempts or per-turn scores, a transfer file for
 * another installation) and the printable report. `prepare` runs before printing, e.g. to load
 * every row of a long table. `children` are further transfer actions shown in the same row (the
 * team page's import).
 */
export function ExportActions({
  scope,
  reportTitle,
  prepare,
  children,
}: {
  scope: { filter: ReviewFilter; traineeName?: string };
  reportTitle: string;
  prepare?: () => Promise<void>;
  children?: ReactNode;
}) {
  const api = useApi();
  const job = useReviewTransferStore((s) => s.job);
  const exportFile = useReviewTransferStore((s) => s.exportFile);
  const [printing, setPrinting] = useState(false);
  const [printError, setPrintError] = useState<string | null>(null);
  const busy = job?.status === 'running';

  const print = async () => {
    setPrinting(true);
    setPrintError(null);
    const printed = await settle(async () => {
      await prepare?.();
      // Let the prepared rows render before the print snapshot is taken.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await printReport(api, reportTitle);
    });
    setPrinting(false);
    if (!printed.ok) setPrintError(printed.error);
  };

  return (
    <div className="export-actions no-print">
      <div
        className="export-actions__buttons"
        role="group"
        aria-label={children ? 'Export, import and print' : 'Export and print'}
      >
        <span className="export-actions__label">Download:</span>
        {KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void exportFile(api, kind, scope)}
          >
            <span aria-hidden="true">⤓ </span>
            {EXPORT_LABEL[kind]}
          </button>
        ))}
        <button type="button" className="button button--secondary" disabled={printing} onClick={() => void print()}>
          {printing ? 'Preparing…' : 'Print / PDF'}
        </button>
        {children}
      </div>
      {printError && (
        <p className="field__error" role="alert">
          The report could not be printed: {printError}
        </p>
      )}
      <TransferProgress />
    </div>
  );
}
