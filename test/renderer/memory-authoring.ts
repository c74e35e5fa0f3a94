/**
 * The authoring part of the in-memory Api (see memory-api.ts): scenario files, drafts and the
 * scenarios folder held in maps instead of on disk, following the app's own rules by using its own
 * code — the engine validates, `decideSave` decides saves and conflicts, `draftsInUpload` imports.
 * Revisions are the same sha256 of the file's bytes as on disk.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import type { z } from 'zod';
import { ApiError, scenarioSizeProblem, type apiArgs, type Api, type AuthoringApiResults, type ScenarioFileStatus } from '@api';
import { draftsInUpload } from '../../electron/services/authoring/import-drafts';
import { decideSave, publishRefusal } from '../../electron/services/authoring/save-decision';
import { validateLibrary } from '../../engine/scenario/library';
import { validateScenarioText } from '../../engine/scenario/validate';
import type { ScenarioFile } from './scenario-files';

type AuthoringMethod = keyof AuthoringApiResults;
export type MemoryAuthoringMethods = {
  [K in AuthoringMethod]: (args: z.output<(typeof apiArgs)[K]>) => ReturnType<Api[K]>;
};

interface StoredText {
  text: string;
  modifiedAt: string;
  /** Drafts only: the published revision the draft was started from (undefined: not recorded). */
  base?: string | null;
}

export const MEMORY_BUNDLED_FOLDER = '/memory/scenarios';

const revisionOf = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
const fileName = (file: string) => file.split('/').at(-1)!;

/**
 * `files` are the bundled scenarios; `onPublished` hears the files of the chosen folder whenever
 * they change, so the trainee library can show what was published.
 */
