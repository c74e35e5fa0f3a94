import type { PlayedTurn } from '../../../../../engine/play/types';
import { ScoreTrio } from '../../scores/score-trio';
import { plural } from '../../common/plural';

/** Each reply of the play-test with its scores and where it led, so the author sees every turn's effect. */
export function PlayTestTurns({ turns }: { turns: PlayedTurn[] }) {
  return (
    <section className="play-test-turns" aria-labelledby="play-test-turns-title">
      <h2 id="play-test-turns-title" className="play-test-turns__title">
        Scores per turn
      </h2>
      {turns.length === 0 && <p className="muted">Each reply’s scores appear here.</p>}
      <ol className="play-test-turns__list">
        {turns.map((turn) => {
          const covered = turn.keyPoints.filter((k) => k.covered).length;
          return (
            <li key={turn.index} className="play-test-turns__item">
              <p className="play-test-turns__route">
                <strong>{turn.nodeId}</strong> → {turn.nextNodeId}
              </p>
              <p className="play-test-turns__how">
                {turn.reply.kind === 'choice' ? `Choice ${turn.reply.choiceId}` : 'Typed reply'}
                {turn.scoredBy === 'scorer' &&
                  turn.keyPoints.length > 0 &&
                  ` · ${covered} of ${plural(turn.keyPoints.length, 'key point')}`}
              </p>
              <ScoreTrio scores={turn.scores} label={`Scores for turn ${turn.index + 1}`} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
