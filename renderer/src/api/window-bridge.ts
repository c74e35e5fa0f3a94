import type { ApiResponse } from '@api';

/**
 * What the desktop shell's preload script exposes through contextBridge. The renderer is sandboxed
 * and context-isolated, so this one function is its whole view of the main process.
 */
export interface RapportBridge {
  invoke(method: string, args: unknown): Promise<ApiResponse<unknown>>;
}

declare global {
  interface Window {
    /** Present only inside the desktop shell; the web shell is reached over HTTP instead. */
    rapport?: RapportBridge;
  }
}
