import { MoodTag } from './mood-tag';
import { speakerName, type TranscriptProps } from './speaker';
import { TurnNote } from './turn-note';

/** Face to face: a dialogue across the counter, each line under the speaker's name. */
export function CounterDialogue({ messages, customerName }: TranscriptProps) {
  return (
    <ol className="counter">
      {messages.map((m) => (
        <li key={m.key} className={`counter__line counter__line--${m.speaker}${m.pending ? ' is-pending' : ''}`}>
          <TurnNote note={m.note} />
          <p className="counter__speaker">
            {speakerName(m, customerName)} <MoodTag mood={m.mood} />
          </p>
          {m.lines.map((line, i) => (
            <p key={i} className="counter__words">
              {line}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
