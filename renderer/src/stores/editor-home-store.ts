/**
 * The authoring home: the scenario files a trainer can open (published and drafts), the scenarios
 * folder setting, and the last import's report. The report and an action's error last until the
 * next action or until the trainer leaves the screen (see AuthoringScreen), never across screens.
 */
import type { Api, AuthoringSettings, ExportedFile, ImportReport, ScenarioFileInfo, ScenarioFileStatus } from '@api';
import { loadInto, NOT_LOADED, type Loadable } from './load-into';
import { createResettableStore } from './resettable-store';
import { settle } from './settle';

/** A file in the list, as the Api names it. */
export interface FileRef {
  file: string;
  status: ScenarioFileStatus;
}

interface EditorHomeState extends Loadable {
  settings: AuthoringSettings | null;
  files: ScenarioFileInfo[];
  /** Files ticked for export, as `status:file` keys. */
  selected: string[];
  /** An import, export or folder change under way. */
  busy: 'import' | 'export' | 'folder' | null;
  importReport: ImportReport | null;
  actionError: string | null;
  load: (api: Api) => Promise<void>;
  toggleSelected: (file: FileRef) => void;
  /** Validates and uses another scenarios folder (null: the bundled one); resolves to an error message or null. */
  setFolder: (api: Api, folder: string | null) => Promise<string | null>;
  importFile: (api: Api, name: string, contentBase64: string) => Promise<void>;
  exportSelected: (api: Api) => Promise<ExportedFile | null>;
  deleteDraft: (api: Api, file: string) => Promise<void>;
  clearReport: () => void;
  /** Clears the last import's report and the last action's error (the authoring home closed). */
  clearNotices: () => void;
}

export const fileKey = (f: FileRef) => `${f.status}:${f.file}`;

const initial = {
  ...NOT_LOADED,
  settings: null,
  files: [],
  selected: [],
  busy: null,
  importReport: null,
  actionError: null,
};

export const useEditorHomeStore = createResettableStore<EditorHomeState>((set, get, store) => {
  const refreshFiles = async (api: Api) => {
    const files = await api.listScenarioFiles({});
    const present = new Set(files.map(fileKey));
    set((s) => ({ files, selected: s.selected.filter((key) => present.has(key)) }));
  };

  return {
    ...initial,
    load: async (api) => {
      await loadInto(store, {
        call: () => Promise.all([api.getAuthoringSettings({}), api.listScenarioFiles({})]),
        ready: ([settings, files]) => ({ settings, files, selected: [] }),
      });
    },
    toggleSelected: (file) =>
      set((s) => {
        const key = fileKey(file);
        return { selected: s.selected.includes(key) ? s.selected.filter((k) => k !== key) : [...s.selected, key] };
      }),
    setFolder: async (api, folder) => {
      set({ busy: 'folder', actionError: null, importReport: null });
      const changed = await settle(async () => {
        const settings = await api.setScenariosFolder({ folder });
        set({ settings, busy: null });
        await refreshFiles(api);
      });
      if (changed.ok) return null;
      set({ busy: null });
      return changed.error;
    },
    importFile: async (api, name, contentBase64) => {
      set({ busy: 'import', actionError: null, importReport: null });
      const imported = await settle(async () => {
        const importReport = await api.importScenarios({ name, contentBase64 });
        set({ busy: null, importReport });
        await refreshFiles(api);
      });
      if (!imported.ok) set({ busy: null, actionError: `${name} could not be imported: ${imported.error}` });
    },
    exportSelected: async (api) => {
      const wanted = new Set(get().selected);
      const files = get()
        .files.filter((f) => wanted.has(fileKey(f)))
        .map(({ file, status }) => ({ file, status }));
      if (files.length === 0) return null;
      set({ busy: 'export', actionError: null, importReport: null });
      const exported = await settle(api.exportScenarios({ files }));
      set(exported.ok ? { busy: null } : { busy: null, actionError: `The export failed: ${exported.error}` });
      return exported.ok ? exported.answer : null;
    },
    deleteDraft: async (api, file) => {
      set({ actionError: null, importReport: null });
      const deleted = await settle(async () => {
        await api.deleteDraft({ file });
        await refreshFiles(api);
      });
      if (!deleted.ok) set({ actionError: `The draft ${file} could not be deleted: ${deleted.error}` });
    },
    clearReport: () => set({ importReport: null }),
    clearNotices: () => set({ importReport: null, actionError: null }),
  };
});
