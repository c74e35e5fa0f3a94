import type { PlayedTurn } from '../../../../engine/play/types';
import { ScoreTrio } from '../scores/score-trio';

/**
 * A quick look at how the last reply scored, while the conversation carries on. The full
 * evidence waits for the scorecard so the trainee is not pulled out of the conversation.
 */
export function LastReplyScores({
  turn,
  scorecardAhead = true,
}: {
  turn: PlayedTurn;
  /** Whether a scorecard is still to come: not once the conversation has ended, nor in a play-test. */
  scorecardAhead?: boolean;
}) {
  const { respect, helpfulness, empathy } = turn.scores;
  return (
    <div className="last-reply-scores">
      <p className="last-reply-scores__title">Your last reply</p>
      <ScoreTrio scores={turn.scores} label="Scores for your last reply" />
      {scorecardAhead && <p className="last-reply-scores__hint">See details on the scorecard when the conversation ends.</p>}
      <p className="visually-hidden" role="status">
        Your reply scored respect {respect}, helpfulness {helpfulness}, empathy {empathy}.
      </p>
    </div>
  );
}
