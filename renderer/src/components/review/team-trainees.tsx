import { useMemo } from 'react';
import type { TeamOverviewRow } from '@api';
import { useReviewFilterStore } from '../../stores/review-filter-store';
import { useReviewTeamStore } from '../../stores/review-team-store';
import { ErrorNotice } from '../common/error-notice';
import { LoadingState } from '../common/loading-state';
import { PrintTeamTable } from './print-team-table';
import { formatCount } from './review-format';
import { TeamTable } from './team-table';
import { plural } from '../common/plural';

/** The rows loaded so far from the top of the list, in order. */
function leadingRows(rows: Record<number, TeamOverviewRow>): TeamOverviewRow[] {
  const leading: TeamOverviewRow[] = [];
  for (let i = 0; rows[i] !== undefined; i++) leading.push(rows[i]!);
  return leading;
}

/** The trainees section of the dashboard: search, "flagged only", the table, and its printable twin. */
export function TeamTrainees({
  filtered,
  printRows,
  onOpen,
  onRetry,
}: {
  filtered: boolean;
  printRows: TeamOverviewRow[] | null;
  onOpen: (traineeName: string) => void;
  onRetry: () => void;
}) {
  const search = useReviewFilterStore((s) => s.search);
  const setSearch = useReviewFilterStore((s) => s.setSearch);
  const flaggedOnly = useReviewFilterStore((s) => s.flaggedOnly);
  const setFlaggedOnly = useReviewFilterStore((s) => s.setFlaggedOnly);
  const status = useReviewTeamStore((s) => s.status);
  const error = useReviewTeamStore((s) => s.error);
  const total = useReviewTeamStore((s) => s.total);
  const teamSize = useReviewTeamStore((s) => s.team?.trainees ?? 0);
  const loaded = useReviewTeamStore((s) => s.rows);
  // On paper: every row the Print button loaded, or (printing from the browser's menu) the rows at hand.
  const paperRows = useMemo(() => printRows ?? leadingRows(loaded), [printRows, loaded]);

  const narrowed = search.trim() !== '' || flaggedOnly;
  return (
    <section className="team-trainees" aria-labelledby="trainees-title">
      <div className="team-trainees__toolbar no-print">
        <h2 id="trainees-title">Trainees</h2>
        <div className="field field--inline team-trainees__search" role="search" aria-label="Find a trainee">
          <label htmlFor="team-search">Search by name</label>
          <input id="team-search" type="search" value={search} placeholder="Name…" onChange={(e) => setSearch(e.target.value)} />
        </div>
        <label className="checkbox-field">
          <input type="checkbox" checked={flaggedOnly} onChange={(e) => setFlaggedOnly(e.target.checked)} />
          Flagged only
        </label>
        <p className="team-trainees__count" role="status">
          {status === 'ready' &&
            (narrowed ? `${formatCount(total)} of ${plural(teamSize, 'trainee')}` : plural(total, 'trainee'))}
        </p>
      </div>
      {status === 'failed' && (
        <ErrorNotice
          title="The team could not be loaded"
          message={error ?? ''}
          action={{ label: 'Try again', onClick: onRetry }}
        />
      )}
      {status === 'loading' && total === 0 && <LoadingState label="Loading the team…" />}
      {status === 'ready' && total === 0 && (
        <div className="empty-state">
          <p>
            {narrowed || filtered
              ? 'No trainee matches. Clear the search or the filter to see the whole team.'
              : 'No attempts yet. Trainees appear here after their first conversation.'}
          </p>
        </div>
      )}
      {total > 0 && <TeamTable onOpen={onOpen} />}
      {paperRows.length > 0 && <PrintTeamTable rows={paperRows} total={total} />}
    </section>
  );
}
