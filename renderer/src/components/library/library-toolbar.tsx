import { CHANNELS, DIFFICULTIES, INDUSTRIES } from '../../../../engine/scenario/format';
import { useLibraryStore, type LibraryFilters } from '../../stores/library-store';
import { CHANNEL_LABEL, DIFFICULTY_LABEL, INDUSTRY_LABEL } from '../common/labels';
import { plural } from '../common/plural';

interface FilterSpec<K extends keyof LibraryFilters> {
  key: K;
  label: string;
  allLabel: string;
  options: ReadonlyArray<Exclude<LibraryFilters[K], 'all'>>;
  names: Record<Exclude<LibraryFilters[K], 'all'>, string>;
}

function FilterSelect<K extends keyof LibraryFilters>({ spec }: { spec: FilterSpec<K> }) {
  const value = useLibraryStore((s) => s.filters[spec.key]);
  const setFilter = useLibraryStore((s) => s.setFilter);
  const id = `library-filter-${spec.key}`;
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{spec.label}</label>
      <select id={id} value={value} onChange={(e) => setFilter(spec.key, e.target.value as LibraryFilters[K])}>
        <option value="all">{spec.allLabel}</option>
        {spec.options.map((option) => (
          <option key={option} value={option}>
            {spec.names[option]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Search and filters for the scenario list, with a count of what they leave. */
export function LibraryToolbar({ shown, total }: { shown: number; total: number }) {
  const search = useLibraryStore((s) => s.search);
  const setSearch = useLibraryStore((s) => s.setSearch);
  const clearFilters = useLibraryStore((s) => s.clearFilters);
  return (
    <div className="library-toolbar" role="search" aria-label="Find a scenario">
      <div className="field field--grow">
        <label htmlFor="library-search">Search</label>
        <input
          id="library-search"
          type="search"
          value={search}
          placeholder="Title, customer, skill…"
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <FilterSelect
        spec={{ key: 'industry', label: 'Industry', allLabel: 'All industries', options: INDUSTRIES, names: INDUSTRY_LABEL }}
      />
      <FilterSelect
        spec={{ key: 'channel', label: 'Channel', allLabel: 'All channels', options: CHANNELS, names: CHANNEL_LABEL }}
      />
      <FilterSelect
        spec={{ key: 'difficulty', label: 'Difficulty', allLabel: 'All levels', options: DIFFICULTIES, names: DIFFICULTY_LABEL }}
      />
      <button type="button" className="button button--quiet" onClick={clearFilters}>
        Clear
      </button>
      <p className="library-toolbar__count" role="status">
        {shown === total ? plural(total, 'scenario') : `Showing ${shown} of ${plural(total, 'scenario')}`}
      </p>
    </div>
  );
}
