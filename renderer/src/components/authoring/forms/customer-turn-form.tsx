import { MOODS, type Choice, type CustomerTurn, type FreeText } from '../../../../../engine/scenario/format';
import { useEditorStore } from '../../../stores/editor-store';
import { moodLabel } from '../../common/labels';
import { TestReplyPanel } from '../test-reply-panel';
import { ChoiceFields } from './choice-fields';
import { FieldProblems, useProblemsAt } from './field-problems';
import { FreeTextFields } from './free-text-fields';
import { moved, replaced, without } from './list-item-actions';
import { NodeActions } from './node-actions';
import { NodeIdField } from './node-id-field';
import { NodeProblemSummary } from './node-problem-summary';
import { optionsOf, SelectField } from './select-field';
import { TextField } from './text-field';
import { TextListField } from './text-list-field';

const MOOD_OPTIONS = [{ value: '', label: 'Unchanged (as before)' }, ...optionsOf(MOODS, moodLabel)];

function newChoice(turn: CustomerTurn): Choice {
  const taken = new Set((turn.choices ?? []).map((c) => c.id));
  let n = (turn.choices?.length ?? 0) + 1;
  while (taken.has(`choice-${n}`)) n++;
  return { id: `choice-${n}`, text: '', scores: { respect: 50, helpfulness: 50, empathy: 50 }, feedback: '', next: '' };
}

const NEW_FREE_TEXT: FreeText = {
  keyPoints: [{ id: 'point-1', description: '', examples: [''] }],
  modelReply: '',
  branches: [{ next: '' }],
};

/** Everything about one customer turn: what they say and feel, and how the trainee can reply. */
export function CustomerTurnForm({ index, turn }: { index: number; turn: CustomerTurn }) {
  const editNode = useEditorStore((s) => s.editNode);
  const path = `$.nodes[${index}]`;
  const replyProblems = useProblemsAt(path);
  const change = (next: CustomerTurn, field?: string) => editNode(index, next, field && `${index}.${field}`);
  const choices = turn.choices ?? [];
  const setChoices = (list: Choice[], field?: string) => {
    const { choices: _old, ...rest } = turn;
    change(list.length === 0 ? rest : { ...rest, choices: list }, field);
  };

  return (
    <div className="node-form">
      <NodeProblemSummary nodeIndex={index} />
      <NodeIdField key={turn.id} index={index} id={turn.id} />
      <TextListField
        legend="What the customer says"
        path={`${path}.lines`}
        items={turn.lines}
        multiline
        minItems={1}
        itemLabel={(n) => `Customer line ${n}`}
        addLabel="Add a line"
        onChange={(lines) => change({ ...turn, lines }, 'lines')}
      />
      <SelectField
        label="Mood as they say it"
        path={`${path}.mood`}
        value={turn.mood ?? ''}
        options={MOOD_OPTIONS}
        onChange={(mood) => {
          const { mood: _old, ...rest } = turn;
          change(mood === '' ? rest : { ...rest, mood: mood as CustomerTurn['mood'] });
        }}
      />
      <TextField
        label="Note shown to the trainee (optional)"
        path={`${path}.note`}
        value={turn.note}
        hint="Context such as what is on their screen."
        onChange={(note) => {
          const { note: _old, ...rest } = turn;
          change(note === '' ? rest : { ...rest, note }, 'note');
        }}
      />
      <FieldProblems id={`node-${index}-reply-problems`} problems={replyProblems} />
      <section className="form-section" aria-labelledby={`choices-${index}`}>
        <h3 id={`choices-${index}`}>Choices</h3>
        {choices.length === 0 && <p className="field__hint">No choices: the trainee types their own reply.</p>}
        <ol className="item-list">
          {choices.map((choice, i) => (
            <ChoiceFields
              key={i}
              nodeIndex={index}
              position={i}
              count={choices.length}
              choice={choice}
              onChange={(c, field) => setChoices(replaced(choices, i, c), `choices.${i}.${field}`)}
              onMove={(to) => setChoices(moved(choices, i, to))}
              onRemove={() => setChoices(without(choices, i))}
            />
          ))}
        </ol>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setChoices([...choices, newChoice(turn)])}
        >
          Add a choice
        </button>
      </section>
      <section className="form-section" aria-labelledby={`free-text-${index}`}>
        <h3 id={`free-text-${index}`}>Free text</h3>
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={turn.freeText !== undefined}
            onChange={(e) => {
              const { freeText: _old, ...rest } = turn;
              change(e.target.checked ? { ...rest, freeText: NEW_FREE_TEXT } : rest);
            }}
          />
          The trainee can type their own reply
        </label>
        {turn.freeText && (
          <>
            <FreeTextFields
              nodeIndex={index}
              freeText={turn.freeText}
              onChange={(freeText, field) => change({ ...turn, freeText }, field && `freeText.${field}`)}
            />
            <TestReplyPanel turn={turn} />
          </>
        )}
      </section>
      <NodeActions index={index} />
    </div>
  );
}
