/**
 * Importing files a trainer brings in, always as drafts so nothing reaches trainees unchecked and no
 * existing draft is replaced (see ./import-drafts.ts for what each kind of file becomes).
 */
import { readdir } from 'node:fs/promises';
import { validateScenarioText } from '../../../engine/scenario/validate';
import type { ImportReport } from '@api';
import { draftsInUpload } from './import-drafts';
import { writeDraftBase, writeStoredFile, type ScenarioFolders } from './scenario-file-store';

/** Imports one uploaded file (possibly a zip of several) as new drafts. */
export async function importScenarios(
  folders: ScenarioFolders,
  upload: { name: string; bytes: Uint8Array },
): Promise<ImportReport> {
  const taken = new Set(await readdir(folders.drafts).catch(() => [] as string[]));
  const { drafts, report } = await draftsInUpload(upload, taken);
  for (const draft of drafts) {
    await writeStoredFile(folders, draft.file, 'draft', Buffer.from(draft.text, 'utf8'));
    await writeDraftBase(folders, draft.file, null);
    report.imported.push({
      file: draft.file,
      title: draft.title,
      problems: validateScenarioText(draft.file, draft.text).problems,
    });
  }
  return report;
}
