import { useId } from 'react';
import { FieldProblems, useProblemsAt } from './field-problems';

/**
 * A labelled whole-number box bound to one JSON path. Emptied, it holds NaN (written to the file as
 * null), so validation says the number is missing instead of the editor inventing one; with
 * `optional`, emptying it removes the value (undefined).
 */
export function NumberField({
  label,
  path,
  value,
  onChange,
  min,
  max,
  optional = false,
  className,
}: {
  label: string;
  path: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  min: number;
  max: number;
  optional?: boolean;
  className?: string;
}) {
  const id = useId();
  const problems = useProblemsAt(path);
  const shown = value === undefined || Number.isNaN(value) ? '' : String(value);
  return (
    <div className={`field field--number ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={shown}
        data-path={path}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
        onChange={(e) => {
          const text = e.target.value;
          if (text === '') onChange(optional ? undefined : Number.NaN);
          else onChange(Number(text));
        }}
      />
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}
