/**
 * The trainer's part of the Api (see api/authoring-api.ts): the scenarios folder setting,
 * opening, saving, importing and exporting scenario files. It also tells the trainee library which
 * folder to read, so what a trainer publishes is what trainees see.
 */
import path from 'node:path';
import type { Kysely } from 'kysely';
import { ApiError, type Api, type AuthoringApiResults, type AuthoringSettings } from '@api';
import type { DatabaseSchema } from '../database-schema';
import type { AtomicWriteSteps } from './atomic-write';
import { readScenariosFolder, saveScenariosFolder } from './authoring-settings-store';
import { exportScenarios } from './export-scenarios';
import { importScenarios } from './import-scenarios';
import { listScenarioFiles, openScenarioFile } from './open-scenario-files';
import { saveScenarioFile } from './save-scenario-file';
import { removeDraft, type ScenarioFolders } from './scenario-file-store';
import { checkScenariosFolder } from './scenarios-folder-check';

export interface AuthoringServiceOptions {
  db: Kysely<DatabaseSchema>;
  /** The app's data folder; drafts live in its `drafts` subfolder. */
  dataDir: string;
  /** The scenarios that ship with Rapport, used until the trainer chooses another folder. */
  bundledFolder: string;
  now: () => Date;
  /** File-system steps of atomic writes, replaceable so tests can make one fail. */
  writeSteps?: AtomicWriteSteps;
}

type AuthoringApi = { [K in keyof AuthoringApiResults]: Api[K] };

export interface AuthoringService {
  api: AuthoringApi;
  /** The folder trainees' scenarios are read from now. */
  scenariosFolder(): string;
}

/**
 * Runs changes to scenario files one at a time, so two windows saving the same file cannot both
 * pass the "changed on disk?" check before either writes.
 */
function oneAtATime(): <T>(change: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (change) => {
    const next = last.then(change, change);
    last = next.catch(() => undefined);
    return next;
  };
}

/** Reads the remembered folder and returns the authoring methods over it. */
export async function createAuthoringService(options: AuthoringServiceOptions): Promise<AuthoringService> {
  const bundledFolder = path.resolve(options.bundledFolder);
  let chosen = await readScenariosFolder(options.db);
  const folders: ScenarioFolders = {
    published: () => chosen ?? bundledFolder,
    drafts: path.join(options.dataDir, 'drafts'),
  };
  const serially = oneAtATime();
  const settings = (): AuthoringSettings => ({
    scenariosFolder: folders.published(),
    bundledFolder,
    usingBundled: chosen === null,
  });

  const api: AuthoringApi = {
    getAuthoringSettings: async () => settings(),
    setScenariosFolder: ({ folder }) =>
      serially(async () => {
        const checked =
          folder === null ? null : await checkScenariosFolder(folder, { dataDir: options.dataDir, draftsFolder: folders.drafts });
        const next = checked === bundledFolder ? null : checked;
        await saveScenariosFolder(options.db, next);
        chosen = next;
        return settings();
      }),
    listScenarioFiles: () => listScenarioFiles(folders),
    openScenarioFile: ({ file, status }) => openScenarioFile(folders, file, status),
    saveScenarioFile: (request) => serially(() => saveScenarioFile(request, folders, options.writeSteps)),
    deleteDraft: ({ file }) =>
      serially(async () => {
        if (!(await removeDraft(folders, file))) {
          throw new ApiError('not-found', `there is no draft ${file}: it may have been published or deleted already`);
        }
        return { file };
      }),
    importScenarios: ({ name, contentBase64 }) =>
      serially(() => importScenarios(folders, { name, bytes: Buffer.from(contentBase64, 'base64') })),
    exportScenarios: (request) => exportScenarios(folders, request, options.now()),
  };
  return { api, scenariosFolder: folders.published };
}
