/** Ranks with ties given their average rank, as Spearman's rho requires. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = rank;
    i = j + 1;
  }
  return ranks;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rank correlation between predictions and ratings (ties averaged). */
export function spearman(predicted: readonly number[], rated: readonly number[]): number {
  return pearson(averageRanks(predicted), averageRanks(rated));
}

/**
 * Within-group pairwise ordering accuracy: over every pair of items in the same group whose ratings
 * differ, the share the predictions order the same way (a tied prediction counts as half right).
 */
export function pairwiseAccuracy(items: ReadonlyArray<{ group: string; predicted: number; rated: number }>): number {
  const groups = new Map<string, Array<{ predicted: number; rated: number }>>();
  for (const item of items) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  let pairs = 0;
  let right = 0;
  for (const members of groups.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!;
        const b = members[j]!;
        if (a.rated === b.rated) continue;
        pairs++;
        const agree = Math.sign(a.predicted - b.predicted) * Math.sign(a.rated - b.rated);
        right += agree > 0 ? 1 : agree === 0 ? 0.5 : 0;
      }
    }
  }
  return pairs === 0 ? 0 : right / pairs;
}
