import type { ReviewThresholds, WeakSkill, WeakTurn } from '@api';
import { DIMENSION_LABEL } from '../common/labels';
import { DIMENSIONS } from '../../../../engine/scenario/format';
import { scoreBand } from '../scores/score-band';
import { formatDate } from './review-format';
import { turnsShowingWeakness, weakTurnThreshold } from './weak-turns';
import { plural } from '../common/plural';

function WeakTurnCard({ turn, dimension, onOpen }: { turn: WeakTurn; dimension: WeakSkill['dimension']; onOpen: () => void }) {
  return (
    <li className="weak-turn">
      <div className="weak-turn__where">
        <strong>{turn.scenarioTitle}</strong>
        <span>
          Turn {turn.turnIndex + 1} <span className="muted">· {turn.nodeId}</span>
        </span>
        <span className="weak-turn__pattern">
          {DIMENSION_LABEL[dimension].toLowerCase()} averages {turn.averageHere} over{' '}
          {plural(turn.repliesHere, 'reply', 'replies')} here
        </span>
      </div>
      <blockquote className="weak-turn__customer">
        <p>{turn.customerLine}</p>
      </blockquote>
      <p className="weak-turn__reply">
        <span className="weak-turn__who">
          Reply ({turn.scoredBy === 'authored' ? 'a listed reply' : 'typed'}, {formatDate(turn.playedAt)}):
        </span>{' '}
        <q>{turn.replyText}</q>
      </p>
      <p className="weak-turn__scores">
        {DIMENSIONS.map((d) => (
          <span key={d}>
            {DIMENSION_LABEL[d]} <span className={`score-chip score-chip--${scoreBand(turn.scores[d])}`}>{turn.scores[d]}</span>
          </span>
        ))}
      </p>
      <p className="weak-turn__evidence">{turn.evidenceSummary}</p>
      <button type="button" className="button button--quiet no-print" onClick={onOpen}>
        Open the transcript at this turn
      </button>
    </li>
  );
}

/**
 * The trainee's dimensions from weakest to strongest, each with the points in scenarios where it
 * is lowest and the reply that shows it, so a manager can see the why behind the number. Only
 * replies below the skill's threshold are shown: a turn that scored 90 shows no weakness.
 */
export function WeakestSkills({
  skills,
  thresholds,
  onOpenTurn,
}: {
  skills: WeakSkill[];
  thresholds: ReviewThresholds;
  onOpenTurn: (attemptId: string, turnIndex: number) => void;
}) {
  return (
    <section className="weakest-skills" aria-labelledby="weakest-title">
      <h2 id="weakest-title">Weakest skills, and the turns that show them</h2>
      {skills.map((skill) => {
        const turns = turnsShowingWeakness(skill, thresholds);
        return (
          <article
            key={skill.dimension}
            className={`weak-skill${skill.flagged ? ' weak-skill--flagged' : ''}`}
            aria-labelledby={`weak-${skill.dimension}`}
          >
            <h3 id={`weak-${skill.dimension}`}>
              {DIMENSION_LABEL[skill.dimension]}: {skill.average === null ? 'no finished attempts' : `average ${skill.average}`}
              {skill.flagged && (
                <span className="flag-badge">
                  <span aria-hidden="true">⚑ </span>below the threshold
                </span>
              )}
            </h3>
            {skill.turns.length === 0 ? (
              <p className="muted">No replies recorded under this filter.</p>
            ) : turns.length === 0 ? (
              <p className="muted">
                No reply scored below {weakTurnThreshold(thresholds, skill.dimension)} on{' '}
                {DIMENSION_LABEL[skill.dimension].toLowerCase()} under this filter.
              </p>
            ) : (
              <ol className="weak-turns">
                {turns.map((turn) => (
                  <WeakTurnCard
                    key={`${turn.attemptId}-${turn.turnIndex}`}
                    turn={turn}
                    dimension={skill.dimension}
                    onOpen={() => onOpenTurn(turn.attemptId, turn.turnIndex)}
                  />
                ))}
              </ol>
            )}
          </article>
        );
      })}
    </section>
  );
}
