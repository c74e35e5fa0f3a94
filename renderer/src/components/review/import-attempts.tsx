import { useRef } from 'react';
import { useApi } from '../../api/api-context';
import { useReviewTransferStore } from '../../stores/review-transfer-store';

/**
 * Brings in attempts another Rapport installation exported as a transfer file. Attempts already
 * here are skipped, and every reply is scored again here, so the file's own scores never count.
 * Shown as a button beside the downloads: the native file control is there for the keyboard and
 * screen readers but drawn as a button, since its browser look ("Choose file… No file chosen")
 * reads as a form field, not an action.
 */
export function ImportAttempts({ onImported }: { onImported: () => void }) {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const busy = useReviewTransferStore((s) => s.job?.status === 'running');
  const importFile = useReviewTransferStore((s) => s.importFile);
  return (
    <span className="import-attempts no-print">
      <input
        ref={input}
        id="import-attempts-file"
        className="visually-hidden import-attempts__input"
        type="file"
        accept=".jsonl,.ndjson,application/x-ndjson"
        disabled={busy}
        aria-label="Import attempts from another installation"
        aria-describedby="import-attempts-hint"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          void importFile(api, file).then(() => {
            if (input.current) input.current.value = '';
            onImported();
          });
        }}
      />
      <label
        htmlFor="import-attempts-file"
        className={`button button--secondary import-attempts__button${busy ? ' is-disabled' : ''}`}
        title="A transfer file (.jsonl) exported with “Transfer file” on another installation"
      >
        <span aria-hidden="true">⤒ </span>
        Import attempts…
      </label>
      <span id="import-attempts-hint" className="visually-hidden">
        A transfer file (.jsonl) exported with “Transfer file”. Attempts already here are skipped; scores are worked out again
        from the replies.
      </span>
    </span>
  );
}
