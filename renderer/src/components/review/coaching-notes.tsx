import { useState, type FormEvent } from 'react';
import type { CoachingNote } from '@api';
import { settle } from '../../stores/settle';
import { formatDateTime } from './review-format';

function NoteForm({
  id,
  label,
  initial,
  submitLabel,
  onSave,
  onCancel,
}: {
  id: string;
  label: string;
  initial: string;
  submitLabel: string;
  onSave: (text: string) => Promise<void>;
  onCancel?: () => void;
}) {
  const [text, setText] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return setProblem('Write the note first.');
    setSaving(true);
    const saved = await settle(() => onSave(text));
    setSaving(false);
    if (!saved.ok) return setProblem(saved.error);
    setProblem(null);
    setText(initial === '' ? '' : text);
  };
  return (
    <form className="note-form" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <textarea
          id={id}
          rows={3}
          value={text}
          maxLength={20_000}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={problem !== null}
        />
      </div>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="note-form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/** Notes a manager keeps on a trainee: write one, edit any later, each with when it was written and changed. */
export function CoachingNotes({
  notes,
  onSave,
}: {
  notes: CoachingNote[];
  onSave: (text: string, noteId?: string) => Promise<unknown>;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="coaching-notes" aria-labelledby="notes-title">
      <h2 id="notes-title">Coaching notes</h2>
      <div className="no-print">
        <NoteForm
          id="new-note"
          label="New note"
          initial=""
          submitLabel="Save note"
          onSave={async (text) => void (await onSave(text))}
        />
      </div>
      {notes.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <ol className="note-list">
          {notes.map((note) => (
            <li key={note.id} className="note">
              <p className="note__dates">
                Written <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
                {note.updatedAt !== note.createdAt && (
                  <>
                    {' '}
                    · edited <time dateTime={note.updatedAt}>{formatDateTime(note.updatedAt)}</time>
                  </>
                )}
              </p>
              {editing === note.id ? (
                <NoteForm
                  id={`edit-${note.id}`}
                  label="Edit the note"
                  initial={note.text}
                  submitLabel="Save changes"
                  onSave={async (text) => {
                    await onSave(text, note.id);
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <>
                  <p className="note__text">{note.text}</p>
                  <button type="button" className="link-button no-print" onClick={() => setEditing(note.id)}>
                    Edit<span className="visually-hidden"> the note written {formatDateTime(note.createdAt)}</span>
                  </button>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
