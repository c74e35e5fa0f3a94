/** The review contract (test/contract/review-contract.ts) held by the renderer tests' in-memory double. */
import { ApiError, reviewApiArgs, type AttemptDetail, type ReviewApiResults } from '@api';
import type { Scenario } from '../../engine/scenario/format';
import { reviewContract, type ReviewSide } from '../contract/review-contract';
import { contractScenarios } from '../contract/review-world';
import { createMemoryReview } from './memory-review';

reviewContract('the renderer’s in-memory double', async (now) => {
  const scenarios = new Map<string, Scenario>(contractScenarios().map((s) => [s.id, s]));
  let clock = now.getTime();
  const { methods } = createMemoryReview({
    attempts: new Map<string, AttemptDetail>(),
    turnTimes: new Map<string, string[]>(),
    scenarios,
    now: () => new Date(clock),
    stamp: () => new Date((clock += 60_000)).toISOString(),
  });
  // Arguments parsed with the Api's own validators, defaults included, as the in-memory Api does.
  const api = Object.fromEntries(
    (Object.keys(methods) as Array<keyof ReviewApiResults>).map((method) => [
      method,
      async (args: unknown) => {
        const parsed = reviewApiArgs[method].safeParse(args ?? {});
        if (!parsed.success) throw new ApiError('invalid-argument', `${method}: ${parsed.error.message}`);
        return (methods[method] as (a: unknown) => Promise<unknown>)(parsed.data);
      },
    ]),
  ) as unknown as ReviewSide;
  return { api, close: async () => undefined };
});
