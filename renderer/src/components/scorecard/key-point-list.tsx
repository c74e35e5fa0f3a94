import type { KeyPointResult } from '../../../../engine/scoring/types';

function status(k: KeyPointResult): { kind: 'covered' | 'partly' | 'missed'; icon: string; label: string } {
  if (k.covered) return { kind: 'covered', icon: '✓', label: 'Covered' };
  if (k.partly) return { kind: 'partly', icon: '◐', label: 'Partly' };
  return { kind: 'missed', icon: '✕', label: 'Missed' };
}

/** The turn's key points: which the reply covered (and with which words), partly made, or missed. */
export function KeyPointList({ keyPoints }: { keyPoints: KeyPointResult[] }) {
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
                  (you said <q>{k.matched}</q>)
                </>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
