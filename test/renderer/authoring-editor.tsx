/**
 * Opens a scenario in the editor screen over the in-memory Api, as a trainer would from the
 * authoring home, and offers the store for assertions about the scenario being edited.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { AuthoringEditorScreen } from '../../renderer/src/screens/authoring-editor-screen';
import { useEditorSaveStore } from '../../renderer/src/stores/editor-save-store';
import { useEditorStore } from '../../renderer/src/stores/editor-store';
import { createMemoryApi, type MemoryApi } from './memory-api';
import type { ScenarioFile } from './scenario-files';

export async function renderEditor(file: ScenarioFile, options: { api?: MemoryApi } = {}) {
  const api = options.api ?? createMemoryApi({ files: [file], traineeName: 'Tess Trainer' });
  const name = file.file.split('/').at(-1)!;
  const opened = await useEditorSaveStore.getState().open(api, name, 'published');
  if (!opened) throw new Error(`the editor could not open ${name}: ${useEditorSaveStore.getState().openError}`);
  const user = userEvent.setup();
  const view = render(
    <ApiProvider api={api}>
      <AuthoringEditorScreen />
    </ApiProvider>,
  );
  await screen.findByRole('heading', { level: 1 });
  return { api, user, ...view };
}

/** The scenario in the editor now. */
export const edited = () => useEditorStore.getState().scenario!;

/** The graph node (a React Flow node) for the scenario node with this id. */
export function graphNode(id: string): HTMLElement {
  const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')];
  const found = nodes.find((n) => n.querySelector('.graph-node__id')?.textContent === id);
  if (!found)
    throw new Error(
      `no graph node "${id}" among ${nodes.map((n) => n.querySelector('.graph-node__id')?.textContent).join(', ')}`,
    );
  return found;
}
