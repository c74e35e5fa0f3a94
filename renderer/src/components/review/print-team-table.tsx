import type { TeamOverviewRow } from '@api';
import { DIMENSIONS } from '../../../../engine/scenario/format';
import { DIMENSION_LABEL } from '../common/labels';
import { describeTrend } from './trend-arrow';
import { formatCount, formatDate } from './review-format';
import { plural } from '../common/plural';

/** Most trainees a printed report lists; beyond that, a note says how many were left out. */
export const PRINT_LIMIT = 2000;

/**
 * The team table for paper: every loaded row (the screen's table only renders the rows in view),
 * trends in words. Shown only when printing.
 */
export function PrintTeamTable({ rows, total }: { rows: TeamOverviewRow[]; total: number }) {
  return (
    <div className="print-only">
      <table className="review-table review-table--print">
        <caption>
          {total > rows.length
            ? `The first ${formatCount(rows.length)} of ${plural(total, 'trainee')}`
            : plural(total, 'trainee')}
        </caption>
        <thead>
          <tr>
            <th scope="col">Trainee</th>
            <th scope="col">Attempts</th>
            {DIMENSIONS.map((d) => (
              <th key={d} scope="col">
                {DIMENSION_LABEL[d]}
              </th>
            ))}
            <th scope="col">Scenarios completed</th>
            <th scope="col">Last active</th>
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.traineeName}>
              <th scope="row">{row.traineeName}</th>
              <td>{formatCount(row.attempts)}</td>
              {DIMENSIONS.map((d) => (
                <td key={d}>
                  {row.averages ? row.averages[d] : '–'}
                  <br />
                  <small>{describeTrend(d, row.trend[d]).replace(`${DIMENSION_LABEL[d]} `, '')}</small>
                </td>
              ))}
              <td>{formatCount(row.scenariosCompleted)}</td>
              <td>{formatDate(row.lastActive)}</td>
              <td>{row.flagged.map((d) => DIMENSION_LABEL[d]).join(', ') || 'None'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
