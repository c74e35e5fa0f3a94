import { useId, useState, type FormEvent } from 'react';
import { referencesTo, renameNode } from '../../../stores/editor-edits';
import { useEditorStore } from '../../../stores/editor-store';
import { FieldProblems, useProblemsAt } from './field-problems';

/**
 * A node's id. Renaming is applied when the trainer leaves the box or presses Enter, not on every
 * keystroke, and it carries every arrow (and the start) that led to the old id along with it.
 */
export function NodeIdField({ index, id: nodeId }: { index: number; id: string }) {
  const inputId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const edit = useEditorStore((s) => s.edit);
  const incoming = useEditorStore((s) => (s.scenario ? referencesTo(s.scenario, nodeId).length : 0));
  const problems = useProblemsAt(`$.nodes[${index}].id`);
  const shown = draft ?? nodeId;

  const commit = () => {
    if (draft !== null && draft.trim() !== nodeId) edit((s) => renameNode(s, index, draft.trim()));
    setDraft(null);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    commit();
  };

  return (
    <form className="field" onSubmit={onSubmit}>
      <label htmlFor={inputId}>Node id</label>
      <p id={`${inputId}-hint`} className="field__hint">
        Lowercase letters, digits and dashes.{' '}
        {incoming > 0 ? `Renaming updates the ${incoming} arrow${incoming === 1 ? '' : 's'} leading here.` : ''}
      </p>
      <input
        id={inputId}
        type="text"
        value={shown}
        data-path={`$.nodes[${index}].id`}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={`${inputId}-hint${problems.length > 0 ? ` ${inputId}-problems` : ''}`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
      />
      <FieldProblems id={`${inputId}-problems`} problems={problems} />
    </form>
  );
}
