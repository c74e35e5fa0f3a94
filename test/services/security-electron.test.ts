/**
 * `npm run security:electron` (scripts/security-electron.mjs) runs Doyensec's electronegativity over
 * the code that runs in Electron: it must pass on the project as it is, and fail, naming the check
 * and the place, as soon as a setting is weakened or a justification is removed.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const script = path.join(projectRoot, 'scripts', 'security-electron.mjs');

function runScript(root?: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...(root ? [root] : [])], { cwd: projectRoot });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** A copy of what the script scans, with main.ts changed by `edit`. */
async function projectWith(edit: (main: string) => string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'rapport-security-'));
  for (const entry of ['electron', 'renderer/index.html', 'renderer/src', 'package.json']) {
    await cp(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  }
  const main = path.join(root, 'electron', 'main.ts');
  await writeFile(main, edit(await readFile(main, 'utf8')));
  return root;
}

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

describe('security:electron (electronegativity)', () => {
  it('finds nothing unexplained in Rapport as it is', async () => {
    const { code, output } = await runScript();

    expect(output).toMatch(/0 unexplained finding\(s\), 1 accepted in the allowlist, 0 unparsed file\(s\)/);
    expect(code).toBe(0);
  });

  it('fails, naming each check and line, when the window’s isolation is weakened', async () => {
    const root = await projectWith((main) =>
      main.replace('contextIsolation: true', 'contextIsolation: false').replace('webSecurity: true', 'webSecurity: false'),
    );
    roots.push(root);

    const { code, output } = await runScript(root);

    expect(code).toBe(1);
    expect(output).toMatch(/CONTEXT_ISOLATION_JS_CHECK \(HIGH, FIRM\) electron\/main\.ts:\d+:\d+/);
    expect(output).toMatch(/WEB_SECURITY_JS_CHECK .* electron\/main\.ts:\d+:\d+/);
  });

  it('fails when a justification comment is removed: the finding it explained comes back', async () => {
    const root = await projectWith((main) => main.replace(' // eng-disable PRELOAD_JS_CHECK', ''));
    roots.push(root);

    const { code, output } = await runScript(root);

    expect(code).toBe(1);
    expect(output).toMatch(/PRELOAD_JS_CHECK .* electron\/main\.ts:\d+:\d+: Review the use of preload scripts/);
  });

  it('fails when navigation is no longer limited', async () => {
    const root = await projectWith((main) =>
      main
        .replace("contents.on('will-navigate', (event) => event.preventDefault());", '')
        .replace("contents.setWindowOpenHandler(() => ({ action: 'deny' }));", ''),
    );
    roots.push(root);

    const { code, output } = await runScript(root);

    expect(code).toBe(1);
    expect(output).toMatch(/LIMIT_NAVIGATION_GLOBAL_CHECK/);
  });
});

describe('Electron settings as shipped', () => {
  const read = (file: string) => readFile(path.join(projectRoot, file), 'utf8');

  it('sets the Electron fuses in electron-builder: no running as Node, cookie encryption and asar integrity on', async () => {
    const fuses = JSON.parse(await read('package.json')).build.electronFuses;

    expect(fuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    });
  });

  it('opens the window sandboxed and context-isolated, without Node, with web security on and devtools off when packaged', async () => {
    const main = await read('electron/main.ts');
    const preferences = main.slice(main.indexOf('webPreferences: {'), main.indexOf('},', main.indexOf('webPreferences: {')));

    for (const setting of [
      'contextIsolation: true',
      'sandbox: true',
      'nodeIntegration: false',
      'webSecurity: true',
      'allowRunningInsecureContent: false',
      'devTools: !app.isPackaged',
    ]) {
      expect(preferences).toContain(setting);
    }
  });

  it('denies navigation, new windows, webviews and every permission request', async () => {
    const main = await read('electron/main.ts');

    expect(main).toContain("contents.on('will-navigate', (event) => event.preventDefault());");
    expect(main).toContain("contents.setWindowOpenHandler(() => ({ action: 'deny' }));");
    expect(main).toContain("contents.on('will-attach-webview', (event) => event.preventDefault());");
    expect(main).toContain('setPermissionRequestHandler((_wc, _permission, callback) => callback(false))');
    expect(main).toContain('setPermissionCheckHandler(() => false)');
  });

  it('gives the page and the web shell one strict Content-Security-Policy: own scripts only, no eval, no remote content', async () => {
    const { CONTENT_SECURITY_POLICY } = await import('../../electron/web-server');
    const page = await read('renderer/index.html');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1];

    expect(CONTENT_SECURITY_POLICY.startsWith(meta!)).toBe(true);
    for (const policy of [meta!, CONTENT_SECURITY_POLICY]) {
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    }
  });
});
