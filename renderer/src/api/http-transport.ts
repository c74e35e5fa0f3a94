import type { ApiResponse } from '@api';
import type { Invoke } from './api-over-transport';

function failure(code: 'unavailable' | 'internal', message: string): ApiResponse<never> {
  return { ok: false, error: { code, message } };
}

/** The web shell's transport: `POST /api/<method>` with the arguments as JSON and the session token. */
export function httpTransport(token: string | null): Invoke {
  return async (method, args) => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { 'x-rapport-token': token } : {}) },
        body: JSON.stringify(args),
      });
    } catch (error) {
      return failure('unavailable', `Rapport's server cannot be reached (${(error as Error).message}). Is it still running?`);
    }
    try {
      return (await response.json()) as ApiResponse<unknown>;
    } catch {
      // A proxy or a crashed server may answer with HTML; say what happened rather than a parse error.
      return failure('internal', `${method}: the server answered HTTP ${response.status} without a readable result`);
    }
  };
}
