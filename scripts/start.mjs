// `npm start`: the desktop app where Electron's binary is installed and a display is available,
// otherwise the web shell. `npm run web` (--web) always starts the web shell.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildAll } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const relative = readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
    const binary = path.join(dir, 'dist', relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function whyNotDesktop() {
  if (process.argv.includes('--web')) return null;
  if (!electronBinary()) return "Electron's binary is not installed (it could not be downloaded)";
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'there is no display';
  return '';
}

await buildAll();
const reason = whyNotDesktop();
if (reason === '') {
  const child = spawn(electronBinary(), [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (reason) console.error(`rapport: starting the web shell because ${reason}.`);
  await import(pathToFileURL(path.join(root, 'dist', 'electron', 'web.mjs')).href);
}
