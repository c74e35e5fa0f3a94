import { useEffect } from 'react';

/** Typing into a field must never pick a choice: digits and Enter belong to the text there. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox'].includes(target.type);
}

/**
 * Number keys 1..n pick the n-th authored reply and Enter sends the picked one, from anywhere on
 * the play screen except a text field, so a whole conversation can be played from the keyboard.
 */
export function useChoiceKeys({
  count,
  enabled,
  onPick,
  onSend,
}: {
  count: number;
  enabled: boolean;
  onPick: (index: number) => void;
  onSend: () => void;
}) {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
      // Buttons, links and disclosure summaries keep their own Enter.
      const ownsEnter = event.target instanceof Element && event.target.closest('button, a, summary') !== null;
      if (event.key === 'Enter' && !ownsEnter) {
        event.preventDefault();
        onSend();
        return;
      }
      const n = Number(event.key);
      if (/^[1-9]$/.test(event.key) && n <= count) {
        event.preventDefault();
        onPick(n - 1);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [count, enabled, onPick, onSend]);
}
