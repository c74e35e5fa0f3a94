import '../styles/review.css';
import '../styles/review-team.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TeamOverviewRow } from '@api';
import { useApi } from '../api/api-context';
import { ErrorNotice } from '../components/common/error-notice';
import { LoadingState } from '../components/common/loading-state';
import { ScreenHeading } from '../components/common/screen-heading';
import { ExportActions } from '../components/review/export-actions';
import { ImportAttempts } from '../components/review/import-attempts';
import { PRINT_LIMIT } from '../components/review/print-team-table';
import { ReviewFilterBar } from '../components/review/review-filter-bar';
import { ScoreDistributionChart } from '../components/review/score-distribution-chart';
import { ScoreLinesChart } from '../components/review/score-lines-chart';
import { TeamSummary } from '../components/review/team-summary';
import { TeamTrainees } from '../components/review/team-trainees';
import { ThresholdEditor } from '../components/review/threshold-editor';
import { useDebounced } from '../components/review/use-debounced';
import { selectScenarios } from '../stores/library-selectors';
import { useLibraryStore } from '../stores/library-store';
import { useReviewChartsStore, type TrendBucket } from '../stores/review-charts-store';
import { filterProblem, isFiltered, toApiFilter, useReviewFilterStore } from '../stores/review-filter-store';
import { useReviewTeamStore } from '../stores/review-team-store';
import { useRouteStore } from '../stores/route-store';

const BUCKETS: Array<{ value: TrendBucket; label: string }> = [
  { value: 'day', label: 'By day' },
  { value: 'week', label: 'By week' },
  { value: 'month', label: 'By month' },
];

/** The manager's dashboard: the whole team under a filter, who is flagged and why, and the charts. */
export function ReviewTeamScreen() {
  const api = useApi();
  const entries = useLibraryStore((s) => s.entries);
  const scenarios = useMemo(() => selectScenarios({ entries }), [entries]);
  const form = useReviewFilterStore((s) => s.form);
  const search = useDebounced(useReviewFilterStore((s) => s.search));
  const flaggedOnly = useReviewFilterStore((s) => s.flaggedOnly);
  const sort = useReviewFilterStore((s) => s.sort);
  const direction = useReviewFilterStore((s) => s.direction);
  const loadTeam = useReviewTeamStore((s) => s.load);
  const team = useReviewTeamStore((s) => s.team);
  const thresholds = useReviewTeamStore((s) => s.thresholds);
  const saveThresholds = useReviewTeamStore((s) => s.saveThresholds);
  const charts = {
    status: useReviewChartsStore((s) => s.status),
    error: useReviewChartsStore((s) => s.error),
    bucket: useReviewChartsStore((s) => s.bucket),
    trend: useReviewChartsStore((s) => s.trend),
    distribution: useReviewChartsStore((s) => s.distribution),
    load: useReviewChartsStore((s) => s.load),
  };
  const navigate = useRouteStore((s) => s.navigate);
  const [printRows, setPrintRows] = useState<TeamOverviewRow[] | null>(null);

  const problem = filterProblem(form);
  const filter = useMemo(() => toApiFilter(form), [form]);
  const reloadTeam = useCallback(() => {
    if (!problem) void loadTeam(api, { filter, search, flaggedOnly, sort, direction });
  }, [api, loadTeam, filter, search, flaggedOnly, sort, direction, problem]);
  const loadCharts = charts.load;
  const reloadCharts = useCallback(
    (bucket?: TrendBucket) => {
      if (!problem) void loadCharts(api, filter, bucket);
    },
    [api, loadCharts, filter, problem],
  );
  useEffect(reloadTeam, [reloadTeam]);
  useEffect(() => reloadCharts(), [reloadCharts]);

  /** Every row (up to the print limit) for the printed table, which is not virtualised. */
  const preparePrint = async () => {
    const { total, ensureRows } = useReviewTeamStore.getState();
    const wanted = Math.min(total, PRINT_LIMIT);
    if (wanted > 0) await ensureRows(api, 0, wanted - 1);
    const rows = useReviewTeamStore.getState().rows;
    setPrintRows(Array.from({ length: wanted }, (_, i) => rows[i]).filter((r): r is TeamOverviewRow => r !== undefined));
  };

  return (
    <div className="screen review-screen review-screen--team">
      <ScreenHeading>Team</ScreenHeading>
      <p className="screen-intro">
        Who needs coaching, on which skill and kind of call. Choose a trainee for their weakest turns, a scenario for each turn.
      </p>
      <ExportActions scope={{ filter }} reportTitle="Rapport team report" prepare={preparePrint}>
        <ImportAttempts
          onImported={() => {
            reloadTeam();
            reloadCharts();
          }}
        />
      </ExportActions>
      <ReviewFilterBar scenarios={scenarios} />
      {team && <TeamSummary team={team} />}
      <TeamTrainees
        filtered={isFiltered(form)}
        printRows={printRows}
        onOpen={(traineeName) => navigate({ name: 'trainee-report', traineeName })}
        onRetry={reloadTeam}
      />
      {thresholds && <ThresholdEditor thresholds={thresholds} onSave={(t) => saveThresholds(api, t)} />}
      <section className="review-charts" aria-labelledby="team-charts-title">
        <h2 id="team-charts-title">Charts</h2>
        {charts.status === 'failed' && (
          <ErrorNotice
            title="The charts could not be loaded"
            message={charts.error ?? ''}
            action={{ label: 'Try again', onClick: () => reloadCharts() }}
          />
        )}
        {charts.status === 'loading' && !charts.trend && <LoadingState label="Loading the charts…" />}
        <div className="review-charts__grid">
          {charts.trend && (
            <ScoreLinesChart
              title="Team scores over time"
              trend={charts.trend}
              controls={
                <div className="field field--inline review-chart__control no-print">
                  <label htmlFor="team-trend-bucket">Show</label>
                  <select
                    id="team-trend-bucket"
                    value={charts.bucket}
                    onChange={(e) => reloadCharts(e.target.value as TrendBucket)}
                  >
                    {BUCKETS.map((b) => (
                      <option key={b.value} value={b.value}>
                        {b.label}
                      </option>
                    ))}
                  </select>
                </div>
              }
            />
          )}
          {charts.distribution && (
            <ScoreDistributionChart
              scenarios={charts.distribution.scenarios}
              onOpenScenario={(scenarioId) => navigate({ name: 'scenario-report', scenarioId })}
            />
          )}
        </div>
      </section>
    </div>
  );
}
