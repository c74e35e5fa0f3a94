import { useId, useRef } from 'react';
import type { ImportReport } from '@api';
import { formatProblem } from '../../../../../engine/scenario/problem';
import { problemCountText } from '../../../stores/editor-problems';
import { plural } from '../../common/plural';

/** What an import brought in as drafts, with their problems; what it had to leave out; what it skipped. */
function ImportReportView({ report, onOpen }: { report: ImportReport; onOpen: (file: string) => void }) {
  return (
    <div className="import-report" role="status">
      <p className="import-report__title">
        Imported {plural(report.imported.length, 'scenario')} as {report.imported.length === 1 ? 'draft' : 'drafts'}
      </p>
      {report.imported.length > 0 && (
        <ul className="import-report__list">
          {report.imported.map((item) => (
            <li key={item.file}>
              <button type="button" className="link-button" onClick={() => onOpen(item.file)}>
                {item.title}
              </button>{' '}
              <span className="muted">({item.file})</span>{' '}
              {item.problems.length === 0 ? (
                <span className="muted">no problems</span>
              ) : (
                <details>
                  <summary>{problemCountText(item.problems.length)}</summary>
                  <ul>
                    {item.problems.map((p, i) => (
                      <li key={i}>
                        <code>{formatProblem(p)}</code>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      {report.warnings.length > 0 && (
        <>
          <p className="import-report__subtitle">Not brought across ({report.warnings.length})</p>
          <ul className="import-report__list">
            {report.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </>
      )}
      {report.skipped.length > 0 && (
        <>
          <p className="import-report__subtitle">Skipped ({report.skipped.length})</p>
          <ul className="import-report__list">
            {report.skipped.map((s) => (
              <li key={s.name}>
                <strong>{s.name}</strong>: {s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * Import scenario files as drafts: a scenario .json, a .zip of several, a Twine story as Twee 3 text
 * or a Twine 2 published .html. The report says what came in and what could not be mapped.
 */
export function ImportPanel({
  busy,
  report,
  onImport,
  onOpen,
}: {
  busy: boolean;
  report: ImportReport | null;
  onImport: (file: File) => void;
  onOpen: (file: string) => void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="import-panel">
      <label htmlFor={id} className="field__hint">
        A scenario .json, a .zip of several, or a Twine story (.twee, .tw, or published .html). Everything comes in as a draft.
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        accept=".json,.zip,.twee,.tw,.html,.htm"
        disabled={busy}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onImport(file);
          if (input.current) input.current.value = '';
        }}
      />
      {busy && <p role="status">Importing…</p>}
      {report && <ImportReportView report={report} onOpen={onOpen} />}
    </div>
  );
}
