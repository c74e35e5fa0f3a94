// Builds what both shells run: the renderer (Vite) into dist/renderer, and the Electron main
// process, preload and web shell (esbuild) into dist/electron. Skips work that is already up to date
// unless --force is given, so `npm start` stays quick after the first run.
import { build as esbuild } from 'esbuild';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = path.join(root, 'dist', '.build-stamp');
const sources = [
  'engine',
  'api',
  'electron',
  'renderer',
  'scenarios',
  'vite.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const info = statSync(p);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), info.mtimeMs);
}

export async function buildAll({ force = false, quiet = false } = {}) {
  const stamp = existsSync(stampFile) ? statSync(stampFile).mtimeMs : 0;
  const newest = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
  if (!force && stamp > newest) return false;
  const log = quiet ? () => {} : (m) => console.error(m);
  log('rapport: building the app…');
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'error' : 'warn' });
  // esbuild resolves `@api` through the `paths` in tsconfig.json.
  const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', absWorkingDir: root };
  await Promise.all([
    esbuild({
      ...common,
      entryPoints: ['electron/main.ts'],
      outfile: 'dist/electron/main.mjs',
      format: 'esm',
      packages: 'external',
    }),
    esbuild({
      ...common,
      entryPoints: ['electron/web.ts'],
      outfile: 'dist/electron/web.mjs',
      format: 'esm',
      packages: 'external',
    }),
    // A sandboxed preload can only be a single CommonJS file that requires nothing but 'electron'.
    esbuild({
      ...common,
      entryPoints: ['electron/preload.ts'],
      outfile: 'dist/electron/preload.cjs',
      format: 'cjs',
      external: ['electron'],
    }),
  ]);
  writeFileSync(stampFile, new Date().toISOString());
  log('rapport: build done.');
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildAll({ force: process.argv.includes('--force') }).catch((error) => {
    console.error(`rapport: build failed: ${error.message}`);
    process.exit(1);
  });
}
