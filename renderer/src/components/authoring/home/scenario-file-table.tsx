import { useState } from 'react';
import type { ScenarioFileInfo } from '@api';
import { problemCountText } from '../../../stores/editor-problems';
import { fileKey, type FileRef } from '../../../stores/editor-home-store';

const modified = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Every scenario file a trainer can open: published ones (what trainees see) and their drafts,
 * with the number of problems in each and when it last changed. Tick files to export them.
 */
export function ScenarioFileTable({
  files,
  selected,
  opening,
  onToggle,
  onOpen,
  onDeleteDraft,
}: {
  files: ScenarioFileInfo[];
  selected: string[];
  /** The file being opened, if any. */
  opening: string | null;
  onToggle: (file: FileRef) => void;
  onOpen: (file: FileRef) => void;
  onDeleteDraft: (file: string) => void;
}) {
  const [confirmingDelete, setConfirmingDelete] = useState<string | null>(null);
  return (
    <table className="file-table">
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Export</span>
          </th>
          <th scope="col">Scenario</th>
          <th scope="col">Status</th>
          <th scope="col">Problems</th>
          <th scope="col">Modified</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {files.map((f) => {
          const key = fileKey(f);
          const name = f.title ?? f.file;
          return (
            <tr key={key}>
              <td>
                <input
                  type="checkbox"
                  checked={selected.includes(key)}
                  aria-label={`Select ${f.file} (${f.status}) for export`}
                  onChange={() => onToggle(f)}
                />
              </td>
              <td>
                <span className="file-table__title" title={f.title ?? undefined}>
                  {f.title ?? <em>Unreadable file</em>}
                </span>
                <span className="file-table__file" title={f.file}>
                  {f.file}
                </span>
              </td>
              <td>
                <span className={`file-status file-status--${f.status}`}>{f.status === 'draft' ? 'Draft' : 'Published'}</span>
              </td>
              <td className={f.problemCount > 0 ? 'file-table__problems' : 'muted'}>
                {f.problemCount > 0 ? (
                  <>
                    <span aria-hidden="true">⚠ </span>
                    {problemCountText(f.problemCount)}
                  </>
                ) : (
                  'None'
                )}
              </td>
              <td>{modified(f.modifiedAt)}</td>
              <td className="file-table__actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={opening !== null}
                  aria-label={`Open ${name} (${f.status})`}
                  onClick={() => onOpen(f)}
                >
                  {opening === key ? 'Opening…' : 'Open'}
                </button>
                {f.status === 'draft' && confirmingDelete !== key && (
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    aria-label={`Delete the draft of ${name}`}
                    onClick={() => setConfirmingDelete(key)}
                  >
                    Delete
                  </button>
                )}
                {f.status === 'draft' && confirmingDelete === key && (
                  <>
                    <button
                      type="button"
                      className="button button--danger-solid button--small"
                      onClick={() => {
                        setConfirmingDelete(null);
                        onDeleteDraft(f.file);
                      }}
                    >
                      Delete draft
                    </button>
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      onClick={() => setConfirmingDelete(null)}
                    >
                      Keep
                    </button>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
