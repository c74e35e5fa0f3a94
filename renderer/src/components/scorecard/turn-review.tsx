import { shownPosition } from '../../../../engine/play/choice-order';
import { reactionSentence } from '../../../../engine/play/customer-reaction';
import type { PlayedTurn } from '../../../../engine/play/types';
import { ScoreTrio } from '../scores/score-trio';
import { EvidenceList } from './evidence-list';
import { KeyPointList } from './key-point-list';

/**
 * "You typed your own reply", "Ben Okoro chose option 2 of 3 as shown": how the reply was made, from
 * the reader's side. For a listed reply, where it stood in the order the trainee saw, since that
 * order was drawn for the attempt and is not the order the scenario file lists them in.
 */
function repliedHow(replier: string, turn: PlayedTurn): string {
  if (turn.scoredBy === 'authored') {
    const shown = shownPosition(turn);
    return shown ? `${replier} chose option ${shown.position} of ${shown.of} as shown` : `${replier} chose a listed reply`;
  }
  return replier === 'You' ? 'You typed your own reply' : `${replier} typed their own reply`;
}

/** One exchange on the scorecard: what was said, how the reply scored and why, and a better reply. */
export function TurnReview({
  turn,
  customerName,
  canRetry,
  onRetry,
  replier = 'You',
}: {
  turn: PlayedTurn;
  customerName: string;
  canRetry: boolean;
  onRetry: () => void;
  /** Who replied, as the reader knows them: "You" on the trainee's own scorecard, their name for a manager. */
  replier?: string;
}) {
  const headingId = `turn-${turn.index}-title`;
  // The customer by first name, as the player calls them ("Denise is typing…").
  const customer = customerName.split(' ')[0] ?? customerName;
  const reaction = reactionSentence(turn, customer, replier);
  return (
    <article className="turn-review" aria-labelledby={headingId}>
      <header className="turn-review__header">
        <h3 id={headingId}>Turn {turn.index + 1}</h3>
        <ScoreTrio scores={turn.scores} label={`Scores for turn ${turn.index + 1}`} />
      </header>
      <div className="turn-review__exchange">
        <div className="turn-review__said turn-review__said--customer">
          <p className="turn-review__who">
            {customerName} said <span className="mood-tag">{turn.mood}</span>
          </p>
          {turn.customerLines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
        <div className="turn-review__said turn-review__said--trainee">
          <p className="turn-review__who">{repliedHow(replier, turn)}</p>
          <p className="turn-review__reply">{turn.replyText}</p>
        </div>
      </div>
      {reaction && (
        <section className="turn-review__part turn-review__reaction">
          <h4>Why {customer} reacted this way</h4>
          <p>{reaction}</p>
        </section>
      )}
      {turn.feedback && (
        <section className="turn-review__part">
          <h4>Feedback</h4>
          <p>{turn.feedback}</p>
        </section>
      )}
      {turn.evidence.length > 0 && (
        <section className="turn-review__part">
          <h4>Evidence</h4>
          <EvidenceList evidence={turn.evidence} reply={turn.replyText} />
        </section>
      )}
      {turn.keyPoints.length > 0 && (
        <section className="turn-review__part">
          <h4>Key points</h4>
          <KeyPointList keyPoints={turn.keyPoints} reply={turn.replyText} replier={replier} />
        </section>
      )}
      {turn.suggestions.length > 0 && (
        <section className="turn-review__part">
          <h4>Suggestions</h4>
          <ul className="turn-review__suggestions">
            {turn.suggestions.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      )}
      {turn.modelReply && (
        <section className="turn-review__part turn-review__model">
          <h4>Model reply</h4>
          <p>{turn.modelReply}</p>
        </section>
      )}
      {canRetry && (
        <div className="turn-review__actions">
          <button type="button" className="button button--secondary" aria-describedby={headingId} onClick={onRetry}>
            Retry from this turn
          </button>
        </div>
      )}
    </article>
  );
}
