import { lazy, Suspense } from 'react';
import { LoadingState } from '../components/common/loading-state';
import { DataScreen } from '../screens/data-screen';
import { LibraryScreen } from '../screens/library-screen';
import { PlayScreen } from '../screens/play-screen';
import { ScorecardScreen } from '../screens/scorecard-screen';
import { useRouteStore } from '../stores/route-store';

// The progress chart (recharts) is most of the bundle's weight; load it when first opened.
const ProgressScreen = lazy(() => import('../screens/progress-screen').then((m) => ({ default: m.ProgressScreen })));
// Authoring (and the graph library it brings) is for trainers: trainees never download it.
const AuthoringScreen = lazy(() => import('../screens/authoring-screen').then((m) => ({ default: m.AuthoringScreen })));
const AuthoringEditorScreen = lazy(() =>
  import('../screens/authoring-editor-screen').then((m) => ({ default: m.AuthoringEditorScreen })),
);
// The manager's review (tables, charts, exports) is for managers: loaded when first opened.
const ReviewTeamScreen = lazy(() => import('../screens/review-team-screen').then((m) => ({ default: m.ReviewTeamScreen })));
const ReviewTraineeScreen = lazy(() =>
  import('../screens/review-trainee-screen').then((m) => ({ default: m.ReviewTraineeScreen })),
);
const ReviewScenarioScreen = lazy(() =>
  import('../screens/review-scenario-screen').then((m) => ({ default: m.ReviewScenarioScreen })),
);
const ReviewAttemptScreen = lazy(() =>
  import('../screens/review-attempt-screen').then((m) => ({ default: m.ReviewAttemptScreen })),
);

/** The screen for the current route; the route store is the whole of Rapport's routing. */
export function CurrentScreen({ traineeName }: { traineeName: string }) {
  const route = useRouteStore((s) => s.route);
  switch (route.name) {
    case 'library':
      return <LibraryScreen traineeName={traineeName} />;
    case 'play':
      return <PlayScreen />;
    case 'scorecard':
      return <ScorecardScreen attemptId={route.attemptId} traineeName={traineeName} />;
    case 'progress':
      return (
        <Suspense fallback={<LoadingState label="Loading your progress…" />}>
          <ProgressScreen traineeName={traineeName} />
        </Suspense>
      );
    case 'authoring':
      return (
        <Suspense fallback={<LoadingState label="Loading your scenarios…" />}>
          <AuthoringScreen />
        </Suspense>
      );
    case 'scenario-editor':
      return (
        <Suspense fallback={<LoadingState label="Opening the scenario editor…" />}>
          <AuthoringEditorScreen />
        </Suspense>
      );
    case 'team':
      return (
        <Suspense fallback={<LoadingState label="Loading the team…" />}>
          <ReviewTeamScreen />
        </Suspense>
      );
    case 'trainee-report':
      return (
        <Suspense fallback={<LoadingState label="Loading the trainee’s report…" />}>
          <ReviewTraineeScreen key={route.traineeName} traineeName={route.traineeName} />
        </Suspense>
      );
    case 'scenario-report':
      return (
        <Suspense fallback={<LoadingState label="Loading the scenario report…" />}>
          <ReviewScenarioScreen key={route.scenarioId} scenarioId={route.scenarioId} />
        </Suspense>
      );
    case 'data':
      return <DataScreen />;
    case 'review-attempt':
      return (
        <Suspense fallback={<LoadingState label="Loading the transcript…" />}>
          <ReviewAttemptScreen key={route.attemptId} attemptId={route.attemptId} turnIndex={route.turnIndex} />
        </Suspense>
      );
  }
}
