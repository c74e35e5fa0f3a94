import type { Scenario } from '../../../../engine/scenario/format';
import { CHANNEL_LABEL, DIFFICULTY_LABEL, INDUSTRY_LABEL, moodLabel } from '../common/labels';

/** One scenario in the library: enough to choose it, and the button to start. */
export function ScenarioCard({
  scenario,
  starting,
  disabled,
  onStart,
}: {
  scenario: Scenario;
  starting: boolean;
  disabled: boolean;
  onStart: () => void;
}) {
  const titleId = `scenario-${scenario.id}-title`;
  return (
    <article className="scenario-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="scenario-card__title">
        {scenario.title}
      </h2>
      <ul className="scenario-card__tags" aria-label="About this scenario">
        <li className="tag">{INDUSTRY_LABEL[scenario.industry]}</li>
        <li className={`tag tag--channel-${scenario.channel}`}>{CHANNEL_LABEL[scenario.channel]}</li>
        <li className={`tag tag--level-${scenario.difficulty}`}>{DIFFICULTY_LABEL[scenario.difficulty]}</li>
        <li className="tag tag--plain">About {scenario.estimatedMinutes} min</li>
      </ul>
      <p className="scenario-card__persona">
        <span className="scenario-card__persona-name" title={scenario.persona.name}>
          {scenario.persona.name}
        </span>
        <span className="scenario-card__persona-mood"> · starts {moodLabel(scenario.persona.startingMood).toLowerCase()}</span>
      </p>
      <p className="scenario-card__description">{scenario.description}</p>
      {scenario.skills && scenario.skills.length > 0 && (
        <div className="scenario-card__skills">
          <p className="scenario-card__skills-label" id={`${titleId}-skills`}>
            Skills practised
          </p>
          <ul aria-labelledby={`${titleId}-skills`}>
            {scenario.skills.map((skill) => (
              <li key={skill}>{skill}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="scenario-card__actions">
        <button type="button" className="button button--primary" disabled={disabled} aria-describedby={titleId} onClick={onStart}>
          {starting ? 'Starting…' : 'Start'}
        </button>
      </div>
    </article>
  );
}
