import type { Api, ExportChunk, ReviewFilter, TransferImportReport } from '@api';
import { saveFile } from '../components/review/save-file';
import { createResettableStore } from './resettable-store';
import { settle } from './settle';

export type ExportKind = 'attempts-csv' | 'turn-scores-csv' | 'transfer';

export interface TransferJob {
  kind: 'export' | 'import';
  label: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  /** Attempts exported, or lines sent, so far. */
  done: number;
  /** Null until the first chunk says how many there are. */
  total: number | null;
  message: string | null;
  report: TransferImportReport | null;
}

interface ReviewTransferState {
  job: TransferJob | null;
  cancelRequested: boolean;
  exportFile: (
    api: Api,
    kind: ExportKind,
    scope: { filter: ReviewFilter; traineeName?: string },
    save?: typeof saveFile,
  ) => Promise<void>;
  importFile: (api: Api, file: File) => Promise<void>;
  cancel: () => void;
  dismiss: () => void;
  /** Clears a finished, failed or stopped job's report (the screen showing it closed); a running one carries on. */
  forgetFinished: () => void;
}

export const EXPORT_LABEL: Record<ExportKind, string> = {
  'attempts-csv': 'Attempts (CSV)',
  'turn-scores-csv': 'Turn scores (CSV)',
  transfer: 'Transfer file',
};

/** A batch of an import must fit the web shell's 2 MB request limit, JSON escaping included. */
const BATCH_BYTES = 1_500_000;
const BATCH_LINES = 500;

function nextChunk(
  api: Api,
  kind: ExportKind,
  scope: { filter: ReviewFilter; traineeName?: string },
  after: ExportChunk['next'],
) {
  if (kind === 'transfer') return api.exportTransfer({ ...scope, after, limit: 500 });
  return api.exportCsv({ ...scope, table: kind === 'attempts-csv' ? 'attempts' : 'turn-scores', after, limit: 2000 });
}

/** Splits a transfer file's lines into batches under the size limit, numbered from line 2. */
export function importBatches(lines: string[]): Array<{ firstLineNumber: number; lines: string[] }> {
  const batches: Array<{ firstLineNumber: number; lines: string[] }> = [];
  let current: string[] = [];
  let size = 0;
  let first = 2;
  lines.forEach((line, i) => {
    const cost = JSON.stringify(line).length + 1;
    if (current.length > 0 && (size + cost > BATCH_BYTES || current.length >= BATCH_LINES)) {
      batches.push({ firstLineNumber: first, lines: current });
      current = [];
      size = 0;
      first = i + 2;
    }
    current.push(line);
    size += cost;
  });
  if (current.length > 0) batches.push({ firstLineNumber: first, lines: current });
  return batches;
}

/** Exports and imports that can take a while: one at a time, with progress, cancellable between chunks. */
export const useReviewTransferStore = createResettableStore<ReviewTransferState>((set, get) => {
  const progress = (changes: Partial<TransferJob>) => set((s) => (s.job ? { job: { ...s.job, ...changes } } : {}));
  return {
    job: null,
    cancelRequested: false,
    exportFile: async (api, kind, scope, save = saveFile) => {
      set({
        cancelRequested: false,
        job: { kind: 'export', label: EXPORT_LABEL[kind], status: 'running', done: 0, total: null, message: null, report: null },
      });
      const exported = await settle(async () => {
        const parts: string[] = [];
        let after: ExportChunk['next'] = null;
        let chunk: ExportChunk;
        do {
          chunk = await nextChunk(api, kind, scope, after);
          parts.push(chunk.text);
          after = chunk.next;
          progress({ done: (get().job?.done ?? 0) + chunk.attempts, total: get().job?.total ?? chunk.totalAttempts });
          if (get().cancelRequested) return progress({ status: 'cancelled', message: 'Export cancelled; nothing was saved.' });
        } while (after !== null);
        save(new Blob(parts, { type: chunk.mediaType }), chunk.fileName);
        progress({ status: 'done', message: `Saved ${chunk.fileName}.` });
      });
      if (!exported.ok) progress({ status: 'failed', message: exported.error });
    },
    importFile: async (api, file) => {
      set({
        cancelRequested: false,
        job: { kind: 'import', label: file.name, status: 'running', done: 0, total: null, message: null, report: null },
      });
      const imported = await settle(async () => {
        const [header = '', ...rest] = (await file.text()).split(/\r?\n/);
        const lines = rest.at(-1) === '' ? rest.slice(0, -1) : rest;
        const report: TransferImportReport = { imported: 0, duplicates: 0, problems: [] };
        progress({ total: lines.length, report });
        for (const batch of importBatches(lines)) {
          const part = await api.importTransfer({ fileName: file.name, header, ...batch });
          report.imported += part.imported;
          report.duplicates += part.duplicates;
          report.problems.push(...part.problems);
          progress({ done: batch.firstLineNumber - 2 + batch.lines.length, report: { ...report } });
          if (get().cancelRequested)
            return progress({ status: 'cancelled', message: 'Import stopped; the attempts imported so far are kept.' });
        }
        progress({ status: 'done', report: { ...report } });
      });
      if (!imported.ok) progress({ status: 'failed', message: imported.error });
    },
    cancel: () => set({ cancelRequested: true }),
    dismiss: () => set({ job: null, cancelRequested: false }),
    forgetFinished: () => set((s) => (s.job && s.job.status !== 'running' ? { job: null, cancelRequested: false } : {})),
  };
});
