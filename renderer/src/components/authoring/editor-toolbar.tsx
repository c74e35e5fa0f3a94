import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { goBack } from '../../app/go-back';
import { ScreenHeading } from '../common/screen-heading';
import { addNode, type NewNodeKind } from '../../stores/editor-edits';
import { usePlayTestStore } from '../../stores/editor-play-test-store';
import { problemCountText } from '../../stores/editor-problems';
import { useEditorSaveStore } from '../../stores/editor-save-store';
import { selectCanRedo, selectCanUndo, selectUnsaved, useEditorStore } from '../../stores/editor-store';
import { PublishDialog } from './publish-dialog';

const ADD: Array<{ kind: NewNodeKind; label: string }> = [
  { kind: 'choices', label: 'Customer turn with choices' },
  { kind: 'free-text', label: 'Customer turn with free text' },
  { kind: 'end', label: 'Ending' },
];

function saveStatus(unsaved: boolean, saving: string | null, lastSave: { mode: string } | null): string {
  if (saving === 'publish') return 'Publishing…';
  if (saving) return 'Saving…';
  if (unsaved) return 'Unsaved changes';
  if (lastSave) return lastSave.mode === 'publish' ? 'Published' : 'Draft saved';
  return 'No changes';
}

/** The editor's commands: back, undo/redo, add a node, play-test, save a draft, publish (after asking). */
export function EditorToolbar() {
  const api = useApi();
  const scenario = useEditorStore((s) => s.scenario)!;
  const document = useEditorStore((s) => s.document)!;
  const problemCount = useEditorStore((s) => s.problems.length);
  const canUndo = useEditorStore(selectCanUndo);
  const canRedo = useEditorStore(selectCanRedo);
  const unsaved = useEditorStore(selectUnsaved);
  const { undo, redo, edit, select } = useEditorStore.getState();
  const saving = useEditorSaveStore((s) => s.saving);
  const lastSave = useEditorSaveStore((s) => s.lastSave);
  const save = useEditorSaveStore((s) => s.save);
  const startPlayTest = usePlayTestStore((s) => s.start);
  const publishBlocked = problemCount > 0;
  const [confirmingPublish, setConfirmingPublish] = useState(false);

  const add = (kind: NewNodeKind) => {
    const added = addNode(scenario, kind);
    edit(() => added.scenario);
    select({ kind: 'node', index: added.index, reveal: true });
  };

  return (
    <div className="editor-toolbar">
      <div className="editor-toolbar__title">
        <button type="button" className="button button--quiet button--small" onClick={goBack}>
          ← All scenarios
        </button>
        <div>
          <ScreenHeading>{scenario.title || 'Untitled scenario'}</ScreenHeading>
          <p className="editor-toolbar__file">
            {document.file} ·{' '}
            <span className={`file-status file-status--${document.status}`}>
              {document.status === 'draft' ? 'Draft' : 'Published'}
            </span>{' '}
            · <span role="status">{saveStatus(unsaved, saving, lastSave)}</span>
          </p>
        </div>
      </div>
      <div className="editor-toolbar__actions" role="toolbar" aria-label="Editor">
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={!canUndo}
          onClick={undo}
          aria-keyshortcuts="Control+Z"
          title="Undo (Ctrl+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={!canRedo}
          onClick={redo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
        </button>
        <details className="add-node-menu">
          <summary className="button button--secondary button--small">Add node</summary>
          <ul className="add-node-menu__list">
            {ADD.map(({ kind, label }) => (
              <li key={kind}>
                <button
                  type="button"
                  className="add-node-menu__item"
                  onClick={(e) => {
                    e.currentTarget.closest('details')?.removeAttribute('open');
                    add(kind);
                  }}
                >
                  {label}
                </button>
              </li>
            ))}
          </ul>
        </details>
        <button type="button" className="button button--secondary button--small" onClick={() => startPlayTest(scenario)}>
          Play-test
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={saving !== null}
          onClick={() => void save(api, 'draft')}
          aria-keyshortcuts="Control+S"
          title="Save draft (Ctrl+S)"
        >
          Save draft
        </button>
        <button
          type="button"
          className="button button--primary button--small"
          disabled={publishBlocked || saving !== null}
          aria-describedby="publish-blocked"
          onClick={() => setConfirmingPublish(true)}
        >
          Publish
        </button>
        <p id="publish-blocked" className={`editor-toolbar__reason${publishBlocked ? '' : ' visually-hidden'}`}>
          {publishBlocked ? `Fix ${problemCountText(problemCount)} to publish` : 'Ready to publish'}
        </p>
      </div>
      {confirmingPublish && (
        <PublishDialog
          onCancel={() => setConfirmingPublish(false)}
          onPublish={() => {
            setConfirmingPublish(false);
            void save(api, 'publish');
          }}
        />
      )}
    </div>
  );
}
