/** Coaching notes: what a manager wrote about a trainee, with when it was written and last changed. */
import type { Selectable } from 'kysely';
import type { CoachingNote } from '@api';
import type { CoachingNotesTable, ReviewDb } from './review-schema';

function toNote(row: Selectable<CoachingNotesTable>): CoachingNote {
  return {
    id: row.id,
    traineeName: row.trainee_name,
    text: row.text,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function insertNote(
  db: ReviewDb,
  note: { id: string; traineeName: string; text: string; at: Date },
): Promise<CoachingNote> {
  const row = await db
    .insertInto('coaching_notes')
    .values({ id: note.id, trainee_name: note.traineeName, text: note.text, created_at: note.at, updated_at: note.at })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toNote(row);
}

/** Changes a note's text; undefined when no note of that trainee has the id. */
export async function updateNote(
  db: ReviewDb,
  change: { id: string; traineeName: string; text: string; at: Date },
): Promise<CoachingNote | undefined> {
  const row = await db
    .updateTable('coaching_notes')
    .set({ text: change.text, updated_at: change.at })
    .where('id', '=', change.id)
    .where('trainee_name', '=', change.traineeName)
    .returningAll()
    .executeTakeFirst();
  return row && toNote(row);
}

/** A trainee's notes, newest first (by when they were first written). */
export async function listNotes(db: ReviewDb, traineeName: string): Promise<CoachingNote[]> {
  const rows = await db
    .selectFrom('coaching_notes')
    .selectAll()
    .where('trainee_name', '=', traineeName)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toNote);
}
