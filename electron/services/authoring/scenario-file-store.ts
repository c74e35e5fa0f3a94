/**
 * Where a trainer's scenario files live and how Rapport reads them: published files in the scenarios
 * folder (what trainees see), drafts in `<dataDir>/drafts` (only the trainer sees them). Every read
 * returns the file's revision, a hash of its bytes, so a save can tell whether the file changed on
 * disk since it was opened.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError, type ScenarioFileStatus } from '@api';
import { readScenarioFile, ScenarioFileRefused } from '../scenario-files';
import { writeFileAtomically, type AtomicWriteSteps } from './atomic-write';

export interface ScenarioFolders {
  /** The scenarios folder as chosen now (it can change while Rapport runs). */
  published(): string;
  drafts: string;
}

export interface StoredScenarioFile {
  bytes: Buffer;
  revision: string;
  modifiedAt: Date;
}

/** A hash of a file's exact bytes: equal revisions mean nothing changed, not even whitespace. */
export function revisionOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function folderOf(folders: ScenarioFolders, status: ScenarioFileStatus): string {
  return status === 'draft' ? folders.drafts : folders.published();
}

export function describeFile(file: string, status: ScenarioFileStatus, folders: ScenarioFolders): string {
  return status === 'draft' ? `the draft ${file}` : `${file} in ${folders.published()}`;
}

/** The file's bytes and revision, or null when there is no such file. */
export async function readStoredFile(
  folders: ScenarioFolders,
  file: string,
  status: ScenarioFileStatus,
): Promise<StoredScenarioFile | null> {
  const target = path.join(folderOf(folders, status), file);
  const shown = describeFile(file, status, folders);
  try {
    const { bytes, info } = await readScenarioFile(target, shown);
    return { bytes, revision: revisionOf(bytes), modifiedAt: info.mtime };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if (error instanceof ScenarioFileRefused) throw new ApiError('invalid-argument', error.message);
    throw new ApiError('unavailable', `cannot read ${describeFile(file, status, folders)}: ${(error as Error).message}`);
  }
}

/** Writes a scenario file atomically, turning file-system refusals into messages a trainer can act on. */
export async function writeStoredFile(
  folders: ScenarioFolders,
  file: string,
  status: ScenarioFileStatus,
  bytes: Uint8Array,
  steps?: AtomicWriteSteps,
): Promise<void> {
  const folder = folderOf(folders, status);
  try {
    if (status === 'draft') await mkdir(folder, { recursive: true });
    await writeFileAtomically(path.join(folder, file), bytes, steps);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const advice =
      status === 'published'
        ? 'Choose a scenarios folder you can write to in the authoring settings, or save it as a draft.'
        : 'Check that the data folder is writable and has free space.';
    throw new ApiError(
      'unavailable',
      `cannot save ${describeFile(file, status, folders)} (${code ?? (error as Error).message}). ${advice}`,
    );
  }
}

/**
 * Each draft remembers the revision of the published file it was started from (null for a new
 * scenario), in a `<draft>.base` file beside it, so publishing can tell whether someone changed the
 * published file in the meantime.
 */
const baseFileOf = (folders: ScenarioFolders, file: string) => path.join(folders.drafts, `${file}.base`);

/** The published revision a draft started from: null for a new scenario, undefined when not recorded. */
export async function readDraftBase(folders: ScenarioFolders, file: string): Promise<string | null | undefined> {
  try {
    const recorded = JSON.parse(await readFile(baseFileOf(folders, file), 'utf8')) as { publishedRevision?: unknown };
    return typeof recorded.publishedRevision === 'string' ? recorded.publishedRevision : null;
  } catch {
    // No record (a draft copied in by hand) or a damaged one: publishing then asks before overwriting.
    return undefined;
  }
}

export async function writeDraftBase(folders: ScenarioFolders, file: string, publishedRevision: string | null): Promise<void> {
  await mkdir(folders.drafts, { recursive: true });
  await writeFileAtomically(baseFileOf(folders, file), Buffer.from(`${JSON.stringify({ publishedRevision })}\n`));
}

/**
 * Whether the draft `file` and the published `file` are one file on disk: the scenarios folder is
 * the drafts folder (or links to it). Removing "the draft" after publishing would then delete what
 * was just published.
 */
export async function draftIsPublishedFile(folders: ScenarioFolders, file: string): Promise<boolean> {
  const draft = await stat(path.join(folders.drafts, file)).catch(() => null);
  const published = await stat(path.join(folders.published(), file)).catch(() => null);
  return draft !== null && published !== null && draft.dev === published.dev && draft.ino === published.ino;
}

/** Removes a draft and its record; false when there was no draft. */
export async function removeDraft(folders: ScenarioFolders, file: string): Promise<boolean> {
  const draft = path.join(folders.drafts, file);
  const existed = await stat(draft).then(
    () => true,
    () => false,
  );
  await rm(draft, { force: true });
  await rm(baseFileOf(folders, file), { force: true });
  return existed;
}