export function createMemoryAuthoring(options: {
  files: ScenarioFile[];
  now: () => string;
  onPublished: (files: ScenarioFile[]) => void;
}): { methods: MemoryAuthoringMethods; scenariosFolder(): string } {
  const folders = new Map<string, Map<string, StoredText>>([
    [MEMORY_BUNDLED_FOLDER, new Map(options.files.map((f) => [fileName(f.file), { text: f.text, modifiedAt: options.now() }]))],
  ]);
  const drafts = new Map<string, StoredText>();
  let chosen: string | null = null;

  const folder = () => chosen ?? MEMORY_BUNDLED_FOLDER;
  const published = () => folders.get(folder())!;
  const storeOf = (status: ScenarioFileStatus) => (status === 'draft' ? drafts : published());
  const settings = () => ({ scenariosFolder: folder(), bundledFolder: MEMORY_BUNDLED_FOLDER, usingBundled: chosen === null });
  const announce = () =>
    options.onPublished([...published()].map(([file, stored]) => ({ file: `scenarios/${file}`, text: stored.text })));
  const stored = (file: string, status: ScenarioFileStatus) => {
    const found = storeOf(status).get(file);
    if (!found) throw new ApiError('not-found', `there is no ${status === 'draft' ? 'draft' : 'published file'} ${file}`);
    return found;
  };

  const infos = (status: ScenarioFileStatus) => {
    const files = [...storeOf(status)].sort(([a], [b]) => a.localeCompare(b));
    const checked = new Map(
      (status === 'published'
        ? validateLibrary(files.map(([file, s]) => ({ file, text: s.text })))
        : files.map(([file, s]) => ({ file, ...validateScenarioText(file, s.text) }))
      ).map((entry) => [entry.file, entry.problems.length]),
    );
    return files.map(([file, s]) => {
      let head: { id?: unknown; title?: unknown } = {};
      try {
        head = JSON.parse(s.text) as typeof head;
      } catch {
        // listed without id and title, as on disk
      }
      return {
        file,
        status,
        ...(typeof head.id === 'string' ? { id: head.id } : {}),
        ...(typeof head.title === 'string' ? { title: head.title } : {}),
        problemCount: checked.get(file) ?? 0,
        modifiedAt: s.modifiedAt,
      };
    });
  };

  const methods: MemoryAuthoringMethods = {
    getAuthoringSettings: async () => settings(),
    setScenariosFolder: async ({ folder: wanted }) => {
      if (wanted !== null && !wanted.startsWith('/')) {
        throw new ApiError('invalid-argument', `"${wanted}" is not a full path: give the whole path, e.g. /home/ann/scenarios`);
      }
      chosen = wanted === MEMORY_BUNDLED_FOLDER ? null : wanted;
      if (!folders.has(folder())) folders.set(folder(), new Map());
      announce();
      return settings();
    },
    listScenarioFiles: async () => [...infos('published'), ...infos('draft')],
    openScenarioFile: async ({ file, status }) => {
      const { text } = stored(file, status);
      return { file, status, text, revision: revisionOf(text), problems: validateScenarioText(file, text).problems };
    },
    saveScenarioFile: async ({ file, text, baseRevision, mode, overwrite }) => {
      const tooLarge = scenarioSizeProblem(file, new TextEncoder().encode(text).length);
      if (tooLarge) throw new ApiError('invalid-argument', tooLarge);
      let problems = validateScenarioText(file, text).problems;
      if (mode === 'publish' && problems.length === 0) {
        const others = [...published()].filter(([name]) => name !== file).map(([name, s]) => ({ file: name, text: s.text }));
        problems = validateLibrary([...others, { file, text }]).at(-1)!.problems;
      }
      const refusal = mode === 'publish' ? publishRefusal(file, problems) : undefined;
      if (refusal) throw new ApiError('invalid-argument', refusal);
      const draft = drafts.get(file);
      const current = published().get(file);
      const decision = decideSave({
        file,
        mode,
        baseRevision,
        overwrite: overwrite ?? false,
        newRevision: revisionOf(text),
        draft: draft ? { revision: revisionOf(draft.text), base: draft.base } : null,
        published: current ? { revision: revisionOf(current.text) } : null,
        publishedLabel: `${file} in ${folder()}`,
      });
      if (decision.kind === 'conflict') throw new ApiError('conflict', decision.message);
      if (decision.kind === 'write-draft') {
        drafts.set(file, {
          text,
          modifiedAt: options.now(),
          base: decision.recordBase === undefined ? draft?.base : decision.recordBase,
        });
      } else {
        published().set(file, { text, modifiedAt: options.now() });
        if (decision.removeDraft) drafts.delete(file);
        announce();
      }
      return { file, status: mode === 'draft' ? 'draft' : 'published', revision: revisionOf(text), problems };
    },
    deleteDraft: async ({ file }) => {
      if (!drafts.delete(file)) throw new ApiError('not-found', `there is no draft ${file}`);
      return { file };
    },
    importScenarios: async ({ name, contentBase64 }) => {
      const { drafts: found, report } = await draftsInUpload(
        { name, bytes: Buffer.from(contentBase64, 'base64') },
        new Set(drafts.keys()),
      );
      for (const draft of found) {
        drafts.set(draft.file, { text: draft.text, modifiedAt: options.now(), base: null });
        report.imported.push({
          file: draft.file,
          title: draft.title,
          problems: validateScenarioText(draft.file, draft.text).problems,
        });
      }
      return report;
    },
    exportScenarios: async ({ files }) => {
      const chosenFiles = files.map(({ file, status }) => ({ file, status, text: stored(file, status).text }));
      if (chosenFiles.length === 1) {
        const [only] = chosenFiles;
        return { name: only!.file, mediaType: 'application/json', contentBase64: Buffer.from(only!.text).toString('base64') };
      }
      const entries = Object.fromEntries(
        chosenFiles.map((f) => [f.status === 'draft' ? `drafts/${f.file}` : f.file, Buffer.from(f.text, 'utf8')]),
      );
      return {
        name: `rapport-scenarios-${options.now().slice(0, 10)}.zip`,
        mediaType: 'application/zip',
        contentBase64: Buffer.from(zipSync(entries)).toString('base64'),
      };
    },
  };
  return { methods, scenariosFolder: folder };
}
