import { useReviewChartsStore } from './review-charts-store';
import { useReviewFilterStore } from './review-filter-store';
import { useReviewScenarioStore } from './review-scenario-store';
import { useReviewTeamStore } from './review-team-store';
import { useReviewTraineeStore } from './review-trainee-store';
import { useReviewTransferStore } from './review-transfer-store';

/** The manager's stores back to a fresh start (see reset-stores.ts). */
export function resetReviewStores(): void {
  useReviewFilterStore.getState().reset();
  useReviewTeamStore.getState().reset();
  useReviewChartsStore.getState().reset();
  useReviewTraineeStore.getState().reset();
  useReviewScenarioStore.getState().reset();
  useReviewTransferStore.getState().dismiss();
}
