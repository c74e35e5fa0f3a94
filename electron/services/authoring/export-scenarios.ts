/**
 * Exporting scenario files exactly as they are on disk: one file as itself, several as a zip with
 * published files at the top and drafts in a `drafts/` folder, so a colleague can import them back.
 */
import { zipSync } from 'fflate';
import { ApiError, type ApiArgs, type ExportedFile } from '@api';
import { describeFile, readStoredFile, type ScenarioFolders } from './scenario-file-store';

type ExportRequest = ApiArgs['exportScenarios'];

/** The files to export, read now; a missing one stops the export with its name. */
async function readAll(folders: ScenarioFolders, request: ExportRequest) {
  const unique = new Map(request.files.map((f) => [`${f.status}/${f.file}`, f]));
  const read: Array<{ entry: string; file: string; bytes: Uint8Array }> = [];
  for (const { file, status } of unique.values()) {
    const stored = await readStoredFile(folders, file, status);
    if (!stored) throw new ApiError('not-found', `cannot export ${describeFile(file, status, folders)}: it no longer exists`);
    read.push({ entry: status === 'draft' ? `drafts/${file}` : file, file, bytes: stored.bytes });
  }
  return read;
}

/** One scenario as its .json file, or several as `rapport-scenarios-<date>.zip`. */
export async function exportScenarios(folders: ScenarioFolders, request: ExportRequest, now: Date): Promise<ExportedFile> {
  const files = await readAll(folders, request);
  if (files.length === 1) {
    const only = files[0]!;
    return { name: only.file, mediaType: 'application/json', contentBase64: Buffer.from(only.bytes).toString('base64') };
  }
  const zip = zipSync(Object.fromEntries(files.map((f) => [f.entry, [f.bytes, { mtime: now }]])), { level: 6 });
  return {
    name: `rapport-scenarios-${now.toISOString().slice(0, 10)}.zip`,
    mediaType: 'application/zip',
    contentBase64: Buffer.from(zip).toString('base64'),
  };
}
