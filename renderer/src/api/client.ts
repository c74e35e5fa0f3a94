import type { Api, ApiMethod } from '@api';
import { apiOverTransport, type Invoke } from './api-over-transport';
import { httpTransport } from './http-transport';
import { useSessionStore } from '../stores/session-store';
import { sessionToken } from './session-token';
import './window-bridge';

export { ApiCallError } from './api-call-error';

/** IPC through the preload bridge inside the desktop shell, HTTP to the web shell everywhere else. */
function pickTransport(): Invoke {
  const bridge = window.rapport;
  if (bridge) return (method: ApiMethod, args: unknown) => bridge.invoke(method, args);
  return httpTransport(sessionToken());
}

/** The app's Api. Components reach it through ApiProvider so tests can hand in their own. */
export const api: Api = apiOverTransport(pickTransport(), () => useSessionStore.getState().expire());
