/**
 * Every chart told in a sentence or two, for screen readers and for anyone who would rather read:
 * the charts themselves are hidden from assistive technology and these captions stand in for them.
 */
import type { ScenarioDistribution, ScoreTrendPoint } from '@api';
import { DIMENSIONS, type Dimension, type Outcome, type Scores } from '../../../../engine/scenario/format';
import { DIMENSION_LABEL, OUTCOME_LABEL } from '../common/labels';
import { plural } from '../common/plural';
import { formatDay, percent } from './review-format';

const BUCKET_WORD = { day: 'Daily', week: 'Weekly', month: 'Monthly' } as const;

function movement(from: number, to: number): string {
  const change = to - from;
  if (change === 0) return `${from} to ${to} (unchanged)`;
  return `${from} to ${to} (${change > 0 ? 'up' : 'down'} ${Math.abs(change)})`;
}

/** "Weekly averages of 240 finished attempts, 3 Mar 2025 to 24 Mar 2025: respect 60 to 65 (up 5), …" */
export function scoreLinesSummary(points: readonly ScoreTrendPoint[], bucket: keyof typeof BUCKET_WORD): string {
  if (points.length === 0) return 'No finished attempts in this period.';
  const attempts = points.reduce((n, p) => n + p.attempts, 0);
  const first = points[0]!;
  const last = points.at(-1)!;
  if (points.length === 1) {
    const scores = DIMENSIONS.map((d) => `${d} ${first.averages[d]}`).join(', ');
    return `${plural(attempts, 'finished attempt')} in the period starting ${formatDay(first.start)}: ${scores}.`;
  }
  const moves = DIMENSIONS.map((d) => `${d} ${movement(first.averages[d], last.averages[d])}`).join(', ');
  const lowest = [...DIMENSIONS].sort((a, b) => last.averages[a] - last.averages[b])[0]!;
  return (
    `${BUCKET_WORD[bucket]} averages of ${plural(attempts, 'finished attempt')}, ${formatDay(first.start)} to ${formatDay(last.start)}: ` +
    `${moves}. Lowest in the latest period: ${lowest}.`
  );
}

/** Which scenarios have the most weak and the most strong results on one dimension. */
export function distributionSummary(scenarios: readonly ScenarioDistribution[], dimension: Dimension): string {
  if (scenarios.length === 0) return 'No finished attempts to show.';
  const share = (s: ScenarioDistribution, band: 'weak' | 'strong') => s.bands[dimension][band] / Math.max(1, s.finishedAttempts);
  const weakest = [...scenarios].sort((a, b) => share(b, 'weak') - share(a, 'weak'))[0]!;
  const strongest = [...scenarios].sort((a, b) => share(b, 'strong') - share(a, 'strong'))[0]!;
  const name = DIMENSION_LABEL[dimension];
  return (
    `${name} across ${plural(scenarios.length, 'scenario')}. Most weak results (below 40): ${weakest.scenarioTitle}, ` +
    `${percent(weakest.bands[dimension].weak, weakest.finishedAttempts)} of ${plural(weakest.finishedAttempts, 'finished attempt')}. ` +
    `Most strong results (70 or more): ${strongest.scenarioTitle}, ${percent(strongest.bands[dimension].strong, strongest.finishedAttempts)}.`
  );
}

/** The trainee against the team, dimension by dimension, and where the gap is widest. */
export function skillsSummary(traineeName: string, mine: Scores | null, team: Scores | null): string {
  if (!mine) return `${traineeName} has no finished attempts under this filter yet.`;
  const parts = DIMENSIONS.map((d) => `${d} ${mine[d]}${team ? ` (team ${team[d]})` : ''}`).join(', ');
  if (!team) return `${traineeName}: ${parts}.`;
  const gaps = DIMENSIONS.map((d) => ({ d, gap: mine[d] - team[d] })).sort((a, b) => a.gap - b.gap);
  const widest = gaps[0]!;
  const verdict =
    widest.gap < 0
      ? `Furthest below the team: ${widest.d}, by ${plural(Math.abs(widest.gap), 'point')}.`
      : `At or above the team average on every dimension.`;
  return `${traineeName}: ${parts}. ${verdict}`;
}

export function outcomeSummary(outcomes: ReadonlyArray<{ outcome: Outcome; count: number }>, unfinished: number): string {
  const finished = outcomes.reduce((n, o) => n + o.count, 0);
  if (finished === 0)
    return unfinished > 0 ? `No finished attempts; ${plural(unfinished, 'attempt')} unfinished.` : 'No attempts yet.';
  const parts = outcomes
    .filter((o) => o.count > 0)
    .map((o) => `${OUTCOME_LABEL[o.outcome].toLowerCase()} ${percent(o.count, finished)} (${o.count})`);
  return `Of ${plural(finished, 'finished attempt')}: ${parts.join(', ')}.${unfinished > 0 ? ` ${plural(unfinished, 'more attempt')} unfinished.` : ''}`;
}

/** The 10-point bands where most finished attempts fall. */
export function histogramSummary(bins: readonly number[], dimension: Dimension): string {
  const total = bins.reduce((a, b) => a + b, 0);
  if (total === 0) return 'No finished attempts yet.';
  const peak = bins.indexOf(Math.max(...bins));
  const below40 = bins.slice(0, 4).reduce((a, b) => a + b, 0);
  const range = peak === 9 ? '90 to 100' : `${peak * 10} to ${peak * 10 + 9}`;
  return `${DIMENSION_LABEL[dimension]} of ${plural(total, 'finished attempt')}: most between ${range}; ${percent(below40, total)} below 40.`;
}
