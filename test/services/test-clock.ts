/** A clock the test sets by hand, injected as `now` so stored timestamps are predictable. */
export function testClock(startIso: string) {
  let current = Date.parse(startIso);
  return {
    now: () => new Date(current),
    set(iso: string) {
      current = Date.parse(iso);
    },
    advanceMinutes(minutes: number) {
      current += minutes * 60_000;
    },
    iso: () => new Date(current).toISOString(),
  };
}
