import { formatProblem } from '../../../../engine/scenario/problem';
import { problemCountText, scenarioProblemText } from '../../stores/editor-problems';
import { useEditorStore } from '../../stores/editor-store';

/**
 * Everything validation found, beside the graph: problems about the scenario itself, named by the
 * field's label with the line in the file (file:line:column and JSON path in the tooltip), and the nodes with problems, each a button that opens the node. Empty, it says
 * the scenario is ready to publish.
 */
export function EditorProblemList() {
  const problems = useEditorStore((s) => s.problems);
  const grouped = useEditorStore((s) => s.grouped);
  const nodes = useEditorStore((s) => s.scenario?.nodes);
  const repairs = useEditorStore((s) => s.repairs);
  const select = useEditorStore((s) => s.select);
  const nodeEntries = [...grouped.byNode.entries()].sort(([a], [b]) => a - b);

  return (
    <section className={`editor-problems${problems.length === 0 ? ' is-clear' : ''}`} aria-labelledby="editor-problems-title">
      <h2 id="editor-problems-title" className="editor-problems__title">
        {problems.length === 0 ? '✓ No problems: ready to publish' : `⚠ ${problemCountText(problems.length)}`}
      </h2>
      {repairs.length > 0 && (
        <details className="editor-problems__repairs">
          <summary>
            Rapport filled in {repairs.length} missing part{repairs.length === 1 ? '' : 's'} of this file to show it
          </summary>
          <ul>
            {repairs.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      )}
      {grouped.scenarioLevel.length > 0 && (
        <ul className="editor-problems__list" aria-label="Problems in the scenario settings">
          {grouped.scenarioLevel.map((p, i) => (
            <li key={i}>
              <button type="button" className="link-button" title={formatProblem(p)} onClick={() => select({ kind: 'scenario' })}>
                {scenarioProblemText(p)}
              </button>{' '}
              <span className="muted">(line {p.line})</span>
            </li>
          ))}
        </ul>
      )}
      {nodeEntries.length > 0 && (
        <ul className="editor-problems__list" aria-label="Nodes with problems">
          {nodeEntries.map(([index, list]) => (
            <li key={index}>
              <button type="button" className="link-button" onClick={() => select({ kind: 'node', index, reveal: true })}>
                {nodes?.[index]?.id || `node ${index + 1}`}
              </button>{' '}
              <span className="muted">
                {problemCountText(list.length)}: {list[0]!.message}
                {list.length > 1 ? ' …' : ''} (line {list[0]!.line})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
