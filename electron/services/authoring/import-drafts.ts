/**
 * Turns a file a trainer imports into the drafts it holds, without touching the disk (so the
 * in-memory Api of the renderer's tests imports exactly as the app does): a scenario .json (kept
 * byte for byte), a .zip of several files, Twee 3 text (.twee, .tw) or a Twine 2 published .html
 * (mapped to a scenario by the engine, which reports what it could not map).
 */
import path from 'node:path';
import { formatScenario } from '../../../engine/authoring/format-scenario';
import { importTwee, importTwineHtml, type TwineImport } from '../../../engine/authoring/twine-import';
import { decodeScenarioBytes } from '../../../engine/scenario/validate';
import type { ImportReport } from '@api';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { scenarioSizeProblem } from '@api';
import { readZipEntries } from './zip-entries';

const IMPORTABLE = '.json, .zip, .twee, .tw or .html';

export interface ImportedDraft {
  /** A file name stem to start from; made unique among the drafts. */
  stem: string;
  text: string;
  title: string;
}

const extensionOf = (name: string) => path.extname(name).toLowerCase();

/** A stem the Api accepts in a file name: letters, digits, `.`, `_` and `-`, starting with a letter or digit. */
function safeStem(raw: string): string {
  const stem = raw
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 100);
  return stem === '' ? 'imported-scenario' : stem;
}

function titleOf(text: string, fallback: string): string {
  try {
    const title = (JSON.parse(text) as { title?: unknown }).title;
    return typeof title === 'string' && title.trim() !== '' ? title : fallback;
  } catch {
    return fallback;
  }
}

function idOf(text: string): string | undefined {
  try {
    const id = (JSON.parse(text) as { id?: unknown }).id;
    return typeof id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

function fromTwine(source: string, result: TwineImport, report: ImportReport): ImportedDraft {
  report.warnings.push(...result.warnings.map((warning) => `${source}: ${warning}`));
  return { stem: result.scenario.id, text: formatScenario(result.scenario), title: result.scenario.title };
}

/** Turns one file (not a zip) into drafts (a Twine archive holds several stories), or records why it was skipped. */
function draftsFrom(name: string, bytes: Uint8Array, report: ImportReport): ImportedDraft[] {
  const extension = extensionOf(name);
  const skip = (reason: string) => {
    report.skipped.push({ name, reason });
    return [];
  };
  if (!['.json', '.twee', '.tw', '.html', '.htm'].includes(extension)) {
    return skip(`Rapport imports ${IMPORTABLE} files`);
  }
  const tooLarge = scenarioSizeProblem('it', bytes.length);
  if (tooLarge) return skip(tooLarge);
  const decoded = decodeScenarioBytes(name, bytes);
  if (decoded.problem) return skip(`it is not UTF-8 text (line ${decoded.problem.line}, column ${decoded.problem.column})`);
  const text = decoded.text!;
  const baseName = path.basename(name, path.extname(name));
  if (extension === '.json') return [{ stem: idOf(text) ?? safeStem(baseName), text, title: titleOf(text, baseName) }];
  if (extension === '.twee' || extension === '.tw') return [fromTwine(name, importTwee(text), report)];
  const stories = importTwineHtml(text);
  if (stories.length === 0) return skip('no Twine 2 story was found in it: in Twine, use "Publish to File" and import that file');
  return stories.map((story) => fromTwine(name, story, report));
}

async function draftsFromZip(name: string, bytes: Uint8Array, report: ImportReport): Promise<ImportedDraft[]> {
  let contents;
  try {
    contents = await readZipEntries(bytes);
  } catch (error) {
    report.skipped.push({ name, reason: `it is not a readable zip file (${(error as Error).message})` });
    return [];
  }
  report.skipped.push(...contents.skipped.map((s) => ({ name: `${name}/${s.name}`, reason: s.reason })));
  const drafts: ImportedDraft[] = [];
  for (const entry of contents.files) {
    const inner = `${name}/${entry.name}`;
    if (extensionOf(entry.name) === '.zip') {
      report.skipped.push({ name: inner, reason: 'zips inside a zip are not opened; import it on its own' });
      continue;
    }
    drafts.push(...draftsFrom(inner, entry.bytes, report));
    await nextTurn(); // each file is parsed and checked in its own turn, so other requests go between
  }
  return drafts;
}

/** `stem.json`, or `stem-2.json`, `stem-3.json`… when a draft of that name exists already; marks it taken. */
export function uniqueDraftName(stem: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${stem}.json` : `${stem}-${n}.json`;
    if (candidate !== 'schema.json' && !taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}

/**
 * The drafts an uploaded file holds, each with a file name not in `taken`, and a report of what was
 * skipped or could not be mapped (the report's `imported` is left for the caller, once written).
 */
export async function draftsInUpload(
  upload: { name: string; bytes: Uint8Array },
  taken: Set<string>,
): Promise<{ drafts: Array<ImportedDraft & { file: string }>; report: ImportReport }> {
  const report: ImportReport = { imported: [], warnings: [], skipped: [] };
  const name = path.basename(upload.name.replaceAll('\\', '/'));
  const found =
    extensionOf(name) === '.zip' ? await draftsFromZip(name, upload.bytes, report) : draftsFrom(name, upload.bytes, report);
  if (found.length === 0 && report.skipped.length === 0) {
    report.skipped.push({ name, reason: `there were no scenario files in it (${IMPORTABLE})` });
  }
  return { drafts: found.map((draft) => ({ ...draft, file: uniqueDraftName(draft.stem, taken) })), report };
}
