/**
 * Recharts 3 sorts legend and tooltip entries alphabetically unless told otherwise, which put
 * "Empathy, Helpfulness, Respect" and "Fair, Strong, Weak" on the charts while every table and
 * score strip reads respect, helpfulness, empathy and weak, fair, strong. Charts pass these so their
 * entries keep the order the series are drawn in.
 */
export const LEGEND_AS_DRAWN = null;

/** A tooltip sorter that lists entries in the order of `keys` (the series' data keys). */
export function tooltipInOrder(keys: readonly string[]): (item: { dataKey?: unknown }) => number {
  return (item) => keys.indexOf(String(item.dataKey));
}
