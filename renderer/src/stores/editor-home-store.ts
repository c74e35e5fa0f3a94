/**
 * The authoring home: the scenario files a trainer can open (published and drafts), the scenarios
 * folder setting, and the last import's report. The report and an action's error last until the
 * next action or until the trainer leaves the screen (see AuthoringScreen), never across screens.
 */
import { create } from 'zustand';
import type { Api, AuthoringSettings, ExportedFile, ImportReport, ScenarioFileInfo, ScenarioFileStatus } from '@api';
import { describeError } from '../api/api-call-error';
import type { LoadStatus } from './library-store';

/** A file in the list, as the Api names it. */
export interface FileRef {
  file: string;
  status: ScenarioFileStatus;
}

interface EditorHomeState {
  status: LoadStatus;
  error: string | null;
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
  reset: () => void;
}

export const fileKey = (f: FileRef) => `${f.status}:${f.file}`;

const initial = {
  status: 'idle' as LoadStatus,
  error: null,
  settings: null,
  files: [],
  selected: [],
  busy: null,
  importReport: null,
  actionError: null,
};

export const useEditorHomeStore = create<EditorHomeState>()((set, get) => {
  const refreshFiles = async (api: Api) => {
    const files = await api.listScenarioFiles({});
    const present = new Set(files.map(fileKey));
    set((s) => ({ files, selected: s.selected.filter((key) => present.has(key)) }));
  };

  return {
    ...initial,
    load: async (api) => {
      set({ status: 'loading', error: null });
      try {
        const [settings, files] = await Promise.all([api.getAuthoringSettings({}), api.listScenarioFiles({})]);
        set({ status: 'ready', settings, files, selected: [] });
      } catch (error) {
        set({ status: 'failed', error: describeError(error) });
      }
    },
    toggleSelected: (file) =>
      set((s) => {
        const key = fileKey(file);
        return { selected: s.selected.includes(key) ? s.selected.filter((k) => k !== key) : [...s.selected, key] };
      }),
    setFolder: async (api, folder) => {
      set({ busy: 'folder', actionError: null, importReport: null });
      try {
        const settings = await api.setScenariosFolder({ folder });
        set({ settings, busy: null });
        await refreshFiles(api);
        return null;
      } catch (error) {
        set({ busy: null });
        return describeError(error);
      }
    },
    importFile: async (api, name, contentBase64) => {
      set({ busy: 'import', actionError: null, importReport: null });
      try {
        const importReport = await api.importScenarios({ name, contentBase64 });
        set({ busy: null, importReport });
        await refreshFiles(api);
      } catch (error) {
        set({ busy: null, actionError: `${name} could not be imported: ${describeError(error)}` });
      }
    },
    exportSelected: async (api) => {
      const wanted = new Set(get().selected);
      const files = get()
        .files.filter((f) => wanted.has(fileKey(f)))
        .map(({ file, status }) => ({ file, status }));
      if (files.length === 0) return null;
      set({ busy: 'export', actionError: null, importReport: null });
      try {
        const exported = await api.exportScenarios({ files });
        set({ busy: null });
        return exported;
      } catch (error) {
        set({ busy: null, actionError: `The export failed: ${describeError(error)}` });
        return null;
      }
    },
    deleteDraft: async (api, file) => {
      set({ actionError: null, importReport: null });
      try {
        await api.deleteDraft({ file });
        await refreshFiles(api);
      } catch (error) {
        set({ actionError: `The draft ${file} could not be deleted: ${describeError(error)}` });
      }
    },
    clearReport: () => set({ importReport: null }),
    clearNotices: () => set({ importReport: null, actionError: null }),
    reset: () => set(initial),
  };
});
