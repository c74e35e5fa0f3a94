import { MoodTag } from './mood-tag';
import { speakerName, type TranscriptProps } from './speaker';
import { TurnNote } from './turn-note';

/** Chat: message bubbles, the customer's on the left and the trainee's on the right. */
export function ChatTranscript({ messages, customerName }: TranscriptProps) {
  return (
    <ol className="chat">
      {messages.map((m) => (
        <li key={m.key} className={`chat__message chat__message--${m.speaker}${m.pending ? ' is-pending' : ''}`}>
          <TurnNote note={m.note} />
          <p className="chat__sender">
            {speakerName(m, customerName)} <MoodTag mood={m.mood} />
          </p>
          {m.lines.map((line, i) => (
            <p key={i} className="chat__bubble">
              {line}
            </p>
          ))}
          {m.pending && <p className="chat__status">Sending…</p>}
        </li>
      ))}
    </ol>
  );
}
