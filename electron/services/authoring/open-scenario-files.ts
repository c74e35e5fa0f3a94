/**
 * Reading scenario files for the trainer: the list of everything they can open (published files and
 * drafts, each with its problem count) and one file's exact text with its revision and problems.
 */
import { readdir } from 'node:fs/promises';
import { validateLibrary } from '../../../engine/scenario/library';
import type { ScenarioProblem } from '../../../engine/scenario/problem';
import { decodeScenarioBytes, validateScenarioText } from '../../../engine/scenario/validate';
import { ApiError, type OpenedScenarioFile, type ScenarioFileInfo, type ScenarioFileStatus } from '@api';
import { describeFile, folderOf, readStoredFile, type ScenarioFolders, type StoredScenarioFile } from './scenario-file-store';

/** The file's text (invalid UTF-8 shown with replacement characters) and any decoding problem. */
function textOf(file: string, stored: StoredScenarioFile): { text: string; problem?: ScenarioProblem } {
  const decoded = decodeScenarioBytes(file, stored.bytes);
  if (decoded.problem) return { text: new TextDecoder().decode(stored.bytes), problem: decoded.problem };
  return { text: decoded.text! };
}

/** Id and title read from a file that parses as JSON, even when it breaks the format. */
function idAndTitle(text: string): { id?: string; title?: string } {
  try {
    const value = JSON.parse(text) as { id?: unknown; title?: unknown };
    return {
      ...(typeof value.id === 'string' ? { id: value.id } : {}),
      ...(typeof value.title === 'string' ? { title: value.title } : {}),
    };
  } catch {
    return {};
  }
}

async function scenarioNamesIn(folders: ScenarioFolders, status: ScenarioFileStatus): Promise<string[]> {
  const folder = folderOf(folders, status);
  try {
    return (await readdir(folder)).filter((n) => n.endsWith('.json') && n !== 'schema.json').sort();
  } catch (error) {
    // No drafts folder yet simply means no drafts.
    if (status === 'draft' && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new ApiError(
      'unavailable',
      `cannot read the scenarios folder ${folder}: ${(error as Error).message}. Check that it exists, or choose another folder in the authoring settings.`,
    );
  }
}

async function listStatus(folders: ScenarioFolders, status: ScenarioFileStatus): Promise<ScenarioFileInfo[]> {
  const read: Array<{ file: string; text: string; problems: ScenarioProblem[]; modifiedAt: Date }> = [];
  for (const file of await scenarioNamesIn(folders, status)) {
    const stored = await readStoredFile(folders, file, status).catch((error: Error) => error);
    if (stored === null) continue; // removed while listing
    if (stored instanceof Error) {
      read.push({
        file,
        text: '',
        problems: [{ file, path: '$', line: 1, column: 1, message: stored.message }],
        modifiedAt: new Date(0),
      });
      continue;
    }
    const { text, problem } = textOf(file, stored);
    read.push({ file, text, problems: problem ? [problem] : [], modifiedAt: stored.modifiedAt });
  }
  // Published files are checked together, as the trainee library checks them (two files, one id);
  // each draft stands alone.
  const readable = read.filter((r) => r.problems.length === 0);
  const checked =
    status === 'published'
      ? validateLibrary(readable)
      : readable.map(({ file, text }) => ({ file, ...validateScenarioText(file, text) }));
  const problemsByFile = new Map(checked.map((entry) => [entry.file, entry.problems]));
  return read.map((r) => ({
    file: r.file,
    status,
    ...idAndTitle(r.text),
    problemCount: (problemsByFile.get(r.file) ?? r.problems).length,
    modifiedAt: r.modifiedAt.toISOString(),
  }));
}

/** Every published file and every draft, published first, each sorted by file name. */
export async function listScenarioFiles(folders: ScenarioFolders): Promise<ScenarioFileInfo[]> {
  return [...(await listStatus(folders, 'published')), ...(await listStatus(folders, 'draft'))];
}

/** One file as it is on disk now, ready for the editor. */
export async function openScenarioFile(
  folders: ScenarioFolders,
  file: string,
  status: ScenarioFileStatus,
): Promise<OpenedScenarioFile> {
  const stored = await readStoredFile(folders, file, status);
  if (!stored) {
    throw new ApiError(
      'not-found',
      status === 'draft'
        ? `there is no draft ${file}: it may have been published or deleted`
        : `there is no ${describeFile(file, status, folders)}: it may have been renamed or deleted`,
    );
  }
  const { text, problem } = textOf(file, stored);
  const problems = problem ? [problem] : validateScenarioText(file, text).problems;
  return { file, status, text, revision: stored.revision, problems };
}
