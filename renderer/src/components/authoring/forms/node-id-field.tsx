import { useId, useState, type FormEvent } from 'react';
import { nodeIdRefusal, referencesTo, renameNode } from '../../../stores/editor-edits';
import { useEditorStore } from '../../../stores/editor-store';
import { FieldProblems, useProblemsAt } from './field-problems';

/**
 * A node's id. Renaming is applied when the trainer leaves the box or presses Enter, not on every
 * keystroke, and it carries every arrow (and the start) that led to the old id along with it. An id
 * that is not allowed (or taken) is refused before anything changes: the old id stays and the box
 * says why.
 */
export function NodeIdField({ index, id: nodeId }: { index: number; id: string }) {
  const inputId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  // Kept with the node it is about, so opening another node's form does not show it.
  const [refused, setRefused] = useState<{ index: number; reason: string } | null>(null);
  const refusal = refused?.index === index ? refused.reason : null;
  const edit = useEditorStore((s) => s.edit);
  const incoming = useEditorStore((s) => (s.scenario ? referencesTo(s.scenario, nodeId).length : 0));
  const problems = useProblemsAt(`$.nodes[${index}].id`);
  const shown = draft ?? nodeId;

  const commit = () => {
    const wanted = draft?.trim();
    setDraft(null);
    if (wanted === undefined || wanted === nodeId) return;
    const scenario = useEditorStore.getState().scenario;
    const reason = scenario ? nodeIdRefusal(scenario, index, wanted) : undefined;
    setRefused(reason ? { index, reason } : null);
    if (!reason) edit((s) => renameNode(s, index, wanted));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    commit();
  };
  const described = [`${inputId}-hint`, refusal && `${inputId}-refusal`, problems.length > 0 && `${inputId}-problems`];

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
        aria-invalid={problems.length > 0 || refusal !== null || undefined}
        aria-describedby={described.filter(Boolean).join(' ')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
      />
      {refusal && (
        <p id={`${inputId}-refusal`} className="field__error" role="alert">
          {refusal}
        </p>
      )}
      <FieldProblems id={`${inputId}-problems`} problems={problems} />
    </form>
  );
}
