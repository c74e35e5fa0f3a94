import { useId } from 'react';
import { DIMENSIONS } from '../../../../engine/scenario/format';
import type { Evidence } from '../../../../engine/scoring/types';
import { DIMENSION_LABEL } from '../common/labels';
import { quoteFromReply } from './quote-from-reply';

function pointsText(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `−${Math.abs(points)}`;
  return '±0';
}

/**
 * What the scorer found in the reply, grouped by dimension: the words, the points, the reason.
 * Given the reply, the words are quoted as it wrote them.
 */
export function EvidenceList({ evidence, reply }: { evidence: Evidence[]; reply?: string }) {
  const idPrefix = useId();
  return (
    <div className="evidence">
      {DIMENSIONS.map((dimension) => {
        const items = evidence.filter((e) => e.dimension === dimension);
        if (items.length === 0) return null;
        const headingId = `${idPrefix}-${dimension}`;
        return (
          <div key={dimension} className="evidence__group">
            <p className="evidence__dimension" id={headingId}>
              {DIMENSION_LABEL[dimension]}
            </p>
            <ul aria-labelledby={headingId}>
              {items.map((e, i) => (
                <li key={i} className="evidence__item">
                  <span className={`points points--${e.points > 0 ? 'gain' : e.points < 0 ? 'loss' : 'none'}`}>
                    {pointsText(e.points)}
                    <span className="visually-hidden"> points</span>
                  </span>
                  <span className="evidence__reason">{e.reason}</span>
                  {e.phrase && <q className="evidence__phrase">{quoteFromReply(e.phrase, reply)}</q>}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
