import type { ApiErrorCode } from '@api';

/** A failed Api call as the renderer sees it: the service's code and its message for the user. */
export class ApiCallError extends Error {
  override name = 'ApiCallError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The sentence to show for anything a call or an action threw. */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}
