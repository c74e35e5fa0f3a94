import type { AttemptDetail } from '@api';
import { scorecard } from '../../../../engine/play/player';
import { EndingSummary } from './ending-summary';
import { OverallScores } from './overall-scores';
import { TurnReview } from './turn-review';

interface Props {
  attempt: AttemptDetail;
  customerName: string;
  /** Offers "Retry from this turn" on every turn when given (the trainee's own scorecard). */
  onRetry?: (turnIndex: number) => void;
  /** Who is named as replying: "You" on the trainee's scorecard, their name for a manager. */
  replier?: string;
  /** A turn to outline, when the reader arrived to look at it. */
  focusTurn?: number;
}

/** The body of a scorecard: how it ended, the overall scores and every turn with its evidence. */
export function AttemptReport({ attempt, customerName, onRetry, replier, focusTurn }: Props) {
  const card = scorecard({ ...attempt.state, turns: attempt.turns });
  return (
    <>
      <EndingSummary attempt={attempt} customerName={customerName} />
      {card.turns.length > 0 ? (
        <OverallScores card={card} />
      ) : (
        <p className="empty-state">No replies were scored in this attempt.</p>
      )}
      {card.turns.length > 0 && (
        <section className="turn-reviews" aria-labelledby="turns-title">
          <h2 id="turns-title">Turn by turn</h2>
          {card.turns.map((turn) => (
            <div key={turn.index} className={turn.index === focusTurn ? 'review-attempt__focus' : undefined}>
              <TurnReview
                turn={turn}
                customerName={customerName}
                canRetry={onRetry !== undefined}
                onRetry={() => onRetry?.(turn.index)}
                {...(replier ? { replier } : {})}
              />
            </div>
          ))}
        </section>
      )}
    </>
  );
}
