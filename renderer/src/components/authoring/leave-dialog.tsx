import { useApi } from '../../api/api-context';
import { useEditorSaveStore } from '../../stores/editor-save-store';
import { ModalDialog } from './modal-dialog';

/** Leaving the editor with unsaved changes: save them as a draft first, throw them away, or stay. */
export function LeaveDialog({ onLeave, onStay }: { onLeave: () => void; onStay: () => void }) {
  const api = useApi();
  const save = useEditorSaveStore((s) => s.save);
  const saving = useEditorSaveStore((s) => s.saving);
  const saveAndLeave = async () => {
    if (await save(api, 'draft')) onLeave();
    else onStay();
  };
  return (
    <ModalDialog title="Leave with unsaved changes?" onCancel={onStay}>
      <p>Your changes to this scenario are not saved yet.</p>
      <div className="modal__actions">
        <button type="button" className="button button--primary" disabled={saving !== null} onClick={() => void saveAndLeave()}>
          {saving ? 'Saving…' : 'Save draft and leave'}
        </button>
        <button type="button" className="button button--secondary" onClick={onLeave}>
          Leave without saving
        </button>
        <button type="button" className="button button--quiet" onClick={onStay}>
          Stay
        </button>
      </div>
    </ModalDialog>
  );
}
