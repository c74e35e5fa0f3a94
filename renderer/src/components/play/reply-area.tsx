import { useState } from 'react';
import type { CustomerTurn, Scenario } from '../../../../engine/scenario/format';
import { shownChoices } from '../../../../engine/play/choice-order';
import type { PlayedTurn, Reply } from '../../../../engine/play/types';
import { ChoiceReply } from './choice-reply';
import { FreeTextReply } from './free-text-reply';
import { LastReplyScores } from './last-reply-scores';

/**
 * How the trainee answers this turn: its authored choices (in the attempt's drawn order), a text
 * box, or both, as the author set it up. Mounted afresh for every customer turn (keyed by the caller), which resets the
 * picked choice and moves focus here once the customer has spoken.
 */
export function ReplyArea({
  scenario,
  turn,
  choiceSeed,
  lastTurn,
  busy,
  error,
  onReply,
  scorecardAhead = true,
}: {
  scenario: Scenario;
  turn: CustomerTurn;
  /** The attempt's choice order seed; absent, the choices are shown as authored. */
  choiceSeed?: number;
  lastTurn?: PlayedTurn;
  busy: boolean;
  error: string | null;
  onReply: (reply: Reply, shownText: string) => void;
  /** False in a play-test, which ends without a scorecard. */
  scorecardAhead?: boolean;
}) {
  // Which control sent last, so a failed send hands focus back to that one.
  const [sentWith, setSentWith] = useState<'choice' | 'text'>(turn.choices ? 'choice' : 'text');
  const failed = error !== null;
  return (
    <section className="reply-area" aria-labelledby="reply-area-title">
      <h2 id="reply-area-title" className="visually-hidden">
        Your reply
      </h2>
      {lastTurn && <LastReplyScores turn={lastTurn} scorecardAhead={scorecardAhead} />}
      {error && (
        <p className="notice notice--error reply-area__error" role="alert">
          {error}
        </p>
      )}
      {turn.choices && (
        <ChoiceReply
          choices={shownChoices(turn, choiceSeed)}
          busy={busy}
          autoFocus
          failed={failed && sentWith === 'choice'}
          onSend={(choice) => {
            setSentWith('choice');
            onReply({ kind: 'choice', choiceId: choice.id }, choice.text);
          }}
        />
      )}
      {turn.choices && turn.freeText && <p className="reply-area__or">or write your own</p>}
      {turn.freeText && (
        <FreeTextReply
          prompt={turn.freeText.prompt}
          customerName={scenario.persona.name}
          busy={busy}
          autoFocus={!turn.choices}
          failed={failed && sentWith === 'text'}
          onSend={(text) => {
            setSentWith('text');
            onReply({ kind: 'text', text }, text);
          }}
        />
      )}
    </section>
  );
}
