import type { TeamOverviewRow } from '@api';
import { DIMENSIONS } from '../../../../engine/scenario/format';
import { DIMENSION_LABEL } from '../common/labels';
import { scoreBand } from '../scores/score-band';
import { formatCount, formatDateTime, formatLastActive } from './review-format';
import { TrendArrow } from './trend-arrow';

/** One trainee on the dashboard: name (opens their page), scores with trend arrows, and flags in words. */
export function TeamTableRow({
  row,
  rowIndex,
  onOpen,
}: {
  row: TeamOverviewRow;
  /** 1-based position among the table's rows, header included (aria-rowindex). */
  rowIndex: number;
  onOpen: (traineeName: string) => void;
}) {
  const flagged = row.flagged.length > 0;
  return (
    <tr className={flagged ? 'team-table__row team-table__row--flagged' : 'team-table__row'} aria-rowindex={rowIndex}>
      <th scope="row" className="team-table__name">
        <button type="button" className="link-button" onClick={() => onOpen(row.traineeName)}>
          {row.traineeName}
        </button>
      </th>
      <td className="team-table__number">
        {formatCount(row.attempts)}
        {row.finishedAttempts !== row.attempts && <span className="muted"> ({formatCount(row.finishedAttempts)} finished)</span>}
      </td>
      {DIMENSIONS.map((d) => (
        <td key={d} className="team-table__score">
          {row.averages ? (
            <span className={`score-chip score-chip--${scoreBand(row.averages[d])}`}>
              {row.averages[d]}
              {row.flagged.includes(d) && <span className="visually-hidden"> (below the threshold)</span>}
            </span>
          ) : (
            <span className="muted" title="No finished attempts yet">
              –<span className="visually-hidden">no finished attempts yet</span>
            </span>
          )}{' '}
          <TrendArrow dimension={d} trend={row.trend[d]} />
        </td>
      ))}
      <td className="team-table__number">{formatCount(row.scenariosCompleted)}</td>
      <td title={formatDateTime(row.lastActive)}>{formatLastActive(row.lastActive)}</td>
      <td>
        {flagged ? (
          // Rows have a fixed height, so a long list is cut with an ellipsis and given whole on hover.
          <span className="flag-badge" title={`Flagged: ${row.flagged.map((d) => DIMENSION_LABEL[d]).join(', ')}`}>
            <span aria-hidden="true">⚑ </span>
            {row.flagged.map((d) => DIMENSION_LABEL[d]).join(', ')}
          </span>
        ) : (
          <span className="muted">None</span>
        )}
      </td>
    </tr>
  );
}
