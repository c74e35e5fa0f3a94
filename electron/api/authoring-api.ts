/**
 * The trainer's part of the Api: opening, validating, saving, importing and exporting scenario
 * files. Part of the one Api declaration composed in ../api.ts.
 */

export const authoringApiArgs = {} as const;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as authoring methods are added
export interface AuthoringApiResults {}
