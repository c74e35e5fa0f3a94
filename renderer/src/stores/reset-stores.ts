import { useEditorHomeStore } from './editor-home-store';
import { usePlayTestStore } from './editor-play-test-store';
import { useEditorSaveStore } from './editor-save-store';
import { useEditorStore } from './editor-store';
import { useHealthStore } from './health-store';
import { useLibraryStore } from './library-store';
import { usePlayStore } from './play-store';
import { useProfileStore } from './profile-store';
import { useProgressStore } from './progress-store';
import { resetReviewStores } from './review-reset';
import { useRouteStore } from './route-store';
import { useScorecardStore } from './scorecard-store';
import { useSessionStore } from './session-store';
import { useUnfinishedAttemptsStore } from './unfinished-attempts-store';

/** Back to a fresh start: stores are module singletons, so each test (or a sign-out) begins here. */
export function resetStores(): void {
  useRouteStore.getState().reset();
  useLibraryStore.getState().reset();
  useProfileStore.getState().reset();
  usePlayStore.getState().reset();
  useScorecardStore.getState().reset();
  useProgressStore.getState().reset();
  useEditorStore.getState().close();
  useEditorSaveStore.getState().reset();
  useEditorHomeStore.getState().reset();
  usePlayTestStore.getState().close();
  resetReviewStores();
  useHealthStore.getState().reset();
  useUnfinishedAttemptsStore.getState().reset();
  useSessionStore.getState().reset();
}
