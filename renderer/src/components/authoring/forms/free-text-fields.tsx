import type { FreeText } from '../../../../../engine/scenario/format';
import { BranchFields } from './branch-fields';
import { FieldProblems, useProblemsAt, useWarningsAt } from './field-problems';
import { KeyPointFields } from './key-point-fields';
import { moved, replaced, without } from './list-item-actions';
import { TextField } from './text-field';
import { TextListField } from './text-list-field';

function nextKeyPointId(freeText: FreeText): string {
  const taken = new Set(freeText.keyPoints.map((k) => k.id));
  let n = freeText.keyPoints.length + 1;
  while (taken.has(`point-${n}`)) n++;
  return `point-${n}`;
}

/**
 * A free-text turn: the hint in the reply box, the key points a helpful reply covers, phrases to
 * avoid, a model reply, and the score branches that decide where the conversation goes.
 */
export function FreeTextFields({
  nodeIndex,
  freeText,
  onChange,
}: {
  nodeIndex: number;
  freeText: FreeText;
  /** `field` names what is being typed into, so a run of keystrokes in it undoes as one step. */
  onChange: (freeText: FreeText, field?: string) => void;
}) {
  const path = `$.nodes[${nodeIndex}].freeText`;
  const keyPointProblems = useProblemsAt(`${path}.keyPoints`);
  const branchProblems = useProblemsAt(`${path}.branches`);
  // Trainees learn from the model reply, so the editor says, under it, where it falls short of its own turn.
  const modelReplyWarnings = useWarningsAt(`${path}.modelReply`);
  const { keyPoints, branches } = freeText;
  return (
    <div className="free-text-fields">
      <TextField
        label="Hint in the reply box (optional)"
        path={`${path}.prompt`}
        value={freeText.prompt}
        onChange={(prompt) => {
          const { prompt: _old, ...rest } = freeText;
          onChange(prompt === '' ? rest : { ...rest, prompt }, 'prompt');
        }}
      />
      <section className="form-section" aria-labelledby={`key-points-${nodeIndex}`}>
        <h3 id={`key-points-${nodeIndex}`}>Key points</h3>
        <FieldProblems id={`key-points-${nodeIndex}-problems`} problems={keyPointProblems} />
        <ol className="item-list">
          {keyPoints.map((keyPoint, i) => (
            <KeyPointFields
              key={i}
              path={`${path}.keyPoints[${i}]`}
              position={i}
              count={keyPoints.length}
              keyPoint={keyPoint}
              onChange={(k, field) => onChange({ ...freeText, keyPoints: replaced(keyPoints, i, k) }, `keyPoints.${i}.${field}`)}
              onMove={(to) => onChange({ ...freeText, keyPoints: moved(keyPoints, i, to) })}
              onRemove={() => onChange({ ...freeText, keyPoints: without(keyPoints, i) })}
            />
          ))}
        </ol>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() =>
            onChange({
              ...freeText,
              keyPoints: [...keyPoints, { id: nextKeyPointId(freeText), description: '', examples: [''] }],
            })
          }
        >
          Add a key point
        </button>
      </section>
      <TextListField
        legend="Phrases to avoid (optional)"
        hint='Each one used costs points in this turn, e.g. "calm down".'
        path={`${path}.avoid`}
        items={freeText.avoid}
        itemLabel={(n) => `Phrase to avoid ${n}`}
        addLabel="Add a phrase to avoid"
        onChange={(avoid) => {
          const { avoid: _old, ...rest } = freeText;
          onChange(avoid.length === 0 ? rest : { ...rest, avoid }, 'avoid');
        }}
      />
      <TextField
        label="Model reply"
        path={`${path}.modelReply`}
        value={freeText.modelReply}
        multiline
        hint="A reply an experienced agent would give; trainees see it on the scorecard."
        onChange={(modelReply) => onChange({ ...freeText, modelReply }, 'modelReply')}
      />
      <FieldProblems id={`model-reply-${nodeIndex}-warnings`} problems={modelReplyWarnings} />
      <section className="form-section" aria-labelledby={`branches-${nodeIndex}`}>
        <h3 id={`branches-${nodeIndex}`}>Where the conversation goes</h3>
        <p className="field__hint">
          Branches are tried in order; the first whose thresholds all hold is taken. The last one has no thresholds.
        </p>
        <FieldProblems id={`branches-${nodeIndex}-problems`} problems={branchProblems} />
        <ol className="item-list">
          {branches.map((branch, i) => (
            <BranchFields
              key={i}
              nodeIndex={nodeIndex}
              position={i}
              count={branches.length}
              branch={branch}
              onChange={(b, field) => onChange({ ...freeText, branches: replaced(branches, i, b) }, `branches.${i}.${field}`)}
              onMove={(to) => onChange({ ...freeText, branches: moved(branches, i, to) })}
              onRemove={() => onChange({ ...freeText, branches: without(branches, i) })}
            />
          ))}
        </ol>
        <button
          type="button"
          className="button button--secondary button--small"
          // A new branch goes before the default one, with a threshold to fill in.
          onClick={() =>
            onChange({
              ...freeText,
              branches: [...branches.slice(0, -1), { when: { empathy: { below: 50 } }, next: '' }, ...branches.slice(-1)],
            })
          }
        >
          Add a score branch
        </button>
      </section>
    </div>
  );
}
