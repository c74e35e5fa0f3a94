/**
 * The manager's flagging thresholds, stored as one JSON setting so they survive restarts and apply
 * to every report. A damaged value (edited by hand, written by another version) falls back to the
 * defaults field by field rather than breaking the dashboard.
 */
import type { Kysely } from 'kysely';
import { DEFAULT_THRESHOLDS } from '../../../engine/review/flags';
import { DIMENSIONS } from '../../../engine/scenario/format';
import type { ReviewThresholds } from '@api';
import type { DatabaseSchema } from '../database-schema';

const KEY = 'review-thresholds';

function repaired(stored: unknown): ReviewThresholds {
  const object = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const valid = (v: unknown): v is number | null =>
    v === null || (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100);
  return Object.fromEntries(DIMENSIONS.map((d) => [d, valid(object[d]) ? object[d] : DEFAULT_THRESHOLDS[d]])) as ReviewThresholds;
}

export async function readThresholds(db: Kysely<DatabaseSchema>): Promise<ReviewThresholds> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return { ...DEFAULT_THRESHOLDS };
  try {
    return repaired(JSON.parse(row.value));
  } catch {
    return { ...DEFAULT_THRESHOLDS };
  }
}

export async function saveThresholds(db: Kysely<DatabaseSchema>, thresholds: ReviewThresholds): Promise<void> {
  const value = JSON.stringify(thresholds);
  await db
    .insertInto('settings')
    .values({ key: KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
