/**
 * Why the customer reacted as they did. The player records which score conditions chose the
 * customer's next line (`branchCauses`); the scorecard words them for people (`reactionSentence`):
 * "Denise’s mood rose from angry to frustrated because your reply did not give enough of what Denise needed
 * (helpfulness 45; 60 needed). It left out “Give a clear time frame for the money”."
 */
import type { Branch, Dimension, Mood, Scores } from '../scenario/format';
import { DIMENSIONS, MOODS } from '../scenario/format';
import type { PlayedTurn, ReactionCause } from './types';

/**
 * The conditions that decided branch `chosen` of `branches` for a reply scoring `scores`: the chosen
 * branch's own conditions, or, for a branch without any (the last), the conditions the earlier
 * branches missed, once per dimension and side.
 */
export function branchCauses(branches: readonly Branch[], chosen: number, scores: Scores): ReactionCause[] {
  const branch = branches[chosen];
  if (branch?.when) return conditionsOf(branch, scores);
  const missed = branches
    .slice(0, chosen)
    .flatMap((b) => conditionsOf(b, scores))
    .filter((c) => !holds(c))
    .map((c) => ({ ...c, met: !c.met }));
  return missed.filter((c, i) => missed.findIndex((o) => o.dimension === c.dimension && o.met === c.met) === i);
}

/** A branch's conditions as causes, `met` meaning the reply is on the side the condition asks for. */
function conditionsOf(branch: Branch, scores: Scores): ReactionCause[] {
  return DIMENSIONS.flatMap((dimension) => {
    const t = branch.when?.[dimension];
    if (!t) return [];
    const score = scores[dimension];
    return [
      ...(t.atLeast === undefined ? [] : [{ dimension, score, needed: t.atLeast, met: true }]),
      ...(t.below === undefined ? [] : [{ dimension, score, needed: t.below, met: false }]),
    ];
  });
}

/** Whether a branch's condition holds: an "atLeast" one at or above its score, a "below" one under it. */
function holds(c: ReactionCause): boolean {
  return c.met ? c.score >= c.needed : c.score < c.needed;
}

const WHAT: Record<Dimension, { met: string; missed: string }> = {
  respect: { met: 'came across as respectful enough', missed: 'did not come across as respectful enough' },
  helpfulness: { met: 'gave enough of what {c} needed', missed: 'did not give enough of what {c} needed' },
  empathy: {
    met: 'showed enough understanding of how {c} felt',
    missed: 'did not show enough understanding of how {c} felt',
  },
};

/**
 * "mood rose from angry to frustrated", "mood fell from frustrated to angry", or "stayed frustrated".
 * The direction is said outright: whether "upset" is better than "frustrated" is the mood scale's
 * call (MOODS, worst to best), and a reader should not have to know it.
 */
function moodChange(customer: string, before: Mood, after: Mood): string {
  if (before === after) return `${customer} stayed ${before}`;
  const direction = MOODS.indexOf(after) > MOODS.indexOf(before) ? 'rose' : 'fell';
  return `${customer}’s mood ${direction} from ${before} to ${after}`;
}

/** For a helpfulness cause, the key points behind it: those covered when it was met, those left out when not. */
function keyPointsNote(turn: PlayedTurn, causes: readonly ReactionCause[]): string {
  const helpfulness = causes.find((c) => c.dimension === 'helpfulness');
  if (!helpfulness) return '';
  const points = turn.keyPoints.filter((k) => k.covered === helpfulness.met).map((k) => `“${k.description}”`);
  if (points.length === 0) return '';
  return ` It ${helpfulness.met ? 'covered' : 'left out'} ${points.join(', ')}.`;
}

/** What stands out in a listed reply's authored scores: its weak side when things got no better, its strong side when they did. */
function choiceNote(turn: PlayedTurn, worse: boolean, better: boolean): string {
  const sorted = [...DIMENSIONS].sort((a, b) => turn.scores[a] - turn.scores[b]);
  const low = sorted[0]!;
  const high = sorted[sorted.length - 1]!;
  if ((worse || !better) && turn.scores[low] < 50) return `, which was low on ${low} (${turn.scores[low]})`;
  if (better && turn.scores[high] >= 80) return `, which was strong on ${high} (${turn.scores[high]})`;
  return '';
}

/**
 * The reaction in people's words, or undefined for a turn played before reactions were recorded.
 * `customer` is how the customer is called (their first name); `replier` is "You" on the trainee's own
 * scorecard, or the trainee's name for a manager.
 */
export function reactionSentence(turn: PlayedTurn, customer: string, replier = 'You'): string | undefined {
  const reaction = turn.reaction;
  if (!reaction) return undefined;
  const reply = replier === 'You' ? 'your reply' : `${replier}’s reply`;
  const opening = moodChange(customer, turn.mood, reaction.moodAfter);
  const before = MOODS.indexOf(turn.mood);
  const after = MOODS.indexOf(reaction.moodAfter);
  if (reaction.decidedBy === 'choice') {
    const chose = replier === 'You' ? 'you chose' : `${replier} chose`;
    return `${opening} after the reply ${chose}${choiceNote(turn, after < before, after > before)}.`;
  }
  if (reaction.causes.length === 0) return `${opening}: this turn goes the same way whatever the reply scores.`;
  const clauses = reaction.causes.map((c, i) => {
    const what = WHAT[c.dimension][c.met ? 'met' : 'missed'].replace('{c}', customer);
    return `${i === 0 ? reply : 'it'} ${what} (${c.dimension} ${c.score}; ${c.needed} needed)`;
  });
  return `${opening} because ${clauses.join(' and ')}.${keyPointsNote(turn, reaction.causes)}`;
}
