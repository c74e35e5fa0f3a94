import { useEditorStore } from '../../stores/editor-store';
import { ModalDialog } from './modal-dialog';

/**
 * Publishing puts the scenario in front of every trainee at once (and removes the draft it came
 * from), so the editor asks first, saying exactly that.
 */
export function PublishDialog({ onPublish, onCancel }: { onPublish: () => void; onCancel: () => void }) {
  const title = useEditorStore((s) => s.scenario?.title) || 'Untitled scenario';
  const document = useEditorStore((s) => s.document);
  if (!document) return null;
  return (
    <ModalDialog title={`Publish “${title}”?`} onCancel={onCancel}>
      <p>
        Trainees will see {document.file} in their library as soon as it is published
        {document.status === 'published' ? ', in place of the version they see now' : ''}.
      </p>
      {document.status === 'draft' && document.revision !== null && (
        <p>The draft is then removed from your drafts; the published file takes its place.</p>
      )}
      <div className="modal__actions">
        <button type="button" className="button button--primary" onClick={onPublish}>
          Publish now
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
