/**
 * A report's filter turned into what the SQL needs: a start-time range and the scenario ids it
 * covers (industry and channel name no column of their own; they select the library's scenarios
 * of that kind).
 */
import { sql, type RawBuilder } from 'kysely';
import { filtersByKind, isOfKind } from '../../../engine/review/review-filter';
import type { ReviewFilter } from '@api';
import type { ScenarioCatalogue } from './scenario-catalogue';

export interface ReviewScope {
  from: Date | null;
  to: Date | null;
  /** null: every scenario, including those no longer in the library. */
  scenarioIds: string[] | null;
}

/** The scope of a filter; an industry or channel with no scenario in the library covers nothing. */
export async function scopeOf(filter: ReviewFilter, catalogue: ScenarioCatalogue): Promise<ReviewScope> {
  let scenarioIds: string[] | null = filter.scenarioId === undefined ? null : [filter.scenarioId];
  if (filtersByKind(filter)) {
    const ofKind = (await catalogue.scenarios()).filter((s) => isOfKind(s, filter)).map((s) => s.id);
    scenarioIds = scenarioIds === null ? ofKind : scenarioIds.filter((id) => ofKind.includes(id));
  }
  return {
    from: filter.from === undefined ? null : new Date(filter.from),
    to: filter.to === undefined ? null : new Date(filter.to),
    scenarioIds,
  };
}

/** Whether the scope has a date range (and so cannot be answered from the running totals). */
export function isDated(scope: ReviewScope): boolean {
  return scope.from !== null || scope.to !== null;
}

/** `scenario_id = any(…)` for the scope, or true. */
export function scenarioCondition(scope: ReviewScope, column: RawBuilder<unknown> = sql`scenario_id`): RawBuilder<unknown> {
  return scope.scenarioIds === null ? sql`true` : sql`${column} = any(${scope.scenarioIds}::text[])`;
}

/** The scope's conditions on an attempts row, `a` by default. */
export function attemptConditions(scope: ReviewScope, alias = 'a'): RawBuilder<unknown> {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  return sql.join(
    [
      scenarioCondition(scope, column('scenario_id')),
      scope.from === null ? sql`true` : sql`${column('started_at')} >= ${scope.from}`,
      scope.to === null ? sql`true` : sql`${column('started_at')} < ${scope.to}`,
    ],
    sql` and `,
  );
}
