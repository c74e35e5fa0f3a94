import { CHANNELS, INDUSTRIES, type Scenario } from '../../../../engine/scenario/format';
import { filterProblem, isFiltered, useReviewFilterStore, type ReviewFilterForm } from '../../stores/review-filter-store';
import { CHANNEL_LABEL, INDUSTRY_LABEL } from '../common/labels';

/**
 * Which attempts every report covers: a date range (whole days, the last included), a scenario,
 * an industry and a kind of call. Shared by the team, trainee and scenario pages; `only` picks the
 * fields a page uses (the scenario page has its scenario already).
 */
export function ReviewFilterBar({ scenarios, only = 'all' }: { scenarios: Scenario[]; only?: 'all' | 'dates' }) {
  const form = useReviewFilterStore((s) => s.form);
  const setFilter = useReviewFilterStore((s) => s.setFilter);
  const clearFilter = useReviewFilterStore((s) => s.clearFilter);
  const problem = filterProblem(form);
  const select = <K extends 'scenarioId' | 'industry' | 'channel'>(key: K, value: string) =>
    setFilter({ [key]: value } as Pick<ReviewFilterForm, K>);
  const sorted = [...scenarios].sort((a, b) => a.title.localeCompare(b.title));

  return (
    <fieldset className="review-filters">
      <legend>Filter attempts</legend>
      <div className="review-filters__fields">
        <div className="field field--inline">
          <label htmlFor="review-from">From</label>
          <input
            id="review-from"
            type="date"
            value={form.fromDay}
            max={form.toDay || undefined}
            onChange={(e) => setFilter({ fromDay: e.target.value })}
          />
        </div>
        <div className="field field--inline">
          <label htmlFor="review-to">To (inclusive)</label>
          <input
            id="review-to"
            type="date"
            value={form.toDay}
            min={form.fromDay || undefined}
            onChange={(e) => setFilter({ toDay: e.target.value })}
          />
        </div>
        {only === 'all' && (
          <>
            <div className="field field--inline">
              <label htmlFor="review-scenario">Scenario</label>
              <select id="review-scenario" value={form.scenarioId} onChange={(e) => select('scenarioId', e.target.value)}>
                <option value="">All scenarios</option>
                {sorted.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </div>
            <div className="field field--inline">
              <label htmlFor="review-industry">Industry</label>
              <select id="review-industry" value={form.industry} onChange={(e) => select('industry', e.target.value)}>
                <option value="">All industries</option>
                {INDUSTRIES.map((i) => (
                  <option key={i} value={i}>
                    {INDUSTRY_LABEL[i]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field field--inline">
              <label htmlFor="review-channel">Kind of call</label>
              <select id="review-channel" value={form.channel} onChange={(e) => select('channel', e.target.value)}>
                <option value="">All channels</option>
                {CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {CHANNEL_LABEL[c]}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        <button type="button" className="button button--quiet" onClick={clearFilter} disabled={!isFiltered(form)}>
          Clear filter
        </button>
      </div>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
