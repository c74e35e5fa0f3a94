/**
 * Move up, move down and remove for one entry of an ordered list (choices, branches, key points),
 * each button naming the entry for screen readers.
 */
export function ListItemActions({
  name,
  position,
  count,
  onMove,
  onRemove,
  removable = true,
}: {
  /** How the entry is announced, e.g. "choice 2". */
  name: string;
  /** 0-based. */
  position: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
  removable?: boolean;
}) {
  return (
    <div className="list-item-actions">
      <button
        type="button"
        className="button button--quiet button--small"
        disabled={position === 0}
        aria-label={`Move ${name} up`}
        onClick={() => onMove(position - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button--quiet button--small"
        disabled={position === count - 1}
        aria-label={`Move ${name} down`}
        onClick={() => onMove(position + 1)}
      >
        ↓
      </button>
      {removable && (
        <button type="button" className="button button--quiet button--small" aria-label={`Remove ${name}`} onClick={onRemove}>
          Remove
        </button>
      )}
    </div>
  );
}

/** `items` with the entry at `from` moved to `to`. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

/** `items` with the entry at `index` replaced by `item`. */
export function replaced<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((old, j) => (j === index ? item : old));
}

/** `items` without the entry at `index`. */
export function without<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, j) => j !== index);
}
