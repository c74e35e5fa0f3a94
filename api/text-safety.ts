/**
 * Text Rapport can store: PostgreSQL refuses the NUL character ("invalid byte sequence for
 * encoding UTF8: 0x00") and a lone UTF-16 surrogate (half of an emoji) is not text at all, so
 * either would fail deep in a query. Every string in every Api argument is checked here, before the
 * argument's own validator, and refused with where it is and what to do.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` cannot be stored, or null when it can. */
export function unstorableTextReason(text: string): string | null {
  if (text.includes('\0')) return 'contains a NUL character (\\u0000), which Rapport cannot store; remove it';
  if (LONE_SURROGATE.test(text)) {
    return 'contains half of a character (a lone UTF-16 surrogate, e.g. a broken emoji), which is not valid text; retype it';
  }
  return null;
}

/** The first string (or object key) in `value` that cannot be stored, with its path; null when there is none. */
export function findUnstorableText(value: unknown, path: string[] = []): { path: string; reason: string } | null {
  if (typeof value === 'string') {
    const reason = unstorableTextReason(value);
    return reason ? { path: path.join('.'), reason } : null;
  }
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const keyReason = unstorableTextReason(key);
    if (keyReason) return { path: [...path, '(a field name)'].join('.'), reason: keyReason };
    const found = findUnstorableText(item, [...path, key]);
    if (found) return found;
  }
  return null;
}
