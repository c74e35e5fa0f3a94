/**
 * Writes a file so that readers only ever see the old bytes or the new ones, never half a file, even
 * if Rapport or the machine stops mid-write: the bytes go to a temporary file in the same folder, are
 * flushed to disk, and the temporary file is renamed over the target (an atomic replace on every
 * platform Rapport runs on). The folder is flushed too so the rename itself survives a power cut.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** The file-system steps of an atomic write, replaceable so tests can make one fail. */
export interface AtomicWriteSteps {
  /** Creates `file` with `bytes` and flushes it to disk. */
  writeAndFlush(file: string, bytes: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Flushes a folder's entries, so a rename in it is durable. */
  flushFolder(folder: string): Promise<void>;
  remove(file: string): Promise<void>;
}

export const diskSteps: AtomicWriteSteps = {
  async writeAndFlush(file, bytes) {
    const handle = await open(file, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename,
  async flushFolder(folder) {
    // Windows cannot open a folder for flushing; its renames are flushed by the file system itself.
    if (process.platform === 'win32') return;
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  remove: (file) => rm(file, { force: true }),
};

/** Temporary files start with a dot and end in `.tmp`, so scenario listings (`*.json`) never show one. */
export function temporaryNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Replaces `target` with `bytes` atomically; on failure the target is untouched and the temporary file removed. */
export async function writeFileAtomically(target: string, bytes: Uint8Array, steps: AtomicWriteSteps = diskSteps): Promise<void> {
  const temporary = temporaryNameFor(target);
  try {
    await steps.writeAndFlush(temporary, bytes);
    await steps.rename(temporary, target);
  } catch (error) {
    await steps.remove(temporary).catch(() => undefined);
    throw error;
  }
  await steps.flushFolder(path.dirname(target));
}
