import { useEffect, useRef } from 'react';
import type { PlayedTurn } from '../../../../engine/play/types';
import type { Outcome } from '../../../../engine/scenario/format';
import { OutcomeBadge } from '../scores/outcome-badge';
import { LastReplyScores } from './last-reply-scores';

/** The customer has had their last word: say how it ended and lead to the scorecard. */
export function ConversationEnded({
  outcome,
  lastTurn,
  onScorecard,
}: {
  outcome: Outcome;
  lastTurn?: PlayedTurn;
  onScorecard: () => void;
}) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <section className="conversation-ended" aria-labelledby="conversation-ended-title">
      {lastTurn && <LastReplyScores turn={lastTurn} scorecardAhead={false} />}
      <h2 id="conversation-ended-title" className="conversation-ended__title">
        The conversation has ended <OutcomeBadge outcome={outcome} />
      </h2>
      <p>Your scorecard shows how each reply landed, with a model reply for every turn.</p>
      <button ref={button} type="button" className="button button--primary" onClick={onScorecard}>
        See your scorecard
      </button>
    </section>
  );
}
