import type { Scenario } from '../../../engine/scenario/format';
import type { LibraryEntry } from '../../../engine/scenario/library';
import type { LibraryFilters } from './library-store';

interface LibrarySlice {
  entries: LibraryEntry[];
  search: string;
  filters: LibraryFilters;
}

/** Every scenario that loaded, in library order. */
export function selectScenarios(s: { entries: LibraryEntry[] }): Scenario[] {
  return s.entries.flatMap((e) => (e.scenario ? [e.scenario] : []));
}

/** Files that could not be loaded, each with its located problems. */
export function selectBrokenEntries(s: { entries: LibraryEntry[] }): LibraryEntry[] {
  return s.entries.filter((e) => !e.scenario);
}

export function selectScenarioById(id: string) {
  return (s: { entries: LibraryEntry[] }): Scenario | undefined => s.entries.find((e) => e.scenario?.id === id)?.scenario;
}

/** Words a trainee might search by: what it is about, who the customer is, what it practises. */
function searchableText(s: Scenario): string {
  return [s.title, s.description, s.industry, s.channel, s.difficulty, s.persona.name, ...(s.skills ?? [])]
    .join(' ')
    .toLowerCase();
}

/** The scenarios matching the search text (every word, any order) and the filters. */
export function selectFilteredScenarios(s: LibrarySlice): Scenario[] {
  const words = s.search.toLowerCase().split(/\s+/).filter(Boolean);
  const { industry, channel, difficulty } = s.filters;
  return selectScenarios(s).filter(
    (scenario) =>
      (industry === 'all' || scenario.industry === industry) &&
      (channel === 'all' || scenario.channel === channel) &&
      (difficulty === 'all' || scenario.difficulty === difficulty) &&
      words.every((w) => searchableText(scenario).includes(w)),
  );
}

export function selectIsFiltered(s: LibrarySlice): boolean {
  return s.search.trim() !== '' || Object.values(s.filters).some((v) => v !== 'all');
}
