/**
 * Rapport looking after its own data: whether the database opened (the renderer asks first, and
 * shows a recovery screen rather than a blank window when it did not), the automatic daily backups,
 * and the ways forward when something is wrong: restore a backup, start a fresh database with the
 * damaged one moved aside, or try again once another copy of Rapport has closed. Part of the one
 * Api declaration composed in index.ts.
 */
import { z } from 'zod';

/** A backup's file name as listed by listBackups: nothing else can be restored. */
const backupName = z
  .string()
  .regex(/^rapport-db-\d{4}-\d{2}-\d{2}\.tar\.gz$/, 'a backup name as listed, e.g. "rapport-db-2025-03-01.tar.gz"');

export const systemApiArgs = {
  /** Whether the database is open and, when it is not, what happened, where, and what can be done. */
  getHealth: z.strictObject({}),
  /** The automatic backups of the database (one a day, the last seven days Rapport ran), newest first. */
  listBackups: z.strictObject({}),
  /**
   * Replaces the database with a backup. The database folder in use (damaged or not) is moved aside
   * next to it, never deleted, so nothing is lost if the wrong backup was picked.
   */
  restoreBackup: z.strictObject({ backup: backupName }),
  /** Moves the damaged database folder aside (never deleting it) and starts with an empty database. */
  startFreshDatabase: z.strictObject({}),
  /**
   * Tries to open the database again, e.g. after another copy of Rapport has been closed or disk
   * space freed. A lock left by a copy that is no longer running is taken over; one held by a
   * running copy never is (two copies writing one database lose each other's work), so
   * `ignoreLock` is accepted from older windows but changes nothing.
   */
  reopenDatabase: z.strictObject({ ignoreLock: z.boolean().optional() }),
} as const;

/** Why the database could not be opened, so the screen can offer the way forward that fits. */
export type DatabaseProblem =
  /** Another copy of Rapport (desktop or web shell) has the data folder open. */
  | 'locked'
  /** The files are damaged, incomplete or from an incompatible version. */
  | 'damaged'
  /** A newer Rapport has upgraded the database. */
  | 'newer-version'
  /** The data folder cannot be created or written (permissions, read-only disk). */
  | 'unwritable'
  /** The disk holding the data folder is full. */
  | 'disk-full'
  /** Closed on purpose: Rapport is stopping, or the database is being replaced by a backup. */
  | 'closed';

export type DatabaseHealth =
  { status: 'open'; folder: string } | { status: 'unavailable'; folder: string; problem: DatabaseProblem; message: string };

export interface BackupInfo {
  /** The file name inside the backups folder, e.g. "rapport-db-2025-03-01.tar.gz". */
  name: string;
  /** The day it was taken, YYYY-MM-DD (UTC). */
  day: string;
  /** ISO 8601: when it was written. */
  createdAt: string;
  sizeBytes: number;
}

export interface Health {
  database: DatabaseHealth;
  /** Rapport's data folder: the database, drafts, backups. */
  dataFolder: string;
  backupsFolder: string;
  latestBackup: BackupInfo | null;
  /** The last automatic backup that failed (e.g. the disk was full), in words; null when all is well. */
  backupProblem: string | null;
}

export interface DatabaseRecovery {
  health: Health;
  /** Where the database folder that was replaced now lives; null when there was none. */
  movedAsideTo: string | null;
}

export interface SystemApiResults {
  getHealth: Health;
  listBackups: BackupInfo[];
  restoreBackup: DatabaseRecovery;
  startFreshDatabase: DatabaseRecovery;
  reopenDatabase: Health;
}
