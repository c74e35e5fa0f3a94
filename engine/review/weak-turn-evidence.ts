/**
 * One sentence on why a turn scored low on a dimension, for the trainee page's weakest skills: the
 * scorer's evidence against the reply (or, for a listed reply, its author's feedback), so a
 * manager sees the reason without opening the transcript.
 */
import type { PlayedTurn } from '../play/types';
import type { Dimension } from '../scenario/format';

function item(reason: string, phrase: string | undefined, points: number): string {
  const quoted = phrase ? ` “${phrase}”` : '';
  const sign = points > 0 ? `+${points}` : points < 0 ? `−${Math.abs(points)}` : '±0';
  return `${reason}${quoted} (${sign})`;
}

export function evidenceSummary(turn: PlayedTurn, dimension: Dimension): string {
  const score = Math.round(turn.scores[dimension]);
  if (turn.scoredBy === 'authored') {
    return `A listed reply its author scored ${score} on ${dimension}: ${turn.feedback}`;
  }
  const mine = turn.evidence.filter((e) => e.dimension === dimension);
  const against = mine.filter((e) => e.points < 0);
  if (against.length > 0) return `Cost points: ${against.map((e) => item(e.reason, e.phrase, e.points)).join('; ')}.`;
  const earned = mine.filter((e) => e.points > 0);
  if (earned.length > 0) return `Only earned: ${earned.map((e) => item(e.reason, e.phrase, e.points)).join('; ')}.`;
  return `Nothing in the reply showed ${dimension}.`;
}
