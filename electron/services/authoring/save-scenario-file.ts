/**
 * Saving a scenario from the editor, as a draft or published (the rules are in ./save-decision.ts):
 * the write is atomic, and the problems include a clash of scenario ids with another published file,
 * which the trainee library would otherwise report after the fact.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { validateLibrary } from '../../../engine/scenario/library';
import type { ScenarioProblem } from '../../../engine/scenario/problem';
import { validateScenarioText } from '../../../engine/scenario/validate';
import { ApiError, scenarioSizeProblem, type ApiArgs, type SavedScenarioFile } from '@api';
import { readScenarioFile } from '../scenario-files';
import type { AtomicWriteSteps } from './atomic-write';
import { decideSave, publishRefusal } from './save-decision';
import {
  describeFile,
  draftIsPublishedFile,
  readDraftBase,
  readStoredFile,
  removeDraft,
  revisionOf,
  writeDraftBase,
  writeStoredFile,
  type ScenarioFolders,
} from './scenario-file-store';

type SaveRequest = ApiArgs['saveScenarioFile'];

/** Published files other than `file` that declare the scenario id `id`. */
async function sameIdPublished(folder: string, file: string, id: string): Promise<Array<{ file: string; text: string }>> {
  const names = (await readdir(folder)).filter((n) => n.endsWith('.json') && n !== 'schema.json' && n !== file).sort();
  const clashing: Array<{ file: string; text: string }> = [];
  for (const name of names) {
    // A link or an oversized file claims no id (it is reported where it is listed).
    const text = await readScenarioFile(path.join(folder, name), name).then(
      ({ bytes }) => bytes.toString('utf8'),
      () => '',
    );
    try {
      if ((JSON.parse(text) as { id?: unknown }).id === id) clashing.push({ file: name, text });
    } catch {
      // A file that is not JSON claims no id.
    }
  }
  return clashing;
}

async function problemsOf(request: SaveRequest, folders: ScenarioFolders): Promise<ScenarioProblem[]> {
  const checked = validateScenarioText(request.file, request.text);
  if (request.mode === 'draft' || !checked.scenario) return checked.problems;
  const others = await sameIdPublished(folders.published(), request.file, checked.scenario.id).catch(() => []);
  if (others.length === 0) return checked.problems;
  // The library keeps the first valid file with an id; listing this one last reports the clash on it.
  return validateLibrary([...others, { file: request.file, text: request.text }]).at(-1)!.problems;
}

/** Saves one scenario file; see the Api's `saveScenarioFile`. */
export async function saveScenarioFile(
  request: SaveRequest,
  folders: ScenarioFolders,
  steps?: AtomicWriteSteps,
): Promise<SavedScenarioFile> {
  // The same limit as opening, so a draft that saves can always be opened again.
  const tooLarge = scenarioSizeProblem(request.file, Buffer.byteLength(request.text, 'utf8'));
  if (tooLarge) throw new ApiError('invalid-argument', tooLarge);
  const problems = await problemsOf(request, folders);
  const refusal = request.mode === 'publish' ? publishRefusal(request.file, problems) : undefined;
  if (refusal) throw new ApiError('invalid-argument', refusal);

  const bytes = Buffer.from(request.text, 'utf8');
  const draft = await readStoredFile(folders, request.file, 'draft');
  const published = request.mode === 'publish' ? await readStoredFile(folders, request.file, 'published') : null;
  const decision = decideSave({
    file: request.file,
    mode: request.mode,
    baseRevision: request.baseRevision,
    overwrite: request.overwrite ?? false,
    newRevision: revisionOf(bytes),
    draft: draft && { revision: draft.revision, base: await readDraftBase(folders, request.file) },
    published: published && { revision: published.revision },
    publishedLabel: describeFile(request.file, 'published', folders),
  });
  if (decision.kind === 'conflict') throw new ApiError('conflict', decision.message);
  if (decision.kind === 'write-draft') {
    await writeStoredFile(folders, request.file, 'draft', bytes, steps);
    if (decision.recordBase !== undefined) await writeDraftBase(folders, request.file, decision.recordBase);
  } else {
    await writeStoredFile(folders, request.file, 'published', bytes, steps);
    // Never the file just written: when the scenarios folder is the drafts folder, they are one file.
    if (decision.removeDraft && !(await draftIsPublishedFile(folders, request.file))) await removeDraft(folders, request.file);
  }
  const status = request.mode === 'draft' ? 'draft' : 'published';
  return { file: request.file, status, revision: revisionOf(bytes), problems };
}
