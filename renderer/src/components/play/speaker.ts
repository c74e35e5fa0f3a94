import type { ConversationMessage } from './conversation-messages';

/** Props every channel layout receives. */
export interface TranscriptProps {
  messages: ConversationMessage[];
  customerName: string;
  scenarioTitle: string;
}

export function speakerName(message: ConversationMessage, customerName: string): string {
  return message.speaker === 'customer' ? customerName : 'You';
}

export function firstName(name: string): string {
  return name.split(' ')[0] ?? name;
}
