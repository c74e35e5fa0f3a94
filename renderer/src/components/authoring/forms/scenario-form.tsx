import { CHANNELS, DIFFICULTIES, INDUSTRIES, MOODS, type Persona, type Scenario } from '../../../../../engine/scenario/format';
import { useEditorStore } from '../../../stores/editor-store';
import { CHANNEL_LABEL, DIFFICULTY_LABEL, INDUSTRY_LABEL, moodLabel } from '../../common/labels';
import { NumberField } from './number-field';
import { optionsOf, SelectField } from './select-field';
import { TextField } from './text-field';
import { TextListField } from './text-list-field';

const INDUSTRY_OPTIONS = optionsOf(INDUSTRIES, (i) => INDUSTRY_LABEL[i]);
const CHANNEL_OPTIONS = optionsOf(CHANNELS, (c) => CHANNEL_LABEL[c]);
const DIFFICULTY_OPTIONS = optionsOf(DIFFICULTIES, (d) => DIFFICULTY_LABEL[d]);
const MOOD_OPTIONS = optionsOf(MOODS, moodLabel);

/** The scenario as a whole: what the library shows, who the customer is, and where it starts. */
export function ScenarioForm() {
  const scenario = useEditorStore((s) => s.scenario)!;
  const edit = useEditorStore((s) => s.edit);
  const change = (patch: Partial<Scenario>, field?: string) => edit((s) => ({ ...s, ...patch }), field && `scenario.${field}`);
  const persona = scenario.persona;
  const changePersona = (patch: Partial<Persona>, field?: string) =>
    edit((s) => ({ ...s, persona: { ...s.persona, ...patch } }), field && `persona.${field}`);
  const startOptions = scenario.nodes
    .filter((n) => n.kind === 'customer')
    .map((n) => ({ value: n.id, label: `${n.id} — ${n.kind === 'customer' ? (n.lines?.[0] ?? '').slice(0, 48) : ''}` }));

  return (
    <div className="scenario-form">
      <section className="form-section" aria-labelledby="scenario-library-fields">
        <h3 id="scenario-library-fields">In the library</h3>
        <TextField label="Title" path="$.title" value={scenario.title} onChange={(title) => change({ title }, 'title')} />
        <TextField
          label="Description"
          path="$.description"
          value={scenario.description}
          multiline
          onChange={(description) => change({ description }, 'description')}
        />
        <div className="form-grid">
          <SelectField
            label="Industry"
            path="$.industry"
            value={scenario.industry}
            options={INDUSTRY_OPTIONS}
            onChange={(v) => change({ industry: v as Scenario['industry'] })}
          />
          <SelectField
            label="Channel"
            path="$.channel"
            value={scenario.channel}
            options={CHANNEL_OPTIONS}
            onChange={(v) => change({ channel: v as Scenario['channel'] })}
          />
          <SelectField
            label="Difficulty"
            path="$.difficulty"
            value={scenario.difficulty}
            options={DIFFICULTY_OPTIONS}
            onChange={(v) => change({ difficulty: v as Scenario['difficulty'] })}
          />
          <NumberField
            label="Minutes (estimate)"
            path="$.estimatedMinutes"
            value={scenario.estimatedMinutes}
            min={1}
            max={120}
            onChange={(estimatedMinutes) => change({ estimatedMinutes }, 'estimatedMinutes')}
          />
        </div>
        <TextListField
          legend="Skills practised (optional)"
          path="$.skills"
          items={scenario.skills}
          itemLabel={(n) => `Skill ${n}`}
          addLabel="Add a skill"
          onChange={(skills) => {
            if (skills.length > 0) return change({ skills }, 'skills');
            edit(({ skills: _old, ...rest }) => rest);
          }}
        />
        <TextListField
          legend="Learning objectives"
          path="$.learningObjectives"
          items={scenario.learningObjectives}
          minItems={1}
          multiline
          itemLabel={(n) => `Objective ${n}`}
          addLabel="Add an objective"
          onChange={(learningObjectives) => change({ learningObjectives }, 'learningObjectives')}
        />
      </section>
      <section className="form-section" aria-labelledby="scenario-persona-fields">
        <h3 id="scenario-persona-fields">The customer</h3>
        <TextField label="Name" path="$.persona.name" value={persona.name} onChange={(name) => changePersona({ name }, 'name')} />
        <TextField
          label="Background"
          path="$.persona.background"
          value={persona.background}
          multiline
          onChange={(background) => changePersona({ background }, 'background')}
        />
        <SelectField
          label="Mood at the start"
          path="$.persona.startingMood"
          value={persona.startingMood}
          options={MOOD_OPTIONS}
          onChange={(v) => changePersona({ startingMood: v as Persona['startingMood'] })}
        />
        <TextField
          label="What they want"
          path="$.persona.wants"
          value={persona.wants}
          multiline
          rows={2}
          onChange={(wants) => changePersona({ wants }, 'wants')}
        />
      </section>
      <section className="form-section" aria-labelledby="scenario-file-fields">
        <h3 id="scenario-file-fields">Conversation and file</h3>
        <SelectField
          label="Starts at"
          path="$.start"
          value={scenario.start}
          options={startOptions}
          onChange={(start) => change({ start })}
          hint="The customer turn the conversation opens with."
        />
        <TextField
          label="Scenario id"
          path="$.id"
          value={scenario.id}
          hint="Lowercase letters, digits and dashes; unique in the library. Attempts are filed under it."
          onChange={(id) => change({ id }, 'id')}
        />
      </section>
    </div>
  );
}
