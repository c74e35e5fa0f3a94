/**
 * A free-text branch's condition in a trainer's words, as the graph labels its arrow and the form
 * summarises it: "empathy < 35", "respect ≥ 60 and empathy ≥ 50", or "otherwise" for the default.
 */
import { DIMENSIONS, type Branch } from '../../../../engine/scenario/format';

/** The branch's `when` as short text; "otherwise" when it has none. */
export function conditionText(when: Branch['when']): string {
  if (!when) return 'otherwise';
  const parts = DIMENSIONS.flatMap((dimension) => {
    const threshold = when[dimension];
    if (!threshold) return [];
    const bounds: string[] = [];
    if (threshold.atLeast !== undefined) bounds.push(`${dimension} ≥ ${threshold.atLeast}`);
    if (threshold.below !== undefined) bounds.push(`${dimension} < ${threshold.below}`);
    return bounds.length > 0 ? bounds : [`${dimension} (no threshold)`];
  });
  return parts.length > 0 ? parts.join(' and ') : 'always';
}
