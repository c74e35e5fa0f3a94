import { API_METHODS, type Api, type ApiMethod, type ApiResponse } from '@api';
import { ApiCallError } from './api-call-error';

/** Sends one call over a transport (IPC or HTTP) and hands back the service's response envelope. */
export type Invoke = (method: ApiMethod, args: unknown) => Promise<ApiResponse<unknown>>;

/**
 * Builds the typed Api from one untyped transport: every method of the declaration becomes a
 * function that unwraps the envelope and throws an ApiCallError the UI can show. A call the server
 * refused for its token (`unauthenticated`) is also told to `onUnauthenticated`, once per call, so
 * the whole app can say what to do instead of each screen offering a "Try again" that cannot work.
 */
export function apiOverTransport(invoke: Invoke, onUnauthenticated?: () => void): Api {
  const entries = API_METHODS.map((method) => {
    const call = async (args: unknown) => {
      const response = await invoke(method, args ?? {});
      if (!response.ok && response.error.code === 'unauthenticated') onUnauthenticated?.();
      if (!response.ok) throw new ApiCallError(response.error.code, response.error.message);
      return response.value;
    };
    return [method, call] as const;
  });
  return Object.fromEntries(entries) as unknown as Api;
}
