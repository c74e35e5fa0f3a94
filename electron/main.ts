/**
 * The desktop shell: Electron's main process. One sandboxed, context-isolated window loads the built
 * renderer from disk; the Api is served over IPC with every argument validated here. Navigation,
 * new windows and permission requests are refused, so scenario content can never load remote code.
 */
import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createApiDispatcher } from './api-dispatch';
import { API_CHANNEL } from './ipc-channel';
import { createRapportServices } from './services/rapport-services';
import { CONTENT_SECURITY_POLICY } from './web-server';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, '..', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 1024,
    minHeight: 700,
    title: 'Rapport',
    backgroundColor: '#f6f7f9',
    show: false,
    webPreferences: {
      preload: path.join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndex);
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  if (app.isPackaged) Menu.setApplicationMenu(null);

  const scenariosDir = app.isPackaged ? path.join(process.resourcesPath, 'scenarios') : path.join(app.getAppPath(), 'scenarios');
  const services = await createRapportServices({ dataDir: app.getPath('userData'), scenariosDir });
  const dispatch = createApiDispatcher(services.api);
  ipcMain.handle(API_CHANNEL, (event, method: unknown, args: unknown) => {
    // Only our own page may call the Api, never a frame that somehow loaded other content.
    if (!event.senderFrame?.url.startsWith(rendererUrl)) {
      return { ok: false, error: { code: 'unavailable', message: 'Api calls are only accepted from Rapport’s own window' } };
    }
    return dispatch(typeof method === 'string' ? method : '', args);
  });

  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => {
    void services.close();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
  });
}

start().catch((error: unknown) => {
  console.error(`rapport: cannot start: ${(error as Error).stack ?? String(error)}`);
  app.exit(1);
});
