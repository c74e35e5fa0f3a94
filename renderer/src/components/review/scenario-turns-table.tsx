import type { ScenarioTurnReport } from '@api';
import { DIMENSIONS } from '../../../../engine/scenario/format';
import { DIMENSION_LABEL } from '../common/labels';
import { scoreBand } from '../scores/score-band';
import { formatCount, percent } from './review-format';
import { inTurnOrder, turnNumberLabel } from './turn-numbers';

/** A choice's share of the replies at its turn, as a number and a bar (the number is what counts). */
function ChoiceShare({ picks, visits }: { picks: number; visits: number }) {
  const share = percent(picks, visits);
  return (
    <span className="choice-share">
      <span className="choice-share__bar" aria-hidden="true">
        <span className="choice-share__fill" style={{ width: share }} />
      </span>
      {share} <span className="muted">({formatCount(picks)})</span>
    </span>
  );
}

/**
 * The scenario turn by turn: how many replied, average scores, which choices were picked, how many
 * typed their own reply, and how many customers were lost right after it — the turns that are too
 * hard (or badly written) stand out.
 */
export function ScenarioTurnsTable({
  turns: reported,
  turnNumbers,
}: {
  turns: ScenarioTurnReport[];
  /** Each node's turn numbers in the scenario (see turnNumbersOf); empty when the scenario is gone. */
  turnNumbers: Map<string, number[]>;
}) {
  const turns = inTurnOrder(reported, turnNumbers);
  const worstLoss = Math.max(0, ...turns.map((t) => t.lostAfter));
  return (
    <table className="review-table scenario-turns">
      <caption className="visually-hidden">
        Each customer turn with replies, average scores, choices picked and customers lost after it.
      </caption>
      <thead>
        <tr>
          <th scope="col">Turn</th>
          <th scope="col">Replies</th>
          {DIMENSIONS.map((d) => (
            <th key={d} scope="col">
              {DIMENSION_LABEL[d]}
            </th>
          ))}
          <th scope="col" className="scenario-turns__replies">
            Replies given
          </th>
          <th scope="col">Customers lost after it</th>
        </tr>
      </thead>
      <tbody>
        {turns.map((turn) => (
          <tr key={turn.nodeId}>
            <th scope="row">
              <div className="scenario-turns__turn">
                <span className="scenario-turns__number">
                  {turnNumberLabel(turnNumbers.get(turn.nodeId)) ?? 'Turn'} <span className="muted">·</span>{' '}
                  <code>{turn.nodeId}</code>
                </span>
                {turn.customerLine && <span className="scenario-turns__line">“{turn.customerLine}”</span>}
              </div>
            </th>
            <td>{formatCount(turn.visits)}</td>
            {DIMENSIONS.map((d) => (
              <td key={d}>
                {turn.averages ? (
                  <span className={`score-chip score-chip--${scoreBand(turn.averages[d])}`}>{turn.averages[d]}</span>
                ) : (
                  <span className="muted">–</span>
                )}
              </td>
            ))}
            <td>
              {turn.visits === 0 ? (
                <span className="muted">Nobody has reached this turn.</span>
              ) : (
                <ul className="scenario-turns__choices">
                  {turn.choices.map((c) => (
                    <li key={c.choiceId}>
                      <span className="scenario-turns__choice">{c.text ?? <code>{c.choiceId}</code>}</span>
                      <ChoiceShare picks={c.picks} visits={turn.visits} />
                    </li>
                  ))}
                  {turn.freeTextReplies > 0 && (
                    <li>
                      <span className="scenario-turns__choice">Typed their own reply</span>
                      <ChoiceShare picks={turn.freeTextReplies} visits={turn.visits} />
                    </li>
                  )}
                </ul>
              )}
            </td>
            <td>
              {turn.lostAfter > 0 ? (
                <span className={turn.lostAfter === worstLoss ? 'lost-count lost-count--worst' : 'lost-count'}>
                  {turn.lostAfter === worstLoss && <span aria-hidden="true">⚠ </span>}
                  {formatCount(turn.lostAfter)} ({percent(turn.lostAfter, turn.visits)})
                  {turn.lostAfter === worstLoss && (
                    <span className="visually-hidden"> — the most customers lost after any turn</span>
                  )}
                </span>
              ) : (
                <span className="muted">0</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
