import { useEffect, useRef } from 'react';
import { useEditorStore } from '../../stores/editor-store';
import { CustomerTurnForm } from './forms/customer-turn-form';
import { EndingForm } from './forms/ending-form';
import { ScenarioForm } from './forms/scenario-form';

/**
 * The forms beside the graph: the selected node's, or the scenario's own when no node is selected.
 * Selecting another node moves focus to the panel's heading, so a keyboard user who pressed Enter
 * on a node continues straight into its fields.
 */
export function EditorSidePanel() {
  const scenario = useEditorStore((s) => s.scenario)!;
  const selection = useEditorStore((s) => s.selection);
  const select = useEditorStore((s) => s.select);
  const heading = useRef<HTMLHeadingElement>(null);
  const node = selection.kind === 'node' ? scenario.nodes[selection.index] : undefined;
  const index = selection.kind === 'node' ? selection.index : -1;
  const selectionKey = node ? `node:${index}` : 'scenario';
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus({ preventScroll: true });
  }, [selectionKey]);

  const title = !node
    ? 'Scenario settings'
    : node.kind === 'end'
      ? `Ending: ${node.id || '(no id)'}`
      : `Customer turn: ${node.id || '(no id)'}`;
  return (
    <aside className="editor-panel" aria-labelledby="editor-panel-title">
      <div className="editor-panel__head">
        <h2 id="editor-panel-title" ref={heading} tabIndex={-1} className="editor-panel__title">
          {title}
        </h2>
        {node && (
          <button type="button" className="button button--quiet button--small" onClick={() => select({ kind: 'scenario' })}>
            Scenario settings
          </button>
        )}
      </div>
      <div className="editor-panel__body">
        {!node && <ScenarioForm />}
        {node?.kind === 'customer' && <CustomerTurnForm key={index} index={index} turn={node} />}
        {node?.kind === 'end' && <EndingForm key={index} index={index} ending={node} />}
      </div>
    </aside>
  );
}
