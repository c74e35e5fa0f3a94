import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApi } from '../api/api-context';
import { downloadFile, fileAsBase64 } from '../components/authoring/home/download-file';
import { ImportPanel } from '../components/authoring/home/import-panel';
import { NewScenarioForm, type NewScenarioRequest } from '../components/authoring/home/new-scenario-form';
import { ScenarioFileTable } from '../components/authoring/home/scenario-file-table';
import { ScenariosFolderSettings } from '../components/authoring/home/scenarios-folder-settings';
import { ErrorNotice } from '../components/common/error-notice';
import { LoadingState } from '../components/common/loading-state';
import { ScreenHeading } from '../components/common/screen-heading';
import { createFromTemplate } from '../../../engine/authoring/templates';
import { fileKey, useEditorHomeStore, type FileRef } from '../stores/editor-home-store';
import { useEditorSaveStore } from '../stores/editor-save-store';
import { useLibraryStore } from '../stores/library-store';
import { useRouteStore } from '../stores/route-store';
import '../styles/authoring.css';

/**
 * The trainer's home: their scenario files (published and drafts) to open or export, a new
 * scenario from a template, imports, and where the scenarios folder is.
 */
export function AuthoringScreen() {
  const api = useApi();
  const home = useEditorHomeStore(
    useShallow((s) => ({
      status: s.status,
      error: s.error,
      settings: s.settings,
      files: s.files,
      selected: s.selected,
      busy: s.busy,
      importReport: s.importReport,
      actionError: s.actionError,
    })),
  );
  const {
    load,
    toggleSelected,
    setFolder: chooseFolder,
    importFile: importDraft,
    exportSelected: exportFiles,
    deleteDraft,
  } = useEditorHomeStore.getState();
  const openFile = useEditorSaveStore((s) => s.open);
  const openError = useEditorSaveStore((s) => s.openError);
  const startNew = useEditorSaveStore((s) => s.startNew);
  const navigate = useRouteStore((s) => s.navigate);
  const reloadLibrary = useLibraryStore((s) => s.load);
  const [opening, setOpening] = useState<string | null>(null);
  const takenFiles = useMemo(() => new Set(home.files.map((f) => f.file)), [home.files]);

  useEffect(() => {
    void load(api);
  }, [api, load]);
  // What the last import or action reported belongs to this visit of the screen.
  useEffect(() => () => useEditorHomeStore.getState().clearNotices(), []);

  const open = async (file: FileRef) => {
    setOpening(fileKey(file));
    const opened = await openFile(api, file.file, file.status);
    setOpening(null);
    if (opened) navigate({ name: 'scenario-editor' });
  };
  const create = ({ templateId, id, title }: NewScenarioRequest) => {
    startNew(`${id}.json`, createFromTemplate(templateId, { id, title }));
    navigate({ name: 'scenario-editor' });
  };
  const importFile = async (file: File) => importDraft(api, file.name, await fileAsBase64(file));
  const exportSelected = async () => {
    const exported = await exportFiles(api);
    if (exported) downloadFile(exported);
  };
  const setFolder = async (folder: string | null) => {
    const error = await chooseFolder(api, folder);
    // Trainees now read another folder: their library must follow.
    if (!error) void reloadLibrary(api);
    return error;
  };

  return (
    <div className="screen authoring-screen">
      <ScreenHeading>Authoring</ScreenHeading>
      <p className="screen-intro">
        Write and test the scenarios your trainees practise. Drafts stay here until you publish them.
      </p>
      {openError && <ErrorNotice title="The scenario could not be opened" message={openError} />}
      {home.actionError && <ErrorNotice title="That did not work" message={home.actionError} />}
      {(home.status === 'idle' || home.status === 'loading') && <LoadingState label="Loading your scenarios…" />}
      {home.status === 'failed' && (
        <ErrorNotice
          title="Your scenarios could not be listed"
          message={home.error ?? ''}
          action={{ label: 'Try again', onClick: () => void load(api) }}
        />
      )}
      {home.status === 'ready' && (
        <div className="authoring-layout">
          <section className="authoring-card authoring-layout__files" aria-labelledby="files-title">
            <div className="authoring-card__head">
              <h2 id="files-title">Scenario files</h2>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={home.selected.length === 0 || home.busy === 'export'}
                onClick={() => void exportSelected()}
              >
                {home.busy === 'export' ? 'Exporting…' : `Export selected (${home.selected.length})`}
              </button>
            </div>
            {home.files.length === 0 ? (
              <p className="empty-state">No scenario files yet: start one from a template.</p>
            ) : (
              <ScenarioFileTable
                files={home.files}
                selected={home.selected}
                opening={opening}
                onToggle={toggleSelected}
                onOpen={(f) => void open(f)}
                onDeleteDraft={(file) => void deleteDraft(api, file)}
              />
            )}
          </section>
          <div className="authoring-layout__side">
            <section className="authoring-card" aria-labelledby="new-title">
              <h2 id="new-title">New scenario</h2>
              <NewScenarioForm takenFiles={takenFiles} onCreate={create} />
            </section>
            <section className="authoring-card" aria-labelledby="import-title">
              <h2 id="import-title">Import</h2>
              <ImportPanel
                busy={home.busy === 'import'}
                report={home.importReport}
                onImport={(file) => void importFile(file)}
                onOpen={(file) => void open({ file, status: 'draft' })}
              />
            </section>
            {home.settings && (
              <section className="authoring-card" aria-labelledby="settings-title">
                <h2 id="settings-title">Scenarios folder</h2>
                <ScenariosFolderSettings settings={home.settings} busy={home.busy === 'folder'} onSetFolder={setFolder} />
              </section>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
