import { useState } from 'react';
import { deleteNode, duplicateNode, referencesTo } from '../../../stores/editor-edits';
import { usePlayTestStore } from '../../../stores/editor-play-test-store';
import { useEditorStore } from '../../../stores/editor-store';
import { closeOnEscape } from '../../common/close-on-escape';

/**
 * What can be done with the node as a whole: play-test from it, duplicate it, delete it. Deleting
 * first lists the choices and branches that lead to it (they will point nowhere, and validation
 * will mark them, until the trainer picks new targets); undo brings the node back.
 */
export function NodeActions({ index }: { index: number }) {
  const scenario = useEditorStore((s) => s.scenario)!;
  const edit = useEditorStore((s) => s.edit);
  const select = useEditorStore((s) => s.select);
  const startPlayTest = usePlayTestStore((s) => s.start);
  const [confirming, setConfirming] = useState(false);
  const node = scenario.nodes[index];
  if (!node) return null;
  const references = referencesTo(scenario, node.id);
  const isStart = scenario.start === node.id;

  const duplicate = () => {
    const copy = duplicateNode(scenario, index);
    edit(() => copy.scenario);
    select({ kind: 'node', index: copy.index, reveal: true });
  };
  const remove = () => {
    edit((s) => deleteNode(s, index));
    select({ kind: 'scenario' });
  };

  return (
    <section className="node-actions" aria-label="Node actions" onKeyDown={closeOnEscape(confirming, () => setConfirming(false))}>
      <div className="node-actions__buttons">
        {node.kind === 'customer' && (
          <button type="button" className="button button--secondary" onClick={() => startPlayTest(scenario, node.id)}>
            Play-test from here
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={duplicate}>
          Duplicate
        </button>
        <button
          type="button"
          className="button button--quiet button--danger"
          aria-expanded={confirming}
          onClick={() => setConfirming(true)}
        >
          Delete…
        </button>
      </div>
      {confirming && (
        <div className="notice notice--warning" role="alert">
          <p className="notice__title">Delete {node.id || 'this node'}?</p>
          {references.length === 0 && !isStart && <p className="notice__message">Nothing leads here.</p>}
          {(references.length > 0 || isStart) && (
            <>
              <p className="notice__message">
                These will point nowhere until you choose new targets (validation marks them on the graph):
              </p>
              <ul className="node-actions__references">
                {isStart && <li>the scenario’s start</li>}
                {references.map((r) => (
                  <li key={`${r.nodeIndex}:${r.via}:${r.itemIndex}`}>{r.label}</li>
                ))}
              </ul>
            </>
          )}
          <div className="node-actions__buttons">
            <button type="button" className="button button--danger-solid" onClick={remove}>
              Delete
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
