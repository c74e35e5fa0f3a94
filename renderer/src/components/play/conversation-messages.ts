import type { AttemptDetail } from '@api';
import type { Mood, Scenario } from '../../../../engine/scenario/format';

/** One thing said in the conversation, ready for any channel's layout. */
export interface ConversationMessage {
  key: string;
  speaker: 'customer' | 'trainee';
  /** Customer lines, or the trainee's reply as one entry. */
  lines: string[];
  /** The customer's mood as they said it. */
  mood?: Mood;
  /** Context the author shows the trainee with this customer turn (what is on their screen). */
  note?: string;
  /** The trainee's reply while it is being recorded and scored. */
  pending?: boolean;
  /** The customer's last words. */
  closing?: boolean;
}

function noteOf(scenario: Scenario, nodeId: string): string | undefined {
  const node = scenario.nodes.find((n) => n.id === nodeId);
  return node?.kind === 'customer' ? node.note : undefined;
}

/** The conversation so far: every played exchange, then where the customer stands now. */
export function conversationMessages(
  // Only the turns and where the conversation stands: the editor's play-test has no attempt record.
  attempt: Pick<AttemptDetail, 'turns' | 'state'>,
  scenario: Scenario,
  pendingReply: string | null,
): ConversationMessage[] {
  const messages: ConversationMessage[] = attempt.turns.flatMap((turn): ConversationMessage[] => [
    {
      key: `c${turn.index}`,
      speaker: 'customer',
      lines: turn.customerLines,
      mood: turn.mood,
      note: noteOf(scenario, turn.nodeId),
    },
    { key: `t${turn.index}`, speaker: 'trainee', lines: [turn.replyText] },
  ]);
  const { state } = attempt;
  if (state.outcome) {
    if (state.closingLine)
      messages.push({ key: 'closing', speaker: 'customer', lines: [state.closingLine], mood: state.mood, closing: true });
  } else {
    const node = scenario.nodes.find((n) => n.id === state.nodeId);
    if (node?.kind === 'customer') {
      messages.push({
        key: `c${attempt.turns.length}`,
        speaker: 'customer',
        lines: node.lines,
        mood: state.mood,
        note: node.note,
      });
    }
  }
  if (pendingReply !== null) messages.push({ key: 'pending', speaker: 'trainee', lines: [pendingReply], pending: true });
  return messages;
}

/** Splits a typed reply into paragraphs at blank lines (email shows them as separate paragraphs). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
