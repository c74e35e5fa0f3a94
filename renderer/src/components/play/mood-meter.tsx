import { moodTrend, type MoodTrend } from '../../../../engine/play/mood-trend';
import type { PlayedTurn } from '../../../../engine/play/types';
import { MOODS, type Mood, type Outcome } from '../../../../engine/scenario/format';
import { moodLabel } from '../common/labels';

const WORST = MOODS[0];
const BEST = MOODS[MOODS.length - 1]!;

function trendText(trend: MoodTrend, mood: Mood, previous: Mood): string | null {
  if (trend === 'unchanged') return null;
  if (trend === 'better') return `Better than before (was ${previous})`;
  return previous === mood ? 'No better after your reply' : `Worse than before (was ${previous})`;
}

/**
 * The customer's mood on the scale from furious to delighted: a word, a position on a coloured
 * scale, and how the trainee's last reply moved it, so it never relies on colour alone. The trend
 * follows how that reply landed (engine/play/mood-trend.ts), not only the step along the scale.
 */
export function MoodMeter({
  mood,
  lastTurn,
  outcome,
  customerName,
}: {
  mood: Mood;
  /** The last exchange: the mood the customer replied to and how the reply scored. */
  lastTurn?: Pick<PlayedTurn, 'mood' | 'scores'>;
  outcome?: Outcome;
  customerName: string;
}) {
  const position = MOODS.indexOf(mood);
  const trend = lastTurn ? moodTrend(lastTurn, mood, outcome) : 'unchanged';
  const text = lastTurn ? trendText(trend, mood, lastTurn.mood) : null;
  return (
    <div className="mood-meter">
      <p className="mood-meter__heading" id="mood-meter-label">
        {customerName} feels
      </p>
      <p className={`mood-meter__value mood-meter__value--${position}`}>{moodLabel(mood)}</p>
      {text && <p className={`mood-meter__trend mood-meter__trend--${trend}`}>{text}</p>}
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
