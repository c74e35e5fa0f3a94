import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ReviewThresholds } from '@api';
import { DIMENSIONS, type Dimension } from '../../../../engine/scenario/format';
import { settle } from '../../stores/settle';
import { DIMENSION_LABEL } from '../common/labels';

/** "empathy below 60, respect below 50" or "no flags". */
export function describeThresholds(thresholds: ReviewThresholds): string {
  const parts = DIMENSIONS.filter((d) => thresholds[d] !== null).map(
    (d) => `${DIMENSION_LABEL[d].toLowerCase()} below ${thresholds[d]}`,
  );
  return parts.length > 0 ? `Flagged when ${parts.join(', ')}` : 'Flagging is off';
}

type Draft = Record<Dimension, string>;

const draftOf = (t: ReviewThresholds): Draft =>
  Object.fromEntries(DIMENSIONS.map((d) => [d, t[d] === null ? '' : String(t[d])])) as Draft;

function parseDraft(draft: Draft): ReviewThresholds | string {
  const thresholds = {} as ReviewThresholds;
  for (const d of DIMENSIONS) {
    const text = draft[d].trim();
    if (text === '') {
      thresholds[d] = null;
      continue;
    }
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0 || value > 100)
      return `${DIMENSION_LABEL[d]}: enter a whole number from 0 to 100, or leave it empty to turn the flag off.`;
    thresholds[d] = value;
  }
  return thresholds;
}

/** The manager's flag thresholds, editable in place; saved for every report. */
export function ThresholdEditor({
  thresholds,
  onSave,
}: {
  thresholds: ReviewThresholds;
  onSave: (t: ReviewThresholds) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => draftOf(thresholds));
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);

  // Escape closes this panel and nothing more: marked as used, so the screen stays where it is.
  const closeOnEscape = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    toggle.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseDraft(draft);
    if (typeof parsed === 'string') return setProblem(parsed);
    setSaving(true);
    const saved = await settle(() => onSave(parsed));
    setSaving(false);
    if (!saved.ok) return setProblem(saved.error);
    setProblem(null);
    setOpen(false);
  };

  return (
    <div className="threshold-editor" onKeyDown={closeOnEscape}>
      <p className="threshold-editor__summary">
        <span aria-hidden="true">⚑ </span>
        {describeThresholds(thresholds)}.{' '}
        <button
          ref={toggle}
          type="button"
          className="link-button"
          aria-expanded={open}
          onClick={() => {
            setDraft(draftOf(thresholds));
            setProblem(null);
            setOpen(!open);
          }}
        >
          {open ? 'Close' : 'Change thresholds'}
        </button>
      </p>
      {open && (
        <form className="threshold-editor__form" onSubmit={(e) => void submit(e)} aria-label="Flag thresholds" noValidate>
          {DIMENSIONS.map((d) => (
            <div key={d} className="field field--inline">
              <label htmlFor={`threshold-${d}`}>{DIMENSION_LABEL[d]} below</label>
              <input
                id={`threshold-${d}`}
                type="number"
                min={0}
                max={100}
                inputMode="numeric"
                value={draft[d]}
                placeholder="off"
                onChange={(e) => setDraft({ ...draft, [d]: e.target.value })}
              />
            </div>
          ))}
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save thresholds'}
          </button>
          {problem && (
            <p className="field__error" role="alert">
              {problem}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
