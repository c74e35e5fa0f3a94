import { useId } from 'react';
import { FieldProblems, useProblemsAt } from './field-problems';

/**
 * A labelled text box (one line, or several with `multiline`) bound to one JSON path of the
 * scenario: it shows that path's problems under it and marks itself invalid while it has any.
 */
export function TextField({
  label,
  path,
  value,
  onChange,
  multiline = false,
  rows = 3,
  hint,
  placeholder,
}: {
  label: string;
  path: string;
  value: string | undefined;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  placeholder?: string;
}) {
  const id = useId();
  const problems = useProblemsAt(path);
  const describedBy = [hint ? `${id}-hint` : '', problems.length > 0 ? `${id}-problems` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    value: value ?? '',
    placeholder,
    'aria-invalid': problems.length > 0 || undefined,
    'aria-describedby': describedBy || undefined,
    'data-path': path,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}
