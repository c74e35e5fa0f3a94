/**
 * The rolling backup of the database: one gzipped tarball a day in `<dataDir>/backups/`, named by
 * its day, the seven newest kept. Each is written to a temporary file, flushed and renamed, so a
 * backup interrupted by a crash or a full disk never replaces a good one with half a file.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { BackupInfo } from '@api';

/** Backups kept: the last seven days on which Rapport ran. */
export const BACKUPS_KEPT = 7;

const NAME = /^rapport-db-(\d{4}-\d{2}-\d{2})\.tar\.gz$/;

export function backupsFolderOf(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** The UTC day of `at` as YYYY-MM-DD: backups are named by it. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function backupNameFor(day: string): string {
  return `rapport-db-${day}.tar.gz`;
}

/** The backups in the folder, newest first; an absent folder has none. */
export async function listBackups(folder: string): Promise<BackupInfo[]> {
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const backups: BackupInfo[] = [];
  for (const name of names) {
    const day = NAME.exec(name)?.[1];
    if (!day) continue;
    const info = await stat(path.join(folder, name)).catch(() => null);
    if (info?.isFile()) backups.push({ name, day, createdAt: info.mtime.toISOString(), sizeBytes: info.size });
  }
  return backups.sort((a, b) => b.day.localeCompare(a.day));
}

/**
 * Takes today's backup unless there is one already, then prunes to the newest BACKUPS_KEPT.
 * Returns the backup written, or null when today's existed.
 */
export async function takeDailyBackup(folder: string, dump: () => Promise<Blob>, now: Date): Promise<BackupInfo | null> {
  const day = dayOf(now);
  const existing = await listBackups(folder);
  if (existing.some((b) => b.day === day)) return null;
  await mkdir(folder, { recursive: true });
  const bytes = Buffer.from(await (await dump()).arrayBuffer());
  const name = backupNameFor(day);
  await writeFileAtomic(path.join(folder, name), bytes, { fsync: true });
  await pruneBackups(folder);
  return (await listBackups(folder)).find((b) => b.name === name) ?? null;
}

/** Removes all but the newest BACKUPS_KEPT backups; files that are not backups are left alone. */
export async function pruneBackups(folder: string): Promise<void> {
  const backups = await listBackups(folder);
  for (const old of backups.slice(BACKUPS_KEPT)) await rm(path.join(folder, old.name), { force: true });
}

/** A backup's contents, for restoring; refuses names that are not listed backups. */
export async function readBackup(folder: string, name: string): Promise<Blob> {
  if (!NAME.test(name)) throw new Error(`"${name}" is not the name of a Rapport backup`);
  return new Blob([await readFile(path.join(folder, name))]);
}
