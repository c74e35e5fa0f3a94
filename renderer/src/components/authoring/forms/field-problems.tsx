import { useMemo } from 'react';
import type { ScenarioProblem } from '../../../../../engine/scenario/problem';
import { problemsAt } from '../../../stores/editor-problems';
import { useEditorStore } from '../../../stores/editor-store';

/** The validation problems at a JSON path (or, with `within`, anywhere below it). */
export function useProblemsAt(path: string, within = false): ScenarioProblem[] {
  const problems = useEditorStore((s) => s.problems);
  return useMemo(() => problemsAt(problems, path, within), [problems, path, within]);
}

/** The validation warnings at a JSON path: worth fixing where they are, but no bar to publishing. */
export function useWarningsAt(path: string): ScenarioProblem[] {
  const warnings = useEditorStore((s) => s.warnings);
  return useMemo(() => problemsAt(warnings, path), [warnings, path]);
}

/**
 * Validation's messages for one field, right under it, so the trainer sees what is wrong where
 * they fix it. The field points at this list with aria-describedby.
 */
export function FieldProblems({ id, problems }: { id: string; problems: ScenarioProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="field-problems">
      {problems.map((p, i) => (
        <li key={i}>
          <span aria-hidden="true">⚠ </span>
          {p.message}
        </li>
      ))}
    </ul>
  );
}
