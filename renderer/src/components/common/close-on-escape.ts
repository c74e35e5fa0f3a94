import type { KeyboardEvent } from 'react';

/**
 * The keydown handler of a panel or question shown in place: while it is open, Escape closes it
 * and is marked used, so nothing further out (the screen, which Escape may also close) reacts too.
 */
export function closeOnEscape(open: boolean, close: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
    event.preventDefault();
    close();
  };
}
