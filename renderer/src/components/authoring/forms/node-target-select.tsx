import { useId } from 'react';
import { addNode, setTarget, type EdgeRef, type NewNodeKind } from '../../../stores/editor-edits';
import { useEditorStore } from '../../../stores/editor-store';
import { FieldProblems, useProblemsAt } from './field-problems';

const CREATE: Record<NewNodeKind, string> = {
  choices: 'New customer turn with choices',
  'free-text': 'New customer turn with free text',
  end: 'New ending',
};
const CREATE_PREFIX = 'create:';
const NO_NODES: never[] = [];

function shorten(text: string | undefined, length = 48): string {
  if (!text) return '';
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * Where a choice or branch leads: any node of the scenario, or a new node made on the spot (one
 * undo step for both). "Go to" opens the target's form and shows it on the graph.
 */
export function NodeTargetSelect({
  edge,
  value,
  path,
  label = 'Leads to',
}: {
  edge: EdgeRef;
  value: string;
  path: string;
  label?: string;
}) {
  const id = useId();
  const nodes = useEditorStore((s) => s.scenario?.nodes ?? NO_NODES);
  const edit = useEditorStore((s) => s.edit);
  const select = useEditorStore((s) => s.select);
  const problems = useProblemsAt(path);
  const targetIndex = nodes.findIndex((n) => n.id === value);

  const change = (choice: string) => {
    if (choice.startsWith(CREATE_PREFIX)) {
      const kind = choice.slice(CREATE_PREFIX.length) as NewNodeKind;
      edit((s) => {
        const added = addNode(s, kind);
        return setTarget(added.scenario, edge, added.scenario.nodes[added.index]!.id);
      });
    } else {
      edit((s) => setTarget(s, edge, choice));
    }
  };

  return (
    <div className="field target-field">
      <label htmlFor={id}>{label}</label>
      <div className="target-field__row">
        <select
          id={id}
          value={value}
          data-path={path}
          aria-invalid={problems.length > 0 || undefined}
          aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
          onChange={(e) => change(e.target.value)}
        >
          {value === '' && <option value="">— choose where this leads —</option>}
          {value !== '' && targetIndex < 0 && <option value={value}>{value} (no such node)</option>}
          <optgroup label="Nodes in this scenario">
            {nodes.map((node, i) => (
              <option key={i} value={node.id}>
                {node.id || '(no id)'} — {node.kind === 'end' ? `ending: ${node.outcome}` : shorten(node.lines?.[0])}
              </option>
            ))}
          </optgroup>
          <optgroup label="Create">
            {(Object.keys(CREATE) as NewNodeKind[]).map((kind) => (
              <option key={kind} value={`${CREATE_PREFIX}${kind}`}>
                {CREATE[kind]}
              </option>
            ))}
          </optgroup>
        </select>
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={targetIndex < 0}
          aria-label={targetIndex < 0 ? 'Go to the target node' : `Go to ${value}`}
          onClick={() => select({ kind: 'node', index: targetIndex, reveal: true })}
        >
          Go to
        </button>
      </div>
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}
