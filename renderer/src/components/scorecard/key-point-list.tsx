import type { KeyPointResult } from '../../../../engine/scoring/types';

/** The turn's key points: which the reply covered (and with which words) and which it missed. */
export function KeyPointList({ keyPoints }: { keyPoints: KeyPointResult[] }) {
  return (
    <ul className="key-points">
      {keyPoints.map((k) => (
        <li key={k.id} className={`key-point key-point--${k.covered ? 'covered' : 'missed'}`}>
          <span className="key-point__status">
            <span aria-hidden="true">{k.covered ? '✓ ' : '✕ '}</span>
            {k.covered ? 'Covered' : 'Missed'}
          </span>
          <span className="key-point__text">
            {k.description}
            {k.covered && k.matched && (
              <>
                {' '}
                (you said <q>{k.matched}</q>)
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
