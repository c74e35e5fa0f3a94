import '../styles/review.css';
import '../styles/review-scenario.css';
import { useEffect, useMemo } from 'react';
import { useApi } from '../api/api-context';
import { goBack } from '../app/go-back';
import { ErrorNotice } from '../components/common/error-notice';
import { LoadingState } from '../components/common/loading-state';
import { ScreenHeading } from '../components/common/screen-heading';
import { OutcomeChart } from '../components/review/outcome-chart';
import { plural } from '../components/common/plural';
import { formatCount } from '../components/review/review-format';
import { ReviewFilterBar } from '../components/review/review-filter-bar';
import { ScenarioTurnsTable } from '../components/review/scenario-turns-table';
import { turnNumbersOf } from '../components/review/turn-numbers';
import { useLibraryStore } from '../stores/library-store';
import { ScoreHistogramChart } from '../components/review/score-histogram-chart';
import { ExportActions } from '../components/review/export-actions';
import { filterProblem, toApiFilter, useReviewFilterStore } from '../stores/review-filter-store';
import { useReviewScenarioStore } from '../stores/review-scenario-store';

/** How the team does on one scenario, turn by turn: for trainers deciding which turns are too hard or badly written. */
export function ReviewScenarioScreen({ scenarioId }: { scenarioId: string }) {
  const api = useApi();
  const form = useReviewFilterStore((s) => s.form);
  const problem = filterProblem(form);
  // This page is about one scenario: only the dates of the shared filter apply.
  const filter = useMemo(() => toApiFilter({ ...form, scenarioId: '', industry: '', channel: '' }), [form]);
  const status = useReviewScenarioStore((s) => s.status);
  const error = useReviewScenarioStore((s) => s.error);
  const report = useReviewScenarioStore((s) => s.report);
  const load = useReviewScenarioStore((s) => s.load);
  const scenario = useLibraryStore((s) => s.entries.find((e) => e.scenario?.id === scenarioId)?.scenario);
  // Numbered as the scorecard numbers them, so "Turn 3" here is "Turn 3" in a transcript.
  const turnNumbers = useMemo(() => (scenario ? turnNumbersOf(scenario) : new Map<string, number[]>()), [scenario]);

  useEffect(() => {
    if (!problem) void load(api, scenarioId, filter);
  }, [api, scenarioId, filter, problem, load]);

  const current = report?.scenarioId === scenarioId ? report : null;
  return (
    <div className="screen review-screen">
      <p className="review-back no-print">
        <button type="button" className="link-button" onClick={goBack}>
          ← Back
        </button>
      </p>
      <ScreenHeading>{current ? current.scenarioTitle : 'Scenario report'}</ScreenHeading>
      <p className="screen-intro">
        How the team does on each turn: replies, average scores, the choices picked and where customers are lost.
        {current &&
          ` ${plural(current.attempts, 'attempt')}, ${formatCount(current.finishedAttempts)} finished, ${formatCount(current.unfinished.abandoned)} left early.`}
      </p>
      <ExportActions
        scope={{ filter: { ...filter, scenarioId } }}
        reportTitle={`Rapport scenario report ${current?.scenarioTitle ?? scenarioId}`}
      />
      <ReviewFilterBar scenarios={[]} only="dates" />
      {current && !current.inLibrary && (
        <p className="notice notice--info">This scenario is no longer in the library: its turns are shown by their ids.</p>
      )}
      {status === 'failed' && (
        <ErrorNotice
          title="The scenario report could not be loaded"
          message={error ?? ''}
          action={{ label: 'Try again', onClick: () => void load(api, scenarioId, filter) }}
        />
      )}
      {status === 'loading' && !current && <LoadingState label="Counting the replies to each turn…" />}
      {current && (
        <>
          <section aria-labelledby="turns-title">
            <h2 id="turns-title">Turn by turn</h2>
            <ScenarioTurnsTable turns={current.turns} turnNumbers={turnNumbers} />
          </section>
          <div className="review-charts__grid">
            <OutcomeChart report={current} />
            <ScoreHistogramChart histogram={current.histogram} />
          </div>
        </>
      )}
    </div>
  );
}
