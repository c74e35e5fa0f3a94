/** How the manager's screens write dates, counts and shares. */

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const COUNT = new Intl.NumberFormat('en-GB');

export const formatDate = (iso: string) => DATE.format(new Date(iso));
export const formatDateTime = (iso: string) => DATE_TIME.format(new Date(iso));
export const formatCount = (n: number) => COUNT.format(n);

/** "12 Mar 2025" for a bucket's first day ("2025-03-12"), read as a calendar day, not an instant. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return DATE.format(new Date(y!, m! - 1, d!));
}

/** "today", "yesterday", "5 days ago", then the date. */
export function formatLastActive(iso: string, now = new Date()): string {
  const days = Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 30) return `${days} days ago`;
  return formatDate(iso);
}

/** A share as a whole percentage; "0%" when there is nothing to share. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}
