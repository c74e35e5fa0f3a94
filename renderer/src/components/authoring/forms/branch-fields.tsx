import { DIMENSIONS, type Branch, type Dimension } from '../../../../../engine/scenario/format';
import { DIMENSION_LABEL } from '../../common/labels';
import { conditionText } from '../branch-condition-text';
import { FieldProblems, useProblemsAt } from './field-problems';
import { ListItemActions } from './list-item-actions';
import { NodeTargetSelect } from './node-target-select';
import { NumberField } from './number-field';
import { TextField } from './text-field';

type Bound = 'atLeast' | 'below';

/** The branch with one threshold set or cleared; a condition left with no bounds disappears, and so does an empty `when`. */
export function withBound(branch: Branch, dimension: Dimension, bound: Bound, value: number | undefined): Branch {
  const threshold = { ...branch.when?.[dimension], [bound]: value };
  if (value === undefined) delete threshold[bound];
  const when = { ...branch.when, [dimension]: threshold };
  if (threshold.atLeast === undefined && threshold.below === undefined) delete when[dimension];
  const { when: _old, ...rest } = branch;
  return Object.keys(when).length > 0 ? { when, ...rest } : rest;
}

/**
 * One score branch of a free-text turn: the thresholds that must hold (every one given), where the
 * conversation goes, and optional feedback. A branch with no thresholds is the default.
 */
export function BranchFields({
  nodeIndex,
  position,
  count,
  branch,
  onChange,
  onMove,
  onRemove,
}: {
  nodeIndex: number;
  position: number;
  count: number;
  branch: Branch;
  onChange: (branch: Branch, field: string) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const path = `$.nodes[${nodeIndex}].freeText.branches[${position}]`;
  const problems = useProblemsAt(path);
  const whenProblems = useProblemsAt(`${path}.when`, true);
  const name = `branch ${position + 1}`;
  return (
    <li className="item-card">
      <div className="item-card__header">
        <h4 className="item-card__title">
          Branch {position + 1}: <span className="item-card__summary">{conditionText(branch.when)}</span>
        </h4>
        <ListItemActions
          name={name}
          position={position}
          count={count}
          onMove={onMove}
          onRemove={onRemove}
          removable={count > 1}
        />
      </div>
      <FieldProblems id={`${path}-problems`} problems={[...problems, ...whenProblems]} />
      <fieldset className="thresholds">
        <legend>Taken when the reply scores (leave empty for no limit)</legend>
        <table className="thresholds__table">
          <thead>
            <tr>
              <th scope="col">Score</th>
              <th scope="col">at least</th>
              <th scope="col">below</th>
            </tr>
          </thead>
          <tbody>
            {DIMENSIONS.map((d) => (
              <tr key={d}>
                <th scope="row">{DIMENSION_LABEL[d]}</th>
                {(['atLeast', 'below'] as const).map((bound) => (
                  <td key={bound}>
                    <NumberField
                      className="field--compact"
                      label={`Branch ${position + 1}: ${DIMENSION_LABEL[d].toLowerCase()} ${bound === 'atLeast' ? 'at least' : 'below'}`}
                      path={`${path}.when.${d}.${bound}`}
                      value={branch.when?.[d]?.[bound]}
                      min={0}
                      max={100}
                      optional
                      onChange={(value) => onChange(withBound(branch, d, bound, value), `when.${d}.${bound}`)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <NodeTargetSelect
        label={`Branch ${position + 1}: leads to`}
        edge={{ nodeIndex, via: 'branch', itemIndex: position }}
        value={branch.next}
        path={`${path}.next`}
      />
      <TextField
        label={`Branch ${position + 1}: feedback (optional)`}
        path={`${path}.feedback`}
        value={branch.feedback}
        multiline
        rows={2}
        onChange={(feedback) => {
          const { feedback: _old, ...rest } = branch;
          onChange(feedback === '' ? rest : { ...rest, feedback }, 'feedback');
        }}
      />
    </li>
  );
}
