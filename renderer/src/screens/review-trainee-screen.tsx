import '../styles/review.css';
import '../styles/review-trainee.css';
import { useEffect, useMemo } from 'react';
import { useApi } from '../api/api-context';
import { goBack } from '../app/go-back';
import { CHANNEL_LABEL, INDUSTRY_LABEL } from '../components/common/labels';
import { ErrorNotice } from '../components/common/error-notice';
import { LoadingState } from '../components/common/loading-state';
import { ScreenHeading } from '../components/common/screen-heading';
import { CoachingNotes } from '../components/review/coaching-notes';
import { ExportActions } from '../components/review/export-actions';
import { ReviewFilterBar } from '../components/review/review-filter-bar';
import { ScoreLinesChart } from '../components/review/score-lines-chart';
import { SkillsByKindTable } from '../components/review/skills-by-kind-table';
import { SkillsRadar } from '../components/review/skills-radar';
import { TraineeAttempts } from '../components/review/trainee-attempts';
import { TraineeSummary } from '../components/review/trainee-summary';
import { WeakestSkills } from '../components/review/weakest-skills';
import { selectScenarios } from '../stores/library-selectors';
import { useLibraryStore } from '../stores/library-store';
import { filterProblem, toApiFilter, useReviewFilterStore } from '../stores/review-filter-store';
import { ATTEMPTS_PAGE_SIZE, useReviewTraineeStore } from '../stores/review-trainee-store';
import { useRouteStore } from '../stores/route-store';

/** One trainee, for a manager deciding on coaching: how they do, where they are weakest and why, notes, attempts. */
export function ReviewTraineeScreen({ traineeName }: { traineeName: string }) {
  const api = useApi();
  const entries = useLibraryStore((s) => s.entries);
  const scenarios = useMemo(() => selectScenarios({ entries }), [entries]);
  const form = useReviewFilterStore((s) => s.form);
  const filter = useMemo(() => toApiFilter(form), [form]);
  const problem = filterProblem(form);
  const status = useReviewTraineeStore((s) => s.status);
  const error = useReviewTraineeStore((s) => s.error);
  const report = useReviewTraineeStore((s) => s.report);
  const history = useReviewTraineeStore((s) => s.history);
  const attempts = useReviewTraineeStore((s) => s.attempts);
  const attemptsLoading = useReviewTraineeStore((s) => s.attemptsLoading);
  const shownFor = useReviewTraineeStore((s) => s.traineeName);
  const load = useReviewTraineeStore((s) => s.load);
  const showAttempts = useReviewTraineeStore((s) => s.showAttempts);
  const saveNote = useReviewTraineeStore((s) => s.saveNote);
  const navigate = useRouteStore((s) => s.navigate);

  useEffect(() => {
    if (!problem) void load(api, traineeName, filter);
  }, [api, traineeName, filter, problem, load]);

  const current = shownFor === traineeName ? report : null;
  const openAttempt = (attemptId: string, turnIndex?: number) => navigate({ name: 'review-attempt', attemptId, turnIndex });

  return (
    <div className="screen review-screen">
      <p className="review-back no-print">
        <button type="button" className="link-button" onClick={goBack}>
          ← Back
        </button>
      </p>
      <ScreenHeading>{traineeName}</ScreenHeading>
      <p className="screen-intro">
        Trainee report: scores and trends, the weakest skills with the turns that show them, coaching notes and every attempt.
      </p>
      <ExportActions scope={{ filter, traineeName }} reportTitle={`Rapport trainee report ${traineeName}`} />
      <ReviewFilterBar scenarios={scenarios} />
      {status === 'failed' && (
        <ErrorNotice
          title="This trainee's report could not be loaded"
          message={error ?? ''}
          action={{ label: 'Try again', onClick: () => void load(api, traineeName, filter) }}
        />
      )}
      {status === 'loading' && !current && <LoadingState label={`Loading ${traineeName}'s report…`} />}
      {current && (
        <>
          <TraineeSummary summary={current.summary} />
          <div className="review-charts__grid">
            {history && <ScoreLinesChart title="Scores over time" trend={history} />}
            <SkillsRadar traineeName={traineeName} mine={current.summary.averages} team={current.teamAverages} />
          </div>
          <div className="review-charts__grid">
            <SkillsByKindTable
              title="By kind of call"
              kindHeading="Channel"
              rows={current.byChannel}
              names={CHANNEL_LABEL}
              thresholds={current.thresholds}
            />
            <SkillsByKindTable
              title="By industry"
              kindHeading="Industry"
              rows={current.byIndustry}
              names={INDUSTRY_LABEL}
              thresholds={current.thresholds}
            />
          </div>
          <WeakestSkills skills={current.weakestSkills} thresholds={current.thresholds} onOpenTurn={openAttempt} />
          <CoachingNotes notes={current.coachingNotes} onSave={(text, noteId) => saveNote(api, text, noteId)} />
          {attempts && (
            <TraineeAttempts
              page={attempts}
              pageSize={ATTEMPTS_PAGE_SIZE}
              loading={attemptsLoading}
              onPage={(offset) => void showAttempts(api, offset)}
              onOpen={(attemptId) => openAttempt(attemptId)}
            />
          )}
        </>
      )}
    </div>
  );
}
