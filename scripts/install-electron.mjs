// Electron's own download script is disabled in package.json ("allowScripts") so that `npm install`
// never fails on a machine that cannot reach GitHub. Here we try it ourselves and, if the download is
// impossible, say so in one line and carry on: `npm start` then falls back to the web shell.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function electronDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null; // production install without devDependencies
  }
}

const dir = electronDir();
if (dir && process.env.RAPPORT_SKIP_ELECTRON_DOWNLOAD !== '1') {
  const installed = existsSync(path.join(dir, 'path.txt'));
  if (!installed) {
    const result = spawnSync(process.execPath, [path.join(dir, 'install.js')], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 180_000,
    });
    if (result.status === 0 && existsSync(path.join(dir, 'path.txt'))) {
      console.log('rapport: Electron binary installed; `npm start` opens the desktop app.');
    } else {
      const reason = (result.stderr || result.stdout || String(result.error ?? 'unknown error'))
        .split('\n')
        .map((line) => line.trim())
        .find((line) => /error|ENOTFOUND|EAI_AGAIN|ECONN|timed out|getaddrinfo/i.test(line));
      console.log(
        `rapport: Electron's binary could not be downloaded (${reason ?? 'no network'}); ` +
          '`npm start` will run the web shell instead.',
      );
    }
  }
}
