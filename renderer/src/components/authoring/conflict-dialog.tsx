import { useApi } from '../../api/api-context';
import { useEditorSaveStore } from '../../stores/editor-save-store';
import { ModalDialog } from './modal-dialog';

/**
 * The file changed on disk since it was opened (someone else, or another window, saved it): the
 * trainer decides whether their version or the one on disk wins. Nothing is overwritten unasked.
 */
export function ConflictDialog() {
  const api = useApi();
  const conflict = useEditorSaveStore((s) => s.conflict);
  const save = useEditorSaveStore((s) => s.save);
  const reload = useEditorSaveStore((s) => s.reloadFromDisk);
  const dismiss = useEditorSaveStore((s) => s.dismissConflict);
  if (!conflict) return null;
  return (
    <ModalDialog title="This file changed on disk" onCancel={dismiss}>
      <p>{conflict.message}.</p>
      <p>
        Reloading shows the file as it is on disk and discards your changes here. Overwriting replaces the file on disk with your
        version.
      </p>
      <div className="modal__actions">
        <button type="button" className="button button--secondary" onClick={() => void reload(api)}>
          Reload theirs
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void save(api, conflict.mode, { overwrite: true })}
        >
          Overwrite with mine
        </button>
        <button type="button" className="button button--quiet" onClick={dismiss}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
