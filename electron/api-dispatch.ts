import { z } from 'zod';
import { API_METHODS, ApiError, apiArgs, type Api, type ApiMethod, type ApiResponse } from '@api';
import { findUnstorableText } from '@api/text-safety';

function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as string[]).includes(name);
}

/** `$.reply.text: a reply is limited to 100,000 characters` — zod issues in the user's terms. */
function describeInvalidArgument(method: string, error: z.ZodError): string {
  const problems = error.issues.map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
        : issue.message;
    return `${where}${message}`;
  });
  return `${method}: ${problems.join('; ')}`;
}

/**
 * The receiving side of the Api, shared by the IPC handlers and the HTTP routes: it checks the
 * method name and validates the argument before any service sees it, and turns every failure into
 * an error value the renderer can show. Unexpected errors are logged and reported without internals.
 */
export function createApiDispatcher(api: Api, log: (message: string) => void = console.error) {
  return async function dispatch(method: string, rawArgs: unknown): Promise<ApiResponse<unknown>> {
    if (!isApiMethod(method)) {
      return { ok: false, error: { code: 'not-found', message: `unknown Api method "${method}"` } };
    }
    const unstorable = findUnstorableText(rawArgs);
    if (unstorable) {
      const where = unstorable.path === '' ? '' : `${unstorable.path}: `;
      return { ok: false, error: { code: 'invalid-argument', message: `${method}: ${where}${unstorable.reason}` } };
    }
    const parsed = apiArgs[method].safeParse(rawArgs ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-argument', message: describeInvalidArgument(method, parsed.error) } };
    }
    try {
      const call = api[method] as (args: unknown) => Promise<unknown>;
      return { ok: true, value: await call(parsed.data) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
      log(`rapport: ${method} failed: ${(error as Error).stack ?? String(error)}`);
      return { ok: false, error: { code: 'internal', message: `${method} failed: ${(error as Error).message}` } };
    }
  };
}

export type ApiDispatcher = ReturnType<typeof createApiDispatcher>;
