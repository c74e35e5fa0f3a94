import { usePlayStore } from '../stores/play-store';
import { useProfileStore } from '../stores/profile-store';
import { useProgressStore } from '../stores/progress-store';
import { useRouteStore } from '../stores/route-store';
import { useScorecardStore } from '../stores/scorecard-store';
import { useUnfinishedAttemptsStore } from '../stores/unfinished-attempts-store';

/** Forgets what the screens hold for this trainee (the database keeps it all) and asks who is next. */
function askWhoIsTraining(): void {
  useRouteStore.getState().reset();
  usePlayStore.getState().reset();
  useScorecardStore.getState().reset();
  useProgressStore.getState().reset();
  useUnfinishedAttemptsStore.getState().reset();
  useProfileStore.getState().forget();
}

/**
 * "Not you? Switch trainee" on a shared computer: back to the welcome step. Every attempt stays
 * saved under its trainee's name; a conversation in progress waits in that trainee's library.
 * A screen with unsaved work (the scenario editor) is asked first, as for any other way out.
 */
export function switchTrainee(): void {
  const { leaveGuard, setLeaveGuard } = useRouteStore.getState();
  if (!leaveGuard) return askWhoIsTraining();
  leaveGuard(() => {
    setLeaveGuard(null);
    askWhoIsTraining();
  });
}
