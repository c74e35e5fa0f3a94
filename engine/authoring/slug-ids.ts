/**
 * Ids for things made from a trainer's words (imported passage names, link texts, new nodes): the
 * format's id rule is lowercase letters, digits and dashes, so "Can I help?" becomes "can-i-help".
 */

const MAX_LENGTH = 60;

/**
 * The words of `text` as an id (apostrophes dropped, so "I'm" is "im"; long ones cut at a word
 * boundary); `fallback` when no letter or digit survives.
 */
export function slugId(text: string, fallback: string): string {
  let slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_LENGTH) {
    const cut = slug.slice(0, MAX_LENGTH + 1);
    const lastDash = cut.lastIndexOf('-');
    slug = (lastDash > MAX_LENGTH / 2 ? cut.slice(0, lastDash) : cut.slice(0, MAX_LENGTH)).replace(/-+$/, '');
  }
  return slug === '' ? fallback : slug;
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet; the result is marked as taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
