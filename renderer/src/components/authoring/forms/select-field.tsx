import { useId } from 'react';
import { FieldProblems, useProblemsAt } from './field-problems';

export interface SelectOption {
  value: string;
  label: string;
}

/** A labelled drop-down bound to one JSON path, with that path's problems under it. */
export function SelectField({
  label,
  path,
  value,
  options,
  onChange,
  hint,
}: {
  label: string;
  path: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  hint?: string;
}) {
  const id = useId();
  const problems = useProblemsAt(path);
  const known = options.some((o) => o.value === value);
  const describedBy = [hint ? `${id}-hint` : '', problems.length > 0 ? `${id}-problems` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        value={value}
        data-path={path}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {/* A value the format does not know (a typo in the file) stays visible until it is changed. */}
        {!known && <option value={value}>{value === '' ? '— choose —' : `${value} (not a valid value)`}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

/** Options for a list of the format's identifiers, shown with their labels. */
export function optionsOf<T extends string>(values: readonly T[], label: (value: T) => string): SelectOption[] {
  return values.map((value) => ({ value, label: label(value) }));
}
