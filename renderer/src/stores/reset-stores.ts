import { useLibraryStore } from './library-store';
import { usePlayStore } from './play-store';
import { useProfileStore } from './profile-store';
import { useProgressStore } from './progress-store';
import { useRouteStore } from './route-store';
import { useScorecardStore } from './scorecard-store';

/** Back to a fresh start: stores are module singletons, so each test (or a sign-out) begins here. */
export function resetStores(): void {
  useRouteStore.getState().reset();
  useLibraryStore.getState().reset();
  useProfileStore.getState().reset();
  usePlayStore.getState().reset();
  useScorecardStore.getState().reset();
  useProgressStore.getState().reset();
}
