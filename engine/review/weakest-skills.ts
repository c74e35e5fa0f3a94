/**
 * The trainee page's weakest skills: all three dimensions, weakest average first (a dimension with
 * no average last), each shown with the turns where the trainee's replies average lowest.
 */
import { DIMENSIONS, type Dimension } from '../scenario/format';

/** Points in scenarios shown per dimension. */
export const WEAK_SPOTS = 3;

/** Orders skills weakest first; equal averages keep the usual dimension order. */
export function weakestFirst(
  a: { dimension: Dimension; average: number | null },
  b: { dimension: Dimension; average: number | null },
): number {
  return (a.average ?? 101) - (b.average ?? 101) || DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension);
}

/** A point in a scenario where the trainee replied, with their raw (unrounded) average there. */
export interface WeakSpot {
  scenarioId: string;
  nodeId: string;
  replies: number;
  average: number;
}

/** Lowest average first; then the point answered more often; then by scenario and turn id, for a stable order. */
export function weakestSpotFirst(a: WeakSpot, b: WeakSpot): number {
  return a.average - b.average || b.replies - a.replies || byText(a.scenarioId, b.scenarioId) || byText(a.nodeId, b.nodeId);
}

/** At one point, the reply to show: the lowest score, then the latest played, then the greater attempt id. */
export function worstReplyFirst(
  a: { score: number; startedAt: string; attemptId: string },
  b: { score: number; startedAt: string; attemptId: string },
): number {
  return a.score - b.score || byText(b.startedAt, a.startedAt) || byText(b.attemptId, a.attemptId);
}

/** Code-point order, as the database compares ids. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
