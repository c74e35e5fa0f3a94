import type { KeyPointResult } from '../../../../engine/scoring/types';
import { quoteFromReply } from './quote-from-reply';

function status(k: KeyPointResult): { kind: 'covered' | 'partly' | 'missed'; icon: string; label: string } {
  if (k.covered) return { kind: 'covered', icon: '✓', label: 'Covered' };
  if (k.partly) return { kind: 'partly', icon: '◐', label: 'Partly' };
  return { kind: 'missed', icon: '✕', label: 'Missed' };
}

/**
 * The turn's key points: which the reply covered (and with which words, as the reply wrote them),
 * partly made, or missed. `replier` names who said them: "You" for the trainee, a name for a manager.
 */
export function KeyPointList({
  keyPoints,
  reply,
  replier = 'You',
}: {
  keyPoints: KeyPointResult[];
  reply?: string;
  replier?: string;
}) {
  const said = replier === 'You' ? 'you said' : `${replier} said`;
  return (
    <ul className="key-points">
      {keyPoints.map((k) => {
        const s = status(k);
        return (
          <li key={k.id} className={`key-point key-point--${s.kind}`}>
            <span className="key-point__status">
              <span aria-hidden="true">{s.icon} </span>
              {s.label}
            </span>
            <span className="key-point__text">
              {k.description}
              {s.kind !== 'missed' && k.matched && (
                <>
                  {' '}
                  ({said} <q>{quoteFromReply(k.matched, reply)}</q>)
                </>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
