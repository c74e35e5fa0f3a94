import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { TeamSortKey } from '@api';
import { useApi } from '../../api/api-context';
import { useReviewFilterStore } from '../../stores/review-filter-store';
import { useReviewTeamStore } from '../../stores/review-team-store';
import { TeamTableRow } from './team-table-row';

const ROW_HEIGHT = 49;
const SCREENFUL = { width: 1100, height: 560 };
const COLUMNS: Array<{ key: TeamSortKey; label: string; numeric?: boolean }> = [
  { key: 'traineeName', label: 'Trainee' },
  { key: 'attempts', label: 'Attempts', numeric: true },
  { key: 'respect', label: 'Respect', numeric: true },
  { key: 'helpfulness', label: 'Helpfulness', numeric: true },
  { key: 'empathy', label: 'Empathy', numeric: true },
  { key: 'scenariosCompleted', label: 'Scenarios completed', numeric: true },
  { key: 'lastActive', label: 'Last active' },
  { key: 'flagged', label: 'Flags' },
];

function SortHeader({ column }: { column: (typeof COLUMNS)[number] }) {
  const sort = useReviewFilterStore((s) => s.sort);
  const direction = useReviewFilterStore((s) => s.direction);
  const sortBy = useReviewFilterStore((s) => s.sortBy);
  const active = sort === column.key;
  const ariaSort = active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={column.numeric ? 'team-table__numeric-head' : undefined}>
      <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
        {column.label}
        <span className="sort-button__icon" aria-hidden="true">
          {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
        <span className="visually-hidden">{active ? `, sorted ${ariaSort}` : ', sort by this column'}</span>
      </button>
    </th>
  );
}

/**
 * Every trainee under the filter, in a scrolling table that renders only the rows in view
 * (@tanstack/react-virtual) and fetches pages of rows from the service as they come into view,
 * so a team of thousands scrolls smoothly.
 */
export function TeamTable({ onOpen }: { onOpen: (traineeName: string) => void }) {
  const api = useApi();
  const total = useReviewTeamStore((s) => s.total);
  const rows = useReviewTeamStore((s) => s.rows);
  const ensureRows = useReviewTeamStore((s) => s.ensureRows);
  // The query as text: equal queries give equal keys, so reloading the same query keeps the scroll.
  const key = useReviewTeamStore((s) => JSON.stringify(s.query));
  const scrollRef = useRef<HTMLDivElement>(null);
  // No React Compiler here: the virtualizer re-renders this table itself as it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // Without layout (the first paint, jsdom) the box measures 0 high: assume a screenful of rows.
    initialRect: SCREENFUL,
    observeElementRect: (instance, report) => observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : SCREENFUL)),
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (total > 0) void ensureRows(api, first, last);
  }, [api, ensureRows, first, last, total, key]);

  // A new query starts at the top.
  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [key]);

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items.at(-1)!.end : 0;
  return (
    <div className="team-table__scroll" ref={scrollRef} tabIndex={0} role="region" aria-label={`Trainees, ${total} rows`}>
      <table className="team-table" aria-rowcount={total + 1}>
        <caption className="visually-hidden">
          Trainees with their attempts, average scores with 30-day trends, scenarios completed, last activity and flags. Column
          headers sort the table.
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => (
              <SortHeader key={column.key} column={column} />
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true" className="team-table__spacer">
              <td colSpan={COLUMNS.length} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            return row ? (
              <TeamTableRow key={row.traineeName} row={row} rowIndex={item.index + 2} onOpen={onOpen} />
            ) : (
              <tr key={`loading-${item.index}`} aria-rowindex={item.index + 2} className="team-table__row">
                <td colSpan={COLUMNS.length} className="muted">
                  Loading…
                </td>
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true" className="team-table__spacer">
              <td colSpan={COLUMNS.length} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
