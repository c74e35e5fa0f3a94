/**
 * What went wrong with Rapport's storage, told apart so each case gets its own way forward: a full
 * disk wants space freed, a read-only folder another folder, a lock the other copy closed, a damaged
 * database a backup. Errors arrive from Node (`ENOSPC`), from PGlite's Postgres (SQLSTATE `53100`)
 * or from our own checks, so they are recognised by code and by message.
 */
import { ApiError, type DatabaseProblem } from '@api';
import { DataFolderLocked } from './data-folder-lock';

/** Every message and code in an error and its causes, for matching. */
function signatureOf(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    parts.push(String(code ?? ''), String(message ?? e));
  }
  return parts.join(' ');
}

const DISK_FULL = /\bENOSPC\b|\b53100\b|No space left on device|disk (is )?full/i;
const UNWRITABLE =
  /\bEROFS\b|\bEACCES\b|\bEPERM\b|read-only file system|permission denied|cannot create the (database|data) folder/i;
const NEWER_VERSION = /previously executed migration .* is missing/i;

/** The kind of storage failure behind `error`; `damaged` when it is none of the recognisable ones. */
export function problemOf(error: unknown): DatabaseProblem {
  if (error instanceof DataFolderLocked) return 'locked';
  const signature = signatureOf(error);
  if (DISK_FULL.test(signature)) return 'disk-full';
  if (NEWER_VERSION.test(signature)) return 'newer-version';
  if (UNWRITABLE.test(signature)) return 'unwritable';
  return 'damaged';
}

/**
 * The error a failed write becomes on its way to the user: a full disk or an unwritable data folder
 * is said plainly, with what to do; anything else is passed on unchanged for the dispatcher.
 */
export function asStorageApiError(error: unknown, dataFolder: string): unknown {
  if (error instanceof ApiError) return error;
  const signature = signatureOf(error);
  if (DISK_FULL.test(signature)) {
    return new ApiError(
      'unavailable',
      `the disk holding Rapport's data (${dataFolder}) is full, so this was not saved. Free some space, then try again.`,
    );
  }
  if (/\bEROFS\b|\bEACCES\b|\bEPERM\b|read-only file system/i.test(signature)) {
    return new ApiError(
      'unavailable',
      `Rapport cannot write to its data folder ${dataFolder} (${(error as Error).message}). ` +
        'Check that the disk is not read-only and that you may write to the folder, then try again.',
    );
  }
  return error;
}
