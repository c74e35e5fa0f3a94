import { lazy, Suspense } from 'react';
import { LoadingState } from '../components/common/loading-state';
import { LibraryScreen } from '../screens/library-screen';
import { PlayScreen } from '../screens/play-screen';
import { ScorecardScreen } from '../screens/scorecard-screen';
import { useRouteStore } from '../stores/route-store';

// The progress chart (recharts) is most of the bundle's weight; load it when first opened.
const ProgressScreen = lazy(() => import('../screens/progress-screen').then((m) => ({ default: m.ProgressScreen })));

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
  }
}
