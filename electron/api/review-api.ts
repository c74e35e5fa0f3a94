/**
 * The manager's part of the Api: the team dashboard, trainee and scenario reports, exports and
 * imports of attempts. Part of the one Api declaration composed in ../api.ts.
 */

export const reviewApiArgs = {} as const;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as review methods are added
export interface ReviewApiResults {}
