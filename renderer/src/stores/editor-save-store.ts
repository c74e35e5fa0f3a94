/**
 * Opening a scenario file into the editor and saving it back, through the Api. A save the service
 * refuses because the file changed on disk meanwhile becomes a `conflict` the editor asks about
 * (reload theirs, overwrite, or cancel) instead of an error or a silent overwrite.
 */
import type { Api, ScenarioFileStatus } from '@api';
import type { Scenario } from '../../../engine/scenario/format';
import type { ApiCallError } from '../api/api-call-error';
import { openForEditing } from './editor-repair';
import { useEditorStore } from './editor-store';
import { useLibraryStore } from './library-store';
import { beginLoad, isLatestLoad } from './load-into';
import { createResettableStore } from './resettable-store';
import { settle } from './settle';

export type SaveMode = 'draft' | 'publish';

interface EditorSaveState {
  opening: boolean;
  openError: string | null;
  /** The save under way, if any. */
  saving: SaveMode | null;
  saveError: string | null;
  /** The latest open's ticket: a file asked for before another is not shown (see load-into.ts). */
  latestLoad: number;
  /** A save refused because the file changed on disk: what the trainer was doing, and the service's words. */
  conflict: { mode: SaveMode; message: string } | null;
  /** The last successful save, for the "Saved" note. */
  lastSave: { mode: SaveMode; file: string } | null;
  /** Opens a file from the scenarios folder or the drafts; resolves true when it is in the editor. */
  open: (api: Api, file: string, status: ScenarioFileStatus) => Promise<boolean>;
  /** Starts editing a scenario that is not on disk yet (from a template). */
  startNew: (file: string, scenario: Scenario) => void;
  /** Saves the scenario as it is now; resolves true when it is on disk. */
  save: (api: Api, mode: SaveMode, options?: { overwrite?: boolean }) => Promise<boolean>;
  /** Answers a conflict by throwing away the editor's changes and opening the file as it is on disk. */
  reloadFromDisk: (api: Api) => Promise<boolean>;
  dismissConflict: () => void;
}

/** The service's "changed on disk" answer, whichever transport carried it (its code survives IPC, HTTP and tests). */
function isConflict(error: unknown): boolean {
  return error instanceof Error && (error as Partial<ApiCallError>).code === 'conflict';
}

const initial = {
  opening: false,
  openError: null,
  latestLoad: 0,
  saving: null,
  saveError: null,
  conflict: null,
  lastSave: null,
};

export const useEditorSaveStore = createResettableStore<EditorSaveState>((set, get, store) => ({
  ...initial,
  open: async (api, file, status) => {
    const ticket = beginLoad(store, { ...initial, opening: true });
    const fetched = await settle(api.openScenarioFile({ file, status }));
    if (!isLatestLoad(store, ticket)) return false;
    if (!fetched.ok) {
      set({ opening: false, openError: `${file} could not be opened: ${fetched.error}` });
      return false;
    }
    const opened = fetched.answer;
    const readable = openForEditing(opened.file, opened.text);
    if (!readable.ok) {
      set({ opening: false, openError: readable.reason });
      return false;
    }
    // A key written twice in the file: the editor (like JSON) keeps the last one, so say so.
    const duplicates = opened.problems
      .filter((p) => p.message.startsWith('duplicate key'))
      .map((p) => `${p.path} was written twice (line ${p.line}); the editor keeps the last one`);
    useEditorStore.getState().load({
      file: opened.file,
      status: opened.status,
      revision: opened.revision,
      scenario: readable.scenario,
      repairs: [...readable.repairs, ...duplicates],
    });
    set({ opening: false });
    return true;
  },
  startNew: (file, scenario) => {
    set(initial);
    useEditorStore.getState().load({ file, status: 'draft', revision: null, scenario });
  },
  save: async (api, mode, options = {}) => {
    const editor = useEditorStore.getState();
    const { document, scenario, text } = editor;
    if (!document || !scenario || get().saving) return false;
    set({ saving: mode, saveError: null, conflict: null });
    const written = await settle(
      api.saveScenarioFile({
        file: document.file,
        text,
        baseRevision: document.revision,
        mode,
        ...(options.overwrite && { overwrite: true }),
      }),
    );
    if (!written.ok) {
      set(
        isConflict(written.cause)
          ? { saving: null, conflict: { mode, message: written.error } }
          : { saving: null, saveError: written.error },
      );
      return false;
    }
    const saved = written.answer;
    useEditorStore.getState().markSaved({ file: saved.file, status: saved.status, revision: saved.revision }, scenario);
    set({ saving: null, lastSave: { mode, file: saved.file } });
    // Trainees' library reads the published files: show them this one.
    if (mode === 'publish') void useLibraryStore.getState().load(api);
    return true;
  },
  reloadFromDisk: async (api) => {
    const document = useEditorStore.getState().document;
    if (!document) return false;
    const mode = get().conflict?.mode ?? 'draft';
    // A conflict on publishing is about the published file; on saving a draft, about the draft.
    const status: ScenarioFileStatus = mode === 'publish' ? 'published' : 'draft';
    return get().open(api, document.file, status);
  },
  dismissConflict: () => set({ conflict: null }),
}));
