import type { ScoringContext } from '../scoring/types';
import type { CustomerTurn, Mood, Persona } from './format';

/**
 * What the scorer is told about a free-text turn, built in one place so the player, the editor's
 * "Test a reply" and the model-reply check all score a reply against the same context.
 *
 * `mood` is the customer's mood as the turn is reached. In play it carries over from earlier turns,
 * so the player passes its own; outside play there is no path, so the turn's authored mood (or,
 * failing that, the persona's starting mood) stands in for it.
 */
export function turnScoringContext(
  turn: CustomerTurn,
  persona: Pick<Persona, 'name' | 'startingMood'> | undefined,
  mood: Mood | undefined = turn.mood ?? persona?.startingMood,
): ScoringContext {
  return {
    customer: turn.lines.join('\n'),
    keyPoints: turn.freeText?.keyPoints,
    avoid: turn.freeText?.avoid,
    mood,
    customerName: persona?.name,
  };
}
