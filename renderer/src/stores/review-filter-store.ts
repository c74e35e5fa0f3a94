import type { ReviewFilter, TeamSortKey } from '@api';
import type { Channel, Industry } from '../../../engine/scenario/format';
import { createResettableStore } from './resettable-store';

/** The filter as the manager sets it: calendar days as the date inputs give them ("2025-03-01"). */
export interface ReviewFilterForm {
  fromDay: string;
  toDay: string;
  scenarioId: string;
  industry: Industry | '';
  channel: Channel | '';
}

export const EMPTY_FILTER: ReviewFilterForm = { fromDay: '', toDay: '', scenarioId: '', industry: '', channel: '' };

/** Midnight at the start of a local calendar day, as an instant. */
function startOfDay(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d! + plusDays).toISOString();
}

/**
 * The Api's filter for the form: whole local days, the last one included (so "to 7 March" runs
 * until midnight starting 8 March). Empty fields are left out.
 */
export function toApiFilter(form: ReviewFilterForm): ReviewFilter {
  return {
    ...(form.fromDay && { from: startOfDay(form.fromDay) }),
    ...(form.toDay && { to: startOfDay(form.toDay, 1) }),
    ...(form.scenarioId && { scenarioId: form.scenarioId }),
    ...(form.industry && { industry: form.industry }),
    ...(form.channel && { channel: form.channel }),
  };
}

/** What the manager has to fix before the filter can apply (a range that ends before it starts). */
export function filterProblem(form: ReviewFilterForm): string | null {
  if (form.fromDay && form.toDay && form.fromDay > form.toDay) return 'The end date is before the start date.';
  return null;
}

export function isFiltered(form: ReviewFilterForm): boolean {
  return Object.values(form).some((v) => v !== '');
}

interface ReviewFilterState {
  form: ReviewFilterForm;
  search: string;
  flaggedOnly: boolean;
  sort: TeamSortKey;
  direction: 'asc' | 'desc';
  setFilter: (changes: Partial<ReviewFilterForm>) => void;
  clearFilter: () => void;
  setSearch: (search: string) => void;
  setFlaggedOnly: (flaggedOnly: boolean) => void;
  /** Sorts by a column; choosing the current column again reverses the direction. */
  sortBy: (key: TeamSortKey) => void;
}

const initial = {
  form: EMPTY_FILTER,
  search: '',
  flaggedOnly: false,
  sort: 'traineeName' as TeamSortKey,
  direction: 'asc' as const,
};

/** Numbers read best highest-first, names and dates in their natural order. */
const FIRST_DIRECTION: Record<TeamSortKey, 'asc' | 'desc'> = {
  traineeName: 'asc',
  attempts: 'desc',
  respect: 'asc',
  helpfulness: 'asc',
  empathy: 'asc',
  scenariosCompleted: 'desc',
  lastActive: 'desc',
  flagged: 'desc',
};

/** The manager's filter, search and sort, shared by the team, trainee and scenario pages. */
export const useReviewFilterStore = createResettableStore<ReviewFilterState>((set) => ({
  ...initial,
  setFilter: (changes) => set((s) => ({ form: { ...s.form, ...changes } })),
  clearFilter: () => set({ form: EMPTY_FILTER }),
  setSearch: (search) => set({ search }),
  setFlaggedOnly: (flaggedOnly) => set({ flaggedOnly }),
  sortBy: (key) =>
    set((s) =>
      s.sort === key ? { direction: s.direction === 'asc' ? 'desc' : 'asc' } : { sort: key, direction: FIRST_DIRECTION[key] },
    ),
}));
