/**
 * The Api between the renderer and the services, declared once.
 *
 * Every method has a zod validator for its argument (checked on the receiving side: IPC in the
 * desktop shell, HTTP in the web shell) and a result type. The declaration is split by area
 * (trainee, authoring, review, system) in this folder, and composed here. The preload bridge, the IPC
 * handlers, the HTTP routes and the renderer's client all derive from this file, so adding a method
 * means adding it to its area's declaration and to the services, nothing else.
 *
 * The folder is the contract every side imports as `@api` (`@api/<file>` for one part), so it stays
 * pure like engine/: no Node, no DOM, no Electron, nothing from electron/ or renderer/ (lint checks).
 */
import type { z } from 'zod';
import { authoringApiArgs, type AuthoringApiResults } from './authoring-api';
import { reviewApiArgs, type ReviewApiResults } from './review-api';
import { systemApiArgs, type SystemApiResults } from './system-api';
import { traineeApiArgs, type TraineeApiResults } from './trainee-api';

export * from './authoring-api';
export * from './review-api';
export * from './scenario-limits';
export * from './system-api';
export * from './trainee-api';

/** Argument validators, one per Api method. */
export const apiArgs = { ...traineeApiArgs, ...authoringApiArgs, ...reviewApiArgs, ...systemApiArgs } as const;

export type ApiMethod = keyof typeof apiArgs;
export type ApiArgs = { [K in ApiMethod]: z.input<(typeof apiArgs)[K]> };

export interface ApiResults extends TraineeApiResults, AuthoringApiResults, ReviewApiResults, SystemApiResults {}

/** The Api as the renderer calls it and the services implement it. */
export type Api = { [K in ApiMethod]: (args: ApiArgs[K]) => Promise<ApiResults[K]> };

/**
 * `unauthenticated`: the web shell did not recognise the page's token, as after a restart (each
 * start makes a new one). Trying again cannot help; opening the newly printed address does.
 */
export type ApiErrorCode = 'invalid-argument' | 'not-found' | 'conflict' | 'unavailable' | 'unauthenticated' | 'internal';

/** How a failed call crosses the process boundary: a code the UI can act on and a readable message. */
export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
}

export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** An error a service raises on purpose; its code and message reach the user unchanged. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const API_METHODS = Object.keys(apiArgs) as ApiMethod[];
