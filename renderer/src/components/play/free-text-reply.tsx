import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';

/** Matches the Api's limit on a typed reply. */
const MAX_REPLY = 100_000;

/**
 * The trainee's own words. Enter sends and Shift+Enter starts a new line, as in chat apps; the
 * text stays in the box until the service has recorded it, so a failed send loses nothing.
 */
export function FreeTextReply({
  prompt,
  customerName,
  busy,
  autoFocus,
  failed,
  onSend,
}: {
  prompt?: string;
  customerName: string;
  busy: boolean;
  autoFocus: boolean;
  failed: boolean;
  onSend: (text: string) => void;
}) {
  const [draft, setDraft] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const canSend = draft.trim().length > 0 && !busy;

  useEffect(() => {
    if (autoFocus) box.current?.focus();
  }, [autoFocus]);
  useEffect(() => {
    if (failed && !busy) box.current?.focus();
  }, [failed, busy]);

  const send = () => {
    if (canSend) onSend(draft.trim());
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // While an input method is composing, Enter confirms the composition rather than sending.
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    send();
  };

  return (
    <form className="free-text-reply" onSubmit={submit}>
      <label htmlFor="free-text" className="free-text-reply__label">
        Write your reply to {customerName}
      </label>
      {prompt && (
        <p id="free-text-prompt" className="field__hint">
          Tip: {prompt}
        </p>
      )}
      <textarea
        ref={box}
        id="free-text"
        className="free-text-reply__box"
        rows={3}
        maxLength={MAX_REPLY}
        value={draft}
        disabled={busy}
        aria-describedby={`${prompt ? 'free-text-prompt ' : ''}free-text-keys`}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="reply-actions">
        <p id="free-text-keys" className="free-text-reply__keys">
          Enter to send · Shift+Enter for a new line
        </p>
        <p className="free-text-reply__count">
          {draft.length.toLocaleString('en')} character{draft.length === 1 ? '' : 's'}
        </p>
        <button type="submit" className="button button--primary" disabled={!canSend}>
          {busy ? 'Sending…' : 'Send reply'}
        </button>
      </div>
    </form>
  );
}
