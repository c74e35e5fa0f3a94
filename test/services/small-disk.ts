/**
 * A real, small disk for fault tests: a tmpfs mounted on a temp folder, which fills up (ENOSPC) or
 * turns read-only (EROFS) exactly as a real disk does, so the tests see the errors PGlite and Node
 * really raise rather than imitations. Mounting needs root (or CAP_SYS_ADMIN), which CI's container
 * has; where it is missing, `smallDiskAvailable` is false and the tests that need it say so.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function mount(args: string[]): boolean {
  return spawnSync('mount', args, { stdio: 'ignore' }).status === 0;
}

/** Whether this machine lets the tests mount a tmpfs (checked once, by trying). */
export const smallDiskAvailable: boolean = (() => {
  if (process.platform !== 'linux') return false;
  const probe = path.join(os.tmpdir(), `rapport-mount-probe-${process.pid}`);
  mkdirSync(probe, { recursive: true });
  const ok = mount(['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe]);
  if (ok) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return ok;
})();

export interface SmallDisk {
  folder: string;
  /** Writes ballast files until the disk is full; returns a function that frees the space again. */
  fill(): () => void;
  /** Remounts the disk read-only (writes fail with EROFS), or writable again. */
  setReadOnly(readOnly: boolean): void;
  unmount(): void;
}

/** Mounts a tmpfs of `megabytes` on a new folder under `parent`. */
export function mountSmallDisk(parent: string, megabytes: number): SmallDisk {
  const folder = path.join(parent, `small-disk-${megabytes}m`);
  mkdirSync(folder, { recursive: true });
  if (!mount(['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', folder])) throw new Error(`cannot mount a tmpfs on ${folder}`);
  return {
    folder,
    fill() {
      const ballast: string[] = [];
      for (let size = 1024 * 1024; size >= 512;) {
        const file = path.join(folder, `ballast-${ballast.length}`);
        try {
          writeFileSync(file, Buffer.alloc(size));
          ballast.push(file);
        } catch {
          rmSync(file, { force: true });
          size = Math.floor(size / 2);
        }
      }
      return () => ballast.forEach((file) => rmSync(file, { force: true }));
    },
    setReadOnly(readOnly) {
      if (!mount(['-o', `remount,${readOnly ? 'ro' : 'rw'}`, folder])) throw new Error(`cannot remount ${folder}`);
    },
    unmount() {
      spawnSync('umount', ['-l', folder]);
    },
  };
}
