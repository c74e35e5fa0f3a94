import { useId } from 'react';
import { FieldProblems, useProblemsAt } from './field-problems';
import { replaced, without } from './list-item-actions';

function ListItem({
  label,
  path,
  value,
  multiline,
  onChange,
  onRemove,
  removable,
}: {
  label: string;
  path: string;
  value: string;
  multiline: boolean;
  onChange: (value: string) => void;
  onRemove: () => void;
  removable: boolean;
}) {
  const id = useId();
  const problems = useProblemsAt(path);
  const common = {
    id,
    value: value ?? '',
    'aria-label': label,
    'aria-invalid': problems.length > 0 || undefined,
    'aria-describedby': problems.length > 0 ? `${id}-problems` : undefined,
    'data-path': path,
  };
  return (
    <li className="text-list__item">
      <div className="text-list__row">
        {multiline ? (
          <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
        )}
        {removable && (
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label={`Remove ${label.toLowerCase()}`}
            onClick={onRemove}
          >
            Remove
          </button>
        )}
      </div>
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </li>
  );
}

/**
 * An editable list of short texts (the customer's lines, objectives, example phrasings, phrases to
 * avoid): one box per entry, a button to add one and one to remove each. Problems about the list
 * itself (too few entries) show under it; problems about an entry, under that entry.
 */
export function TextListField({
  legend,
  path,
  items,
  onChange,
  itemLabel,
  addLabel,
  multiline = false,
  minItems = 0,
  hint,
}: {
  legend: string;
  path: string;
  items: readonly string[] | undefined;
  onChange: (items: string[]) => void;
  itemLabel: (position: number) => string;
  addLabel: string;
  multiline?: boolean;
  /** Entries below this count cannot be removed (the format needs them). */
  minItems?: number;
  hint?: string;
}) {
  const id = useId();
  const list = items ?? [];
  const problems = useProblemsAt(path);
  return (
    <fieldset className="text-list" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <ol className="text-list__items">
        {list.map((item, i) => (
          <ListItem
            key={i}
            label={itemLabel(i + 1)}
            path={`${path}[${i}]`}
            value={item}
            multiline={multiline}
            removable={list.length > minItems}
            onChange={(value) => onChange(replaced(list, i, value))}
            onRemove={() => onChange(without(list, i))}
          />
        ))}
      </ol>
      <FieldProblems id={`${id}-problems`} problems={problems} />
      <button type="button" className="button button--quiet button--small" onClick={() => onChange([...list, ''])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
