import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { Choice } from '../../../../engine/scenario/format';
import { useChoiceKeys } from './use-choice-keys';

/** The turn's authored replies, numbered; pick one (click, arrows or its number) and send it. */
export function ChoiceReply({
  choices,
  busy,
  autoFocus,
  failed,
  onSend,
}: {
  choices: Choice[];
  busy: boolean;
  autoFocus: boolean;
  /** Set after a send failed, to bring focus back to the picked reply. */
  failed: boolean;
  onSend: (choice: Choice) => void;
}) {
  const [picked, setPicked] = useState<number | null>(null);
  const radios = useRef<Array<HTMLInputElement | null>>([]);

  const pick = useCallback((index: number) => {
    setPicked(index);
    radios.current[index]?.focus();
  }, []);
  const send = useCallback(() => {
    const choice = picked === null ? undefined : choices[picked];
    if (choice && !busy) onSend(choice);
  }, [picked, choices, busy, onSend]);
  useChoiceKeys({ count: choices.length, enabled: !busy, onPick: pick, onSend: send });

  useEffect(() => {
    if (autoFocus) radios.current[0]?.focus();
  }, [autoFocus]);
  useEffect(() => {
    if (failed && !busy) radios.current[picked ?? 0]?.focus();
  }, [failed, busy, picked]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };

  return (
    <form className="choice-reply" onSubmit={submit}>
      <fieldset disabled={busy}>
        <legend className="choice-reply__legend">
          Choose a reply
          <span className="choice-reply__keys">Press 1–{choices.length} to pick, Enter to send</span>
        </legend>
        <div className="choice-reply__options">
          {choices.map((choice, i) => (
            <label key={choice.id} className={`choice${picked === i ? ' is-picked' : ''}`}>
              <input
                ref={(el) => {
                  radios.current[i] = el;
                }}
                type="radio"
                name="choice"
                value={choice.id}
                checked={picked === i}
                onChange={() => setPicked(i)}
              />
              <span className="choice__number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="choice__text">{choice.text}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="reply-actions">
        <button type="submit" className="button button--primary" disabled={busy || picked === null}>
          {busy ? 'Sending…' : 'Send reply'}
        </button>
      </div>
    </form>
  );
}
