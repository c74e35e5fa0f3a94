/**
 * What the manager's filter covers: attempts started in [from, to), at the named scenario, or at
 * scenarios of the named industry and kind of call as the library describes them (a scenario no
 * longer in the library has no industry or channel, so those filters leave it out).
 */
import type { Channel, Industry } from '../scenario/format';

/** The parts of the Api's ReviewFilter these rules read. */
export interface FilterRule {
  from?: string;
  to?: string;
  scenarioId?: string;
  industry?: Industry;
  channel?: Channel;
}

/** Whether an attempt started at `startedAt` (ISO 8601) falls in the filter's dates. */
export function startedWithin(startedAt: string, filter: Pick<FilterRule, 'from' | 'to'>): boolean {
  const at = Date.parse(startedAt);
  if (filter.from !== undefined && at < Date.parse(filter.from)) return false;
  if (filter.to !== undefined && at >= Date.parse(filter.to)) return false;
  return true;
}

/** Whether a library scenario is of the filter's industry and kind of call (either may be unset). */
export function isOfKind(
  scenario: { industry: Industry; channel: Channel },
  filter: Pick<FilterRule, 'industry' | 'channel'>,
): boolean {
  return (
    (filter.industry === undefined || scenario.industry === filter.industry) &&
    (filter.channel === undefined || scenario.channel === filter.channel)
  );
}

/** Whether the filter names an industry or kind of call (and so needs the library to answer). */
export function filtersByKind(filter: Pick<FilterRule, 'industry' | 'channel'>): boolean {
  return filter.industry !== undefined || filter.channel !== undefined;
}
