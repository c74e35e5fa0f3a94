/**
 * Throw-away folders for service tests: each test file gets its own data folder under the system's
 * temp directory, and a scenarios folder holding copies of the fixtures it may edit freely.
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_SCENARIOS = fileURLToPath(new URL('../fixtures/scenarios/', import.meta.url));
export const BUNDLED_SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** A new empty folder; remove it with `removeFolder` in afterAll. */
export function makeTempFolder(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'rapport-services-'));
}

export function removeFolder(folder: string): Promise<void> {
  return rm(folder, { recursive: true, force: true });
}

/**
 * A scenarios folder inside `root` with copies of the fixture "late-parcel" and the bundled
 * "double-charged-broadband", so tests can edit or delete files without touching the originals.
 */
export async function makeScenariosFolder(root: string): Promise<string> {
  const folder = path.join(root, 'scenarios');
  await mkdir(folder, { recursive: true });
  await copyFile(path.join(FIXTURE_SCENARIOS, 'late-parcel.json'), path.join(folder, 'late-parcel.json'));
  await copyFile(
    path.join(BUNDLED_SCENARIOS, 'double-charged-broadband.json'),
    path.join(folder, 'double-charged-broadband.json'),
  );
  return folder;
}
