import { useEffect, useRef } from 'react';
import type { Channel, Scenario } from '../../../../engine/scenario/format';
import { ChatTranscript } from './chat-transcript';
import type { ConversationMessage } from './conversation-messages';
import { CounterDialogue } from './counter-dialogue';
import { EmailThread } from './email-thread';
import { PhoneTranscript } from './phone-transcript';
import { firstName, type TranscriptProps } from './speaker';

const LAYOUT: Record<Channel, (props: TranscriptProps) => React.JSX.Element> = {
  chat: ChatTranscript,
  phone: PhoneTranscript,
  email: EmailThread,
  'face-to-face': CounterDialogue,
};

function title(channel: Channel, name: string, ended: boolean): string {
  switch (channel) {
    case 'phone':
      return ended ? `Call ended with ${name}` : `Call in progress with ${name}`;
    case 'chat':
      return ended ? `Chat with ${name} closed` : `Chat with ${name}`;
    case 'email':
      return `Email conversation with ${name}`;
    case 'face-to-face':
      return `At the counter with ${name}`;
  }
}

function waitingText(channel: Channel, name: string): string {
  const first = firstName(name);
  switch (channel) {
    case 'chat':
      return `${first} is typing…`;
    case 'phone':
      return `${first} is speaking…`;
    case 'email':
      return `Waiting for ${first}'s reply…`;
    case 'face-to-face':
      return `${first} is thinking…`;
  }
}

/**
 * The conversation in its channel's style. The transcript is an ARIA log, so each new line is
 * read out as it arrives, and it scrolls itself to the newest line.
 */
export function Conversation({
  scenario,
  messages,
  waiting,
  ended,
}: {
  scenario: Scenario;
  messages: ConversationMessage[];
  waiting: boolean;
  ended: boolean;
}) {
  const { channel, persona } = scenario;
  const Layout = LAYOUT[channel];
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length, waiting]);

  return (
    <section className={`conversation conversation--${channel}`} aria-labelledby="conversation-title">
      <header className={`conversation__header${ended ? ' is-ended' : ''}`}>
        <span className="conversation__live-dot" aria-hidden="true" />
        <h2 id="conversation-title" className="conversation__title">
          {title(channel, persona.name, ended)}
        </h2>
      </header>
      <div ref={scroller} className="conversation__scroll" role="log" aria-label="Conversation" tabIndex={0}>
        <Layout messages={messages} customerName={persona.name} scenarioTitle={scenario.title} />
        {waiting && (
          <p className="typing-indicator">
            <span className="typing-indicator__dots" aria-hidden="true">
              <span />
              <span />
              <span />
            </span>
            {waitingText(channel, persona.name)}
          </p>
        )}
      </div>
    </section>
  );
}
