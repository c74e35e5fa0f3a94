import { MOODS, OUTCOMES, type Ending } from '../../../../../engine/scenario/format';
import { useEditorStore } from '../../../stores/editor-store';
import { moodLabel, OUTCOME_LABEL } from '../../common/labels';
import { NodeActions } from './node-actions';
import { NodeIdField } from './node-id-field';
import { NodeProblemSummary } from './node-problem-summary';
import { optionsOf, SelectField } from './select-field';
import { TextField } from './text-field';

const MOOD_OPTIONS = [{ value: '', label: 'Unchanged (as before)' }, ...optionsOf(MOODS, moodLabel)];
const OUTCOME_OPTIONS = optionsOf(OUTCOMES, (o) => OUTCOME_LABEL[o]);

/** An ending: how the conversation turned out, the customer's last words, and the debrief. */
export function EndingForm({ index, ending }: { index: number; ending: Ending }) {
  const editNode = useEditorStore((s) => s.editNode);
  const path = `$.nodes[${index}]`;
  const change = (next: Ending, field?: string) => editNode(index, next, field && `${index}.${field}`);
  return (
    <div className="node-form">
      <NodeProblemSummary nodeIndex={index} />
      <NodeIdField key={ending.id} index={index} id={ending.id} />
      <SelectField
        label="Outcome"
        path={`${path}.outcome`}
        value={ending.outcome}
        options={OUTCOME_OPTIONS}
        onChange={(outcome) => change({ ...ending, outcome: outcome as Ending['outcome'] })}
      />
      <TextField
        label="The customer's closing line"
        path={`${path}.closingLine`}
        value={ending.closingLine}
        multiline
        rows={2}
        onChange={(closingLine) => change({ ...ending, closingLine }, 'closingLine')}
      />
      <SelectField
        label="Mood at the end"
        path={`${path}.mood`}
        value={ending.mood ?? ''}
        options={MOOD_OPTIONS}
        onChange={(mood) => {
          const { mood: _old, ...rest } = ending;
          change(mood === '' ? rest : { ...rest, mood: mood as Ending['mood'] });
        }}
      />
      <TextField
        label="Debrief (optional)"
        path={`${path}.debrief`}
        value={ending.debrief}
        multiline
        hint="What the trainee should take away from this ending."
        onChange={(debrief) => {
          const { debrief: _old, ...rest } = ending;
          change(debrief === '' ? rest : { ...rest, debrief }, 'debrief');
        }}
      />
      <NodeActions index={index} />
    </div>
  );
}
