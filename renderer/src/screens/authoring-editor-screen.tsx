import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { ConflictDialog } from '../components/authoring/conflict-dialog';
import { EditorProblemList } from '../components/authoring/editor-problem-list';
import { EditorSidePanel } from '../components/authoring/editor-side-panel';
import { EditorToolbar } from '../components/authoring/editor-toolbar';
import { ScenarioGraph } from '../components/authoring/graph/scenario-graph';
import { LeaveDialog } from '../components/authoring/leave-dialog';
import { PlayTestView } from '../components/authoring/preview/play-test-view';
import { useEditorEscape } from '../components/authoring/use-editor-escape';
import { useEditorShortcuts } from '../components/authoring/use-editor-shortcuts';
import { useLeaveGuard } from '../components/authoring/use-leave-guard';
import { ErrorNotice } from '../components/common/error-notice';
import { ScreenHeading } from '../components/common/screen-heading';
import { usePlayTestStore } from '../stores/editor-play-test-store';
import { useEditorSaveStore } from '../stores/editor-save-store';
import { useEditorStore } from '../stores/editor-store';
import { useRouteStore } from '../stores/route-store';
import '../styles/authoring.css';
import '../styles/authoring-editor.css';
import '../styles/authoring-graph.css';
import '../styles/authoring-forms.css';
import '../styles/authoring-play-test.css';

/**
 * The scenario editor: the conversation as a graph with its problems marked, the forms of the
 * selected node (or of the scenario) beside it, and the commands above. Play-test replaces the
 * editing area with the trainee's player until the trainer comes back.
 */
export function AuthoringEditorScreen() {
  const hasScenario = useEditorStore((s) => s.scenario !== null);
  const saveError = useEditorSaveStore((s) => s.saveError);
  const playTesting = usePlayTestStore((s) => s.scenario !== null);
  const closePlayTest = usePlayTestStore((s) => s.close);
  const navigate = useRouteStore((s) => s.navigate);
  const guard = useLeaveGuard();
  useEditorShortcuts(hasScenario && !playTesting);
  useEditorEscape();
  useEffect(() => closePlayTest, [closePlayTest]);

  if (!hasScenario) {
    return (
      <div className="screen">
        <ScreenHeading>No scenario open</ScreenHeading>
        <button type="button" className="button button--primary" onClick={() => navigate({ name: 'authoring' })}>
          Choose a scenario to edit
        </button>
      </div>
    );
  }

  return (
    <div className="screen editor-screen">
      {playTesting ? (
        <PlayTestView />
      ) : (
        <>
          <EditorToolbar />
          {saveError && <ErrorNotice title="The scenario was not saved" message={saveError} />}
          <div className="editor-layout">
            <div className="editor-layout__graph">
              <ReactFlowProvider>
                <ScenarioGraph />
              </ReactFlowProvider>
              <EditorProblemList />
            </div>
            <EditorSidePanel />
          </div>
        </>
      )}
      <ConflictDialog />
      {guard.leave && <LeaveDialog onLeave={guard.leave} onStay={guard.stay} />}
    </div>
  );
}
