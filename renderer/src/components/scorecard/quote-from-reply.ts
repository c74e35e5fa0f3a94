/**
 * The scorer finds its evidence in a lower-cased copy of the reply (straight apostrophes and
 * quotes), so its phrases read "i've just refunded … friday". Quoting the trainee should give
 * their own words back: find the phrase in the reply, ignoring case, and take the reply's text.
 */
function fold(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"');
}

function findInReply(phrase: string, reply: string): string | null {
  const haystack = fold(reply);
  const needle = fold(phrase);
  // Lower-casing can change a string's length (a few letters outside English); then positions no longer match.
  if (needle === '' || haystack.length !== reply.length) return null;
  const at = haystack.indexOf(needle);
  return at < 0 ? null : reply.slice(at, at + needle.length);
}

/**
 * The phrase as the reply wrote it. Some evidence lists several finds joined by ", " ("49.99,
 * friday"); each is looked up on its own. What cannot be found is quoted as the scorer gave it.
 */
export function quoteFromReply(phrase: string, reply: string | undefined): string {
  if (!reply) return phrase;
  const whole = findInReply(phrase, reply);
  if (whole !== null) return whole;
  const parts = phrase.split(', ');
  if (parts.length === 1) return phrase;
  return parts.map((part) => findInReply(part, reply) ?? part).join(', ');
}
