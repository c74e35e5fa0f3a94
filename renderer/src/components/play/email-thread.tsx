import { paragraphsOf } from './conversation-messages';
import { MoodTag } from './mood-tag';
import { type TranscriptProps } from './speaker';
import { TurnNote } from './turn-note';

const SUPPORT = 'Customer support';

/** Email: one card per message with From, To and Subject, and the body in paragraphs. */
export function EmailThread({ messages, customerName, scenarioTitle }: TranscriptProps) {
  return (
    <ol className="email-thread">
      {messages.map((m, i) => {
        const fromCustomer = m.speaker === 'customer';
        const paragraphs = fromCustomer ? m.lines : m.lines.flatMap(paragraphsOf);
        return (
          <li key={m.key} className={`email email--${m.speaker}${m.pending ? ' is-pending' : ''}`}>
            <TurnNote note={m.note} />
            <dl className="email__header">
              <div>
                <dt>From</dt>
                <dd>
                  {fromCustomer ? customerName : `You (${SUPPORT})`} <MoodTag mood={m.mood} />
                </dd>
              </div>
              <div>
                <dt>To</dt>
                <dd>{fromCustomer ? SUPPORT : customerName}</dd>
              </div>
              <div>
                <dt>Subject</dt>
                <dd>{i === 0 ? scenarioTitle : `Re: ${scenarioTitle}`}</dd>
              </div>
            </dl>
            <div className="email__body">
              {paragraphs.map((p, j) => (
                <p key={j}>{p}</p>
              ))}
            </div>
            {m.pending && <p className="email__status">Sending…</p>}
          </li>
        );
      })}
    </ol>
  );
}
