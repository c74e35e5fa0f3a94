import { MOODS, type Mood } from '../../../../engine/scenario/format';
import { moodLabel } from '../common/labels';

const WORST = MOODS[0];
const BEST = MOODS[MOODS.length - 1]!;

function trendText(mood: Mood, previous: Mood | undefined): string | null {
  if (!previous || previous === mood) return null;
  return MOODS.indexOf(mood) > MOODS.indexOf(previous)
    ? `Better than before (was ${previous})`
    : `Worse than before (was ${previous})`;
}

/**
 * The customer's mood on the scale from furious to delighted: a word, a position on a coloured
 * scale, and whether it moved since their last line, so it never relies on colour alone.
 */
export function MoodMeter({ mood, previous, customerName }: { mood: Mood; previous?: Mood; customerName: string }) {
  const position = MOODS.indexOf(mood);
  const trend = trendText(mood, previous);
  const better = previous !== undefined && position > MOODS.indexOf(previous);
  return (
    <div className="mood-meter">
      <p className="mood-meter__heading" id="mood-meter-label">
        {customerName} feels
      </p>
      <p className={`mood-meter__value mood-meter__value--${position}`}>{moodLabel(mood)}</p>
      {trend && <p className={`mood-meter__trend mood-meter__trend--${better ? 'better' : 'worse'}`}>{trend}</p>}
      <div
        className="mood-meter__scale"
        role="meter"
        aria-labelledby="mood-meter-label"
        aria-valuemin={1}
        aria-valuemax={MOODS.length}
        aria-valuenow={position + 1}
        aria-valuetext={`${mood}, ${position + 1} of ${MOODS.length} on the scale from ${WORST} to ${BEST}`}
      >
        {MOODS.map((m, i) => (
          <span
            key={m}
            className={`mood-meter__segment${i === position ? ' mood-meter__segment--current' : ''}`}
            title={moodLabel(m)}
          />
        ))}
      </div>
      <p className="mood-meter__ends" aria-hidden="true">
        <span>{moodLabel(WORST)}</span>
        <span>{moodLabel(BEST)}</span>
      </p>
    </div>
  );
}
