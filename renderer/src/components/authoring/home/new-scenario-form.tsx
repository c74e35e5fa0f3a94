import { useId, useState, type FormEvent } from 'react';
import { slugId } from '../../../../../engine/authoring/slug-ids';
import { scenarioTemplates, type ScenarioTemplateId } from '../../../../../engine/authoring/templates';

const ID_RULE = /^[a-z0-9][a-z0-9-]*$/;

export interface NewScenarioRequest {
  templateId: ScenarioTemplateId;
  id: string;
  title: string;
}

/**
 * A new scenario from one of the templates: pick the kind of conversation, give it a title, and
 * the id (and file name) follows the title unless the trainer changes it.
 */
export function NewScenarioForm({
  takenFiles,
  onCreate,
}: {
  /** File names already used, published or draft. */
  takenFiles: ReadonlySet<string>;
  onCreate: (request: NewScenarioRequest) => void;
}) {
  const id = useId();
  const [templateId, setTemplateId] = useState<ScenarioTemplateId>('angry-customer');
  const [title, setTitle] = useState('');
  const [customId, setCustomId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const scenarioId = customId ?? slugId(title, '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return setError('Give the scenario a title.');
    if (!ID_RULE.test(scenarioId)) return setError('The id must use lowercase letters, digits and dashes, e.g. "lost-parcel".');
    if (takenFiles.has(`${scenarioId}.json`)) {
      return setError(`There is already a scenario file named ${scenarioId}.json: choose another id, or open that file.`);
    }
    setError(null);
    onCreate({ templateId, id: scenarioId, title: title.trim() });
  };

  return (
    <form className="new-scenario" onSubmit={submit} noValidate>
      <fieldset className="template-picker">
        <legend>Start from</legend>
        {scenarioTemplates.map((t) => (
          <label key={t.id} className={`template-option${templateId === t.id ? ' is-picked' : ''}`}>
            <input
              type="radio"
              name={`${id}-template`}
              value={t.id}
              checked={templateId === t.id}
              onChange={() => setTemplateId(t.id)}
            />
            <span className="template-option__name">{t.name}</span>
            <span className="template-option__summary">{t.summary}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="e.g. Lost parcel before a birthday"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-id`}>Scenario id and file name</label>
        <p id={`${id}-id-hint`} className="field__hint">
          Saved as <code>{scenarioId || '…'}.json</code>
        </p>
        <input
          id={`${id}-id`}
          type="text"
          value={scenarioId}
          aria-describedby={`${id}-id-hint`}
          onChange={(e) => setCustomId(e.target.value)}
        />
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary">
        Create and open
      </button>
    </form>
  );
}
