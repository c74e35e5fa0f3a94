import type { DatabaseProblem } from '@api';

/** What the recovery screen says for each problem, and which ways forward it offers first. */
export interface RecoveryAdvice {
  title: string;
  /** What it means and what to do, in a sentence or two. */
  advice: string;
  /** Offer the backups and a fresh start: the database itself is the problem. */
  offerBackups: boolean;
  /**
   * Offer to open the database although another copy seems to hold it. Never for a lock: the server
   * refuses while the holder runs and takes over a stale lock by itself.
   */
  offerIgnoreLock: boolean;
}

export const RECOVERY_ADVICE: Record<DatabaseProblem, RecoveryAdvice> = {
  locked: {
    title: 'Rapport is already open',
    advice:
      'Another copy of Rapport is using your data, in another window or as the web version. Close the other window ' +
      '(or stop the web version where it was started), then try again. Two copies must never write your data at ' +
      'once, so Rapport waits for the other one to close; a copy that stopped abruptly is noticed by itself.',
    offerBackups: false,
    offerIgnoreLock: false,
  },
  damaged: {
    title: 'Rapport could not open your data',
    advice:
      'Your database could not be read: it may have been damaged by a disk problem or copied only in part. ' +
      'Restore the latest automatic backup, or start with an empty database. Either way, the damaged database ' +
      'is moved aside next to it, never deleted, so it can still be rescued.',
    offerBackups: true,
    offerIgnoreLock: false,
  },
  'newer-version': {
    title: 'Your data was saved by a newer Rapport',
    advice:
      'A newer version of Rapport has upgraded this database. Install that version to keep working with it, ' +
      'or restore a backup taken before the upgrade.',
    offerBackups: true,
    offerIgnoreLock: false,
  },
  unwritable: {
    title: 'Rapport cannot write to its data folder',
    advice:
      'The folder below cannot be written: the disk may be read-only, or your account may not have permission. ' +
      'Fix that, then try again. (The web version can use another folder: start it with RAPPORT_DATA_DIR set.)',
    offerBackups: false,
    offerIgnoreLock: false,
  },
  'disk-full': {
    title: 'The disk is full',
    advice:
      'The disk holding your Rapport data has no space left. Free some space (empty the bin, remove large files), then try again.',
    offerBackups: false,
    offerIgnoreLock: false,
  },
  closed: {
    title: 'Rapport’s data is closed',
    advice: 'Your database was closed, perhaps while a backup was being restored. Try again to open it.',
    offerBackups: true,
    offerIgnoreLock: false,
  },
};
