/**
 * The desktop shell: Electron's main process. One sandboxed, context-isolated window loads the built
 * renderer from disk; the Api is served over IPC with every argument validated here. Navigation,
 * new windows and permission requests are refused, so scenario content can never load remote code.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createApiDispatcher } from './api-dispatch';
import { createIpcApiHandler } from './ipc-api-handler';
import { API_CHANNEL } from './ipc-channel';
import { desktopOnlyApi } from './print-to-pdf';
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
      // Reviewed: the preload exposes one function, window.rapport.invoke, through contextBridge (preload.ts).
      preload: path.join(here, 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      devTools: !app.isPackaged,
      // A middle click must not open links in a new window (new windows are refused anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  // Never a blank window: a renderer that crashed is loaded again.
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error(`rapport: the window's renderer stopped (${details.reason}); reloading it`);
    if (details.reason !== 'clean-exit') void win.loadFile(rendererIndex);
  });
  void win.loadFile(rendererIndex);
  return win;
}

async function start(): Promise<void> {
  // A second launch focuses the running window; both would otherwise share one data folder.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  await app.whenReady();
  // Rapport needs no camera, microphone, notifications, location or anything else: all are refused.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    // The policy is web-server.ts's constant, the same as renderer/index.html's meta tag (checked there).
    const headers = { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }; // eng-disable CSP_GLOBAL_CHECK
    callback({ responseHeaders: headers });
  });
  if (app.isPackaged) Menu.setApplicationMenu(null);

  const scenariosDir = app.isPackaged ? path.join(process.resourcesPath, 'scenarios') : path.join(app.getAppPath(), 'scenarios');
  // Starts even when the database cannot be opened: the window then shows the recovery screen.
  const services = await createRapportServices({ dataDir: app.getPath('userData'), scenariosDir, dailyBackups: true });
  // Printing to PDF needs the window that asked, so each call gets the services plus that window's printer.
  const dispatchFor = (sender: Electron.WebContents) => createApiDispatcher({ ...services.api, ...desktopOnlyApi(sender) });
  // Only our own page may call the Api (ipc-api-handler.ts, tested in test/services/api-arguments.test.ts).
  const handle = createIpcApiHandler((event: Electron.IpcMainInvokeEvent) => dispatchFor(event.sender), rendererUrl);
  ipcMain.handle(API_CHANNEL, handle);

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
    contents.on('will-redirect', (event) => event.preventDefault());
  });
}

start().catch((error: unknown) => {
  console.error(`rapport: cannot start: ${(error as Error).stack ?? String(error)}`);
  // Said in a window too: someone who opened Rapport from a menu never sees the console.
  dialog.showErrorBox('Rapport cannot start', `${(error as Error).message}\n\nPlease report this problem: see SECURITY.md.`);
  app.exit(1);
});
