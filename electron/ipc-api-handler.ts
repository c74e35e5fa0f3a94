/**
 * The desktop shell's receiving end of the Api: what `ipcMain.handle(API_CHANNEL, …)` runs for each
 * call. It lives apart from main.ts, with no `electron` import, so tests can drive the very function
 * the main process registers.
 */
import type { ApiResponse } from '@api';
import type { ApiDispatcher } from './api-dispatch';

/** The part of Electron's IpcMainInvokeEvent this handler reads. */
export interface IpcApiCall {
  senderFrame?: { url: string } | null;
}

const REFUSED: ApiResponse<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'Api calls are only accepted from Rapport’s own window' },
};

/** True for Rapport's own page, with or without a query or fragment; false for anything else. */
function isRapportPage(url: string | undefined, rendererUrl: string): boolean {
  if (typeof url !== 'string') return false;
  return url === rendererUrl || url.startsWith(`${rendererUrl}#`) || url.startsWith(`${rendererUrl}?`);
}

/**
 * Answers an Api call from the renderer: only frames showing Rapport's own page (`rendererUrl`) may
 * call, never a frame that somehow loaded other content; the method name and argument go through
 * the same dispatcher as the web shell's HTTP routes, which validates them before any service runs.
 * `dispatcherFor` may build one per call (printing needs the window that asked).
 */
export function createIpcApiHandler<Event extends IpcApiCall>(
  dispatcherFor: (event: Event) => ApiDispatcher,
  rendererUrl: string,
) {
  return (event: Event, method: unknown, args: unknown): Promise<ApiResponse<unknown>> => {
    if (!isRapportPage(event.senderFrame?.url, rendererUrl)) return Promise.resolve(REFUSED);
    return dispatcherFor(event)(typeof method === 'string' ? method : '', args);
  };
}
