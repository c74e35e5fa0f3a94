/**
 * Attempts under a report's filter: a page of them for the trainee page and the team's list, and
 * chunks in start order for exports, continued after the last attempt of the previous chunk so a
 * million rows are read once each, never skipped or repeated when attempts are added meanwhile.
 */
import { sql, type Selectable } from 'kysely';
import type { ReviewAttemptPage } from '@api';
import { toSummary } from '../attempt-store';
import type { AttemptsTable } from '../database-schema';
import { attemptConditions, isDated, scenarioCondition, type ReviewScope } from './review-scope';
import type { ReviewDb } from './review-schema';

export interface ChunkCursor {
  startedAt: Date;
  id: string;
}

function conditions(scope: ReviewScope, traineeName: string | undefined) {
  const trainee = traineeName === undefined ? sql`true` : sql`a.trainee_name = ${traineeName}`;
  return sql<boolean>`${attemptConditions(scope)} and ${trainee}`;
}

/** How many attempts the scope holds; from the running totals when there is no date range. */
export async function countAttempts(db: ReviewDb, scope: ReviewScope, traineeName?: string): Promise<number> {
  if (!isDated(scope)) {
    const trainee = traineeName === undefined ? sql`true` : sql`trainee_name = ${traineeName}`;
    const { rows } = await sql<{ n: number }>`
      select coalesce(sum(attempts), 0)::int as n from trainee_scenario_totals where ${scenarioCondition(scope)} and ${trainee}`.execute(
      db,
    );
    return rows[0]!.n;
  }
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from attempts a where ${conditions(scope, traineeName)}`.execute(db);
  return rows[0]!.n;
}

/** Newest first, ties by id, one page. */
export async function listAttemptPage(
  db: ReviewDb,
  scope: ReviewScope,
  page: { traineeName?: string; offset: number; limit: number },
): Promise<ReviewAttemptPage> {
  const [rows, total] = await Promise.all([
    db
      .selectFrom('attempts as a')
      .selectAll('a')
      .where(conditions(scope, page.traineeName))
      .orderBy('a.started_at', 'desc')
      .orderBy('a.id', 'desc')
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
    countAttempts(db, scope, page.traineeName),
  ]);
  return { attempts: rows.map(toSummary), offset: page.offset, total };
}

/** The next `limit` attempts rows in start order after `after` (from the start when null). */
export async function attemptChunk(
  db: ReviewDb,
  scope: ReviewScope,
  chunk: { traineeName?: string; after: ChunkCursor | null; limit: number },
): Promise<Array<Selectable<AttemptsTable>>> {
  const after = chunk.after;
  return db
    .selectFrom('attempts as a')
    .selectAll('a')
    .where(conditions(scope, chunk.traineeName))
    .where(after === null ? sql<boolean>`true` : sql<boolean>`(a.started_at, a.id) > (${after.startedAt}, ${after.id})`)
    .orderBy('a.started_at')
    .orderBy('a.id')
    .limit(chunk.limit)
    .execute();
}
