/**
 * Reads the files inside a zip a trainer imports, refusing what could hurt: entries whose path
 * points outside the archive's folder ("zip slip": `../`, absolute paths, drive letters), and
 * archives that would inflate past the size limits (zip bombs). Sizes are read from the central
 * directory and checked before anything is inflated; each entry is then inflated a small chunk at
 * a time, stopping as soon as it yields more than it declared (a zip that lies about its sizes),
 * and yielding to the event loop between chunks so other requests keep being answered.
 */
import { Inflate } from 'fflate';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { MAX_IMPORT_BYTES, MAX_SCENARIO_BYTES, sizeText } from '../scenario-files';

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 500,
  maxEntryBytes: MAX_SCENARIO_BYTES,
  maxTotalBytes: MAX_IMPORT_BYTES,
};

export interface ZipContents {
  /** Safe entries with their bytes, in archive order; `name` is the path inside the zip. */
  files: Array<{ name: string; bytes: Uint8Array }>;
  skipped: Array<{ name: string; reason: string }>;
}

/** One file as the zip's central directory describes it. */
interface ZipEntry {
  name: string;
  compression: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

/** Compressed bytes fed to the inflater at once: each feed yields at most ~1000 times as much. */
const CHUNK_BYTES = 16 * 1024;

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

/** The central directory's entries, or throws when the bytes are not a zip Rapport can read. */
function centralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error('no zip directory was found at its end');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new Error('it is a ZIP64 archive, which Rapport does not read');
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new Error('its directory is damaged');
    const nameLength = view.getUint16(at + 28, true);
    const skipAfterName = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      compression: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + skipAfterName;
  }
  return entries;
}

/** The entry's compressed bytes, found through its local header. */
function compressedBytesOf(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new Error('its data is missing');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new Error('its data is cut short');
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflates one entry a chunk at a time; null when it yields more than it declared. */
async function inflateWithin(compressed: Uint8Array, declaredSize: number): Promise<Uint8Array | null> {
  const out = new Uint8Array(declaredSize);
  let written = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow || written + chunk.length > declaredSize) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  for (let at = 0; at < compressed.length && !overflow; at += CHUNK_BYTES) {
    inflater.push(compressed.subarray(at, at + CHUNK_BYTES), at + CHUNK_BYTES >= compressed.length);
    await nextTurn();
  }
  if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
  return overflow || written !== declaredSize ? null : out;
}

/** Why an entry is refused before it is inflated, or null to read it. */
function refusalOf(entry: ZipEntry, accepted: number, total: number, limits: ZipLimits): string | null {
  const unsafe = unsafePathReason(entry.name);
  if (unsafe) return `${unsafe}; skipped`;
  if (accepted >= limits.maxEntries) return `the zip holds more than ${limits.maxEntries} files; the rest were skipped`;
  if (entry.size > limits.maxEntryBytes) {
    return `it is ${sizeText(entry.size)} unpacked; scenario files are limited to ${sizeText(limits.maxEntryBytes)}`;
  }
  if (total + entry.size > limits.maxTotalBytes) {
    return `the zip unpacks to more than ${sizeText(limits.maxTotalBytes)}, the limit for one import; this file was skipped`;
  }
  if (entry.encrypted) return 'it is encrypted; zip it again without a password';
  if (entry.compression !== 0 && entry.compression !== 8)
    return 'it is compressed in a way Rapport cannot read (use standard zip)';
  // Deflate never makes data more than slightly larger, so more compressed bytes than that is a lie.
  if (entry.compressedSize > entry.size + 5 * Math.ceil(entry.size / 16_383) + 1024) {
    return 'its sizes in the zip do not add up (the zip is damaged or was made to mislead); skipped';
  }
  return null;
}

/**
 * The entries of a zip archive, or throws when the bytes are not a readable zip. Unsafe and
 * oversized entries are listed in `skipped` with the reason, never inflated.
 */
export async function readZipEntries(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipContents> {
  const contents: ZipContents = { files: [], skipped: [] };
  let total = 0;
  for (const entry of centralDirectory(bytes)) {
    if (isHousekeeping(entry.name)) continue;
    const refusal = refusalOf(entry, contents.files.length, total, limits);
    if (refusal) {
      contents.skipped.push({ name: entry.name, reason: refusal });
      continue;
    }
    const compressed = compressedBytesOf(bytes, entry);
    const inflated = entry.compression === 0 ? compressed.slice() : await inflateWithin(compressed, entry.size);
    if (!inflated || inflated.length !== entry.size) {
      contents.skipped.push({ name: entry.name, reason: 'it unpacks to a different size than the zip says; skipped' });
      continue;
    }
    total += entry.size;
    contents.files.push({ name: entry.name, bytes: inflated });
  }
  return contents;
}
