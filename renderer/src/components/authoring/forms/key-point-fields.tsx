import type { KeyPoint } from '../../../../../engine/scenario/format';
import { ListItemActions } from './list-item-actions';
import { TextField } from './text-field';
import { TextListField } from './text-list-field';

/** One key point of a free-text turn: what a helpful reply covers, and ways a trainee might say it. */
export function KeyPointFields({
  path,
  position,
  count,
  keyPoint,
  onChange,
  onMove,
  onRemove,
}: {
  /** The key point's own path, e.g. `$.nodes[2].freeText.keyPoints[0]`. */
  path: string;
  position: number;
  count: number;
  keyPoint: KeyPoint;
  onChange: (keyPoint: KeyPoint, field: string) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const n = position + 1;
  return (
    <li className="item-card">
      <div className="item-card__header">
        <h4 className="item-card__title">Key point {n}</h4>
        <ListItemActions
          name={`key point ${n}`}
          position={position}
          count={count}
          onMove={onMove}
          onRemove={onRemove}
          removable={count > 1}
        />
      </div>
      <TextField
        label={`Key point ${n}: description`}
        path={`${path}.description`}
        value={keyPoint.description}
        hint="What a helpful reply covers, in your words."
        onChange={(description) => onChange({ ...keyPoint, description }, 'description')}
      />
      <TextListField
        legend={`Key point ${n}: example phrasings`}
        hint="Matched by meaning, not exact words: give two or three different ways to say it."
        path={`${path}.examples`}
        items={keyPoint.examples}
        minItems={1}
        itemLabel={(k) => `Example ${k} of key point ${n}`}
        addLabel="Add an example"
        onChange={(examples) => onChange({ ...keyPoint, examples }, 'examples')}
      />
      <TextField
        label={`Key point ${n}: id`}
        path={`${path}.id`}
        value={keyPoint.id}
        onChange={(id) => onChange({ ...keyPoint, id }, 'id')}
      />
    </li>
  );
}
