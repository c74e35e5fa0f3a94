import { formatProblem } from '../../../../../engine/scenario/problem';
import { problemCountText } from '../../../stores/editor-problems';
import { useProblemsAt } from './field-problems';

/**
 * Every problem inside one node, at the top of its form: the same list the graph's marker shows in
 * its tooltip, with the line each one is on in the file (file:line:column and JSON path in the
 * item's tooltip). Each field below repeats its own.
 */
export function NodeProblemSummary({ nodeIndex }: { nodeIndex: number }) {
  const problems = useProblemsAt(`$.nodes[${nodeIndex}]`, true);
  if (problems.length === 0) return <p className="node-problems node-problems--none">No problems in this node.</p>;
  return (
    <div className="node-problems" role="group" aria-label={`Problems in this node: ${problems.length}`}>
      <p className="node-problems__title">
        <span aria-hidden="true">⚠ </span>
        {problemCountText(problems.length)} in this node
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i} title={formatProblem(p)}>
            {p.message} <span className="muted">(line {p.line})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
