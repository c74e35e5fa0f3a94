/**
 * Which way the customer's mood went after the trainee's last reply, for the mood panel.
 *
 * The mood scale (MOODS) is only roughly ordered, and authors pick each node's mood for how the
 * customer speaks, not as a grade: a customer who hears a rude reply can go from "frustrated" to
 * "upset", a step up the scale. So the trend is read from how the reply landed as well as from the
 * two moods: a reply that scored poorly, or one that ended the conversation escalated or lost, is
 * never shown as making things better.
 */
import { MOODS, type Mood, type Outcome } from '../scenario/format';
import type { PlayedTurn } from './types';

export type MoodTrend = 'better' | 'worse' | 'unchanged';

/** Below this average of the reply's three scores, the reply made things worse whatever the mood says. */
export const POOR_REPLY_AVERAGE = 40;

/** Endings where the conversation was lost: whatever the customer's last mood, the reply made it worse. */
const LOST: ReadonlySet<Outcome> = new Set(['escalated', 'customer-lost']);

/**
 * How the last reply moved the customer: worse after a poor reply or a lost ending; otherwise
 * better or worse as the mood moved along the scale, and unchanged when it did not move.
 * `last.mood` is the mood the customer was in when the trainee replied; `moodAfter` is the mood now.
 */
export function moodTrend(last: Pick<PlayedTurn, 'mood' | 'scores'>, moodAfter: Mood, outcome?: Outcome): MoodTrend {
  const average = (last.scores.respect + last.scores.helpfulness + last.scores.empathy) / 3;
  if ((outcome && LOST.has(outcome)) || average < POOR_REPLY_AVERAGE) return 'worse';
  const moved = MOODS.indexOf(moodAfter) - MOODS.indexOf(last.mood);
  return moved > 0 ? 'better' : moved < 0 ? 'worse' : 'unchanged';
}
