import { MoodTag } from './mood-tag';
import { speakerName, type TranscriptProps } from './speaker';
import { TurnNote } from './turn-note';

/** Phone: a call transcript with a speaker label on every turn. */
export function PhoneTranscript({ messages, customerName }: TranscriptProps) {
  return (
    <ol className="call">
      {messages.map((m) => (
        <li key={m.key} className={`call__turn call__turn--${m.speaker}${m.pending ? ' is-pending' : ''}`}>
          <TurnNote note={m.note} />
          <p className="call__speaker">
            {speakerName(m, customerName)} <MoodTag mood={m.mood} />
          </p>
          <div className="call__words">
            {m.lines.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}
