import type { PlayedTurn } from '../../../../engine/play/types';
import type { Mood, Outcome, Scenario } from '../../../../engine/scenario/format';
import { MoodMeter } from './mood-meter';

/** Who the trainee is talking to, what they want, and how they feel right now. */
export function PersonaPanel({
  scenario,
  mood,
  lastTurn,
  outcome,
}: {
  scenario: Scenario;
  mood: Mood;
  /** The exchange just played, whose reply the mood panel's trend follows. */
  lastTurn?: PlayedTurn;
  outcome?: Outcome;
}) {
  const { persona } = scenario;
  return (
    <aside className="persona-panel" aria-labelledby="persona-name">
      <h2 id="persona-name" className="persona-panel__name">
        <span className="persona-panel__avatar" aria-hidden="true">
          {persona.name.charAt(0)}
        </span>
        <span className="persona-panel__name-text">{persona.name}</span>
      </h2>
      <MoodMeter mood={mood} lastTurn={lastTurn} outcome={outcome} customerName={persona.name.split(' ')[0] ?? persona.name} />
      <h3 className="persona-panel__label">Background</h3>
      <p>{persona.background}</p>
      <h3 className="persona-panel__label">What they want</h3>
      <p>{persona.wants}</p>
      <details className="persona-panel__objectives">
        <summary>What you are practising</summary>
        <ul>
          {scenario.learningObjectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </details>
    </aside>
  );
}
