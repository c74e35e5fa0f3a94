/**
 * Reads the files inside a zip a trainer imports, refusing what could hurt: entries whose path
 * points outside the archive's folder ("zip slip": `../`, absolute paths, drive letters), and
 * archives that would inflate past the size limits (zip bombs), checked before anything is inflated.
 */
import { unzipSync } from 'fflate';
import { MAX_SCENARIO_BYTES } from '../scenario-files';

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 1000,
  maxEntryBytes: MAX_SCENARIO_BYTES,
  maxTotalBytes: 200 * 1024 * 1024,
};

export interface ZipContents {
  /** Safe entries with their bytes, in archive order; `name` is the path inside the zip. */
  files: Array<{ name: string; bytes: Uint8Array }>;
  skipped: Array<{ name: string; reason: string }>;
}

/** "2.0 kB", "12.5 MB": sizes as a trainer reads them. */
function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

/** Folders and the metadata macOS adds to zips (`__MACOSX/`, `._name`) are not the trainer's files. */
function isHousekeeping(name: string): boolean {
  const base = name.split('/').at(-1) ?? '';
  return name.endsWith('/') || name.startsWith('__MACOSX/') || base.startsWith('._') || base === '.DS_Store';
}

/** Why an entry's path is unsafe to honour, or null when it stays inside the archive's folder. */
export function unsafePathReason(name: string): string | null {
  if (name.includes('\\')) return 'its path uses backslashes, which could point outside the folder';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'its path is absolute, pointing outside the folder';
  if (name.split('/').some((part) => part === '..')) return 'its path climbs out of the folder with ".."';
  if (name.includes('\0')) return 'its path contains a NUL character';
  return null;
}

/**
 * The entries of a zip archive, or throws when the bytes are not a readable zip. Unsafe and
 * oversized entries are listed in `skipped` with the reason, never inflated.
 */
export function readZipEntries(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipContents {
  const skipped: ZipContents['skipped'] = [];
  let accepted = 0;
  let total = 0;
  const inflated = unzipSync(bytes, {
    filter(entry) {
      if (isHousekeeping(entry.name)) return false;
      const unsafe = unsafePathReason(entry.name);
      const skip = (reason: string) => {
        skipped.push({ name: entry.name, reason });
        return false;
      };
      if (unsafe) return skip(`${unsafe}; skipped`);
      if (accepted >= limits.maxEntries) return skip(`the zip holds more than ${limits.maxEntries} files; the rest were skipped`);
      if (entry.originalSize > limits.maxEntryBytes) {
        return skip(`it is ${sizeText(entry.originalSize)}; files are limited to ${sizeText(limits.maxEntryBytes)}`);
      }
      if (total + entry.originalSize > limits.maxTotalBytes) {
        return skip(`the zip unpacks to more than ${sizeText(limits.maxTotalBytes)}; this file was skipped`);
      }
      if (entry.compression !== 0 && entry.compression !== 8)
        return skip('it is compressed in a way Rapport cannot read (use standard zip)');
      accepted += 1;
      total += entry.originalSize;
      return true;
    },
  });
  return { files: Object.entries(inflated).map(([name, data]) => ({ name, bytes: data })), skipped };
}
