import type { Choice } from '../../../../../engine/scenario/format';
import { FieldProblems, useProblemsAt } from './field-problems';
import { ListItemActions } from './list-item-actions';
import { NodeTargetSelect } from './node-target-select';
import { ScoreInputs } from './score-inputs';
import { TextField } from './text-field';

/** One authored reply: its text, three scores, the trainer's feedback, and where it leads. */
export function ChoiceFields({
  nodeIndex,
  position,
  count,
  choice,
  onChange,
  onMove,
  onRemove,
}: {
  nodeIndex: number;
  position: number;
  count: number;
  choice: Choice;
  onChange: (choice: Choice, field: string) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const path = `$.nodes[${nodeIndex}].choices[${position}]`;
  const itemProblems = useProblemsAt(path);
  const name = `choice ${position + 1}`;
  return (
    <li className="item-card">
      <div className="item-card__header">
        <h4 className="item-card__title">Choice {position + 1}</h4>
        <ListItemActions name={name} position={position} count={count} onMove={onMove} onRemove={onRemove} />
      </div>
      <FieldProblems id={`${path}-problems`} problems={itemProblems} />
      <TextField
        label={`Choice ${position + 1}: reply text`}
        path={`${path}.text`}
        value={choice.text}
        multiline
        rows={2}
        onChange={(text) => onChange({ ...choice, text }, 'text')}
      />
      <ScoreInputs
        path={`${path}.scores`}
        scores={choice.scores}
        onChange={(scores) => onChange({ ...choice, scores }, 'scores')}
      />
      <TextField
        label={`Choice ${position + 1}: feedback`}
        path={`${path}.feedback`}
        value={choice.feedback}
        multiline
        rows={2}
        hint="Why this reply earns its scores; the trainee reads it on the scorecard."
        onChange={(feedback) => onChange({ ...choice, feedback }, 'feedback')}
      />
      <div className="item-card__row">
        <TextField
          label={`Choice ${position + 1}: id`}
          path={`${path}.id`}
          value={choice.id}
          onChange={(id) => onChange({ ...choice, id }, 'id')}
        />
        <NodeTargetSelect
          label={`Choice ${position + 1}: leads to`}
          edge={{ nodeIndex, via: 'choice', itemIndex: position }}
          value={choice.next}
          path={`${path}.next`}
        />
      </div>
    </li>
  );
}
