import { useRef } from 'react';
import { useApi } from '../../api/api-context';
import { useReviewTransferStore } from '../../stores/review-transfer-store';

/**
 * Brings in attempts another Rapport installation exported as a transfer file. Attempts already
 * here are skipped, and every reply is scored again here, so the file's own scores never count.
 */
export function ImportAttempts({ onImported }: { onImported: () => void }) {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const busy = useReviewTransferStore((s) => s.job?.status === 'running');
  const importFile = useReviewTransferStore((s) => s.importFile);
  return (
    <div className="import-attempts no-print">
      <label htmlFor="import-attempts-file" className="import-attempts__label">
        Import attempts from another installation
      </label>
      <input
        ref={input}
        id="import-attempts-file"
        type="file"
        accept=".jsonl,.ndjson,application/x-ndjson"
        disabled={busy}
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
      <p id="import-attempts-hint" className="field__hint">
        A transfer file (.jsonl) exported with “Transfer file”. Attempts already here are skipped; scores are worked out again
        from the replies.
      </p>
    </div>
  );
}
