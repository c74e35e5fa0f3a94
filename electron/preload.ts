/**
 * Runs in the sandboxed renderer before the page: exposes one function, `window.rapport.invoke`,
 * that forwards an Api call to the main process. Nothing else from Node or Electron reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL } from './ipc-channel';

contextBridge.exposeInMainWorld('rapport', {
  invoke: (method: string, args: unknown): Promise<unknown> => ipcRenderer.invoke(API_CHANNEL, method, args),
});
