/**
 * The trainer's part of the Api: choosing the scenarios folder, opening, saving (as a draft or
 * published), importing and exporting scenario files. Part of the one Api declaration composed in
 * index.ts.
 */
import { z } from 'zod';
import type { ScenarioProblem } from '../engine/scenario/problem';
import { MAX_SCENARIO_BYTES, MAX_UPLOAD_BYTES, sizeText } from './scenario-limits';

/** A scenario file's name inside the scenarios folder: no folders, no way out of it. */
const scenarioFileName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/, 'a file name like "my-scenario.json" (letters, digits, . _ -)')
  .refine((name) => name !== 'schema.json', 'schema.json is the format, not a scenario');

/** File contents crossing the boundary as base64, bounded so one request cannot exhaust memory. */
const fileContent = z.strictObject({
  name: z.string().min(1).max(255),
  contentBase64: z
    .string()
    .max(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4, `files to import are limited to ${sizeText(MAX_UPLOAD_BYTES)}`),
});

export const authoringApiArgs = {
  /** Where scenarios are read from and published to. */
  getAuthoringSettings: z.strictObject({}),
  /** Uses another folder for scenarios (it must exist and be writable); null returns to the bundled one. */
  setScenariosFolder: z.strictObject({ folder: z.string().min(1).max(4096).nullable() }),
  /** Every scenario file a trainer can open: published files in the folder and their own drafts. */
  listScenarioFiles: z.strictObject({}),
  /** A file's exact text and revision, so saving can detect changes made on disk meanwhile. */
  openScenarioFile: z.strictObject({ file: scenarioFileName, status: z.enum(['published', 'draft']) }),
  /**
   * Saves atomically. `draft` keeps the file in the trainer's drafts (problems allowed); `publish`
   * writes it to the scenarios folder for trainees and is refused while it has problems. Refused
   * with a conflict when the file changed on disk since `baseRevision`, unless `overwrite` is set.
   */
  saveScenarioFile: z.strictObject({
    file: scenarioFileName,
    // Characters here; the service checks the UTF-8 bytes against the same limit as opening.
    text: z.string().max(MAX_SCENARIO_BYTES, `scenario files are limited to ${sizeText(MAX_SCENARIO_BYTES)}`),
    baseRevision: z.string().max(128).nullable(),
    mode: z.enum(['draft', 'publish']),
    overwrite: z.boolean().optional(),
  }),
  /** Removes a draft (published files are never deleted from the app). */
  deleteDraft: z.strictObject({ file: scenarioFileName }),
  /** Imports a scenario .json, a .zip of several, Twee 3 text (.twee/.tw) or a Twine 2 published .html, as drafts. */
  importScenarios: fileContent,
  /** One scenario as .json, or several as a .zip. */
  exportScenarios: z.strictObject({
    files: z
      .array(z.strictObject({ file: scenarioFileName, status: z.enum(['published', 'draft']) }))
      .min(1)
      .max(1000),
  }),
} as const;

export interface AuthoringSettings {
  /** The folder trainees' scenarios are read from and published to. */
  scenariosFolder: string;
  /** The folder of scenarios that ship with Rapport. */
  bundledFolder: string;
  usingBundled: boolean;
}

export type ScenarioFileStatus = 'published' | 'draft';

export interface ScenarioFileInfo {
  file: string;
  status: ScenarioFileStatus;
  /** Read from the file when it parses; absent for a file too broken to read. */
  id?: string;
  title?: string;
  problemCount: number;
  /** ISO 8601. */
  modifiedAt: string;
}

export interface OpenedScenarioFile {
  file: string;
  status: ScenarioFileStatus;
  text: string;
  /** A hash of the bytes on disk; pass it back when saving. */
  revision: string;
  problems: ScenarioProblem[];
}

export interface SavedScenarioFile {
  file: string;
  status: ScenarioFileStatus;
  revision: string;
  problems: ScenarioProblem[];
}

export interface ImportReport {
  /** Files created as drafts, each with its own problems (if any). */
  imported: Array<{ file: string; title: string; problems: ScenarioProblem[] }>;
  /** What could not be brought across, in words a trainer understands (e.g. "passage 'Intro': macro <<set>> ignored"). */
  warnings: string[];
  /** Inputs skipped entirely, with the reason. */
  skipped: Array<{ name: string; reason: string }>;
}

export interface ExportedFile {
  name: string;
  mediaType: string;
  contentBase64: string;
}

export interface AuthoringApiResults {
  getAuthoringSettings: AuthoringSettings;
  setScenariosFolder: AuthoringSettings;
  listScenarioFiles: ScenarioFileInfo[];
  openScenarioFile: OpenedScenarioFile;
  saveScenarioFile: SavedScenarioFile;
  deleteDraft: { file: string };
  importScenarios: ImportReport;
  exportScenarios: ExportedFile;
}
