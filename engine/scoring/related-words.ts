import { ANTONYM_STEM_LINES, RELATED_STEM_LINES } from './related-words-table';

/**
 * Which Porter stems WordNet relates (synonyms and derived forms of common senses: "reimburs" →
 * "refund", "repai") and which it gives as opposites ("individu" ↔ "commun"), so a key point can be
 * met by a paraphrase and contradicted by an opposite. Keys are Porter stems from the `stemmer`
 * package, as the scorer's tokens carry them. The table is generated (related-words-table.ts); the
 * lookup shapes are built from it once, on first use.
 */

/**
 * Each stem's linked stems: the table's text after the stem until its first lookup, then that text
 * split into a list. Splitting every line up front would double the build time on first use.
 */
type StemLinks = Map<string, string | readonly string[]>;

const NONE: readonly string[] = Object.freeze([]);
let related: StemLinks | undefined;
let antonyms: StemLinks | undefined;

/**
 * Reads the table's lines (a stem, then every stem linked to it; the generator writes each link from
 * both ends) into a map. One pass with no merging, since it runs on first use in the renderer.
 */
function linksFrom(lines: string): StemLinks {
  const links: StemLinks = new Map();
  let start = 0;
  while (start < lines.length) {
    let end = lines.indexOf('\n', start);
    if (end < 0) end = lines.length;
    const space = lines.indexOf(' ', start);
    if (space > start && space < end) links.set(lines.slice(start, space), lines.slice(space + 1, end));
    start = end + 1;
  }
  return links;
}

/** The stems linked to `stem`, split from the table's text on first lookup and kept. */
function linksOf(links: StemLinks, stem: string): readonly string[] {
  const found = links.get(stem);
  if (found === undefined) return NONE;
  if (typeof found !== 'string') return found;
  const list = Object.freeze(found.split(' '));
  links.set(stem, list);
  return list;
}

/**
 * Stems related to `stem` through a common WordNet sense (synonym, derived form, or a narrow "kind
 * of" for a verb without synonyms), never `stem` itself; empty when there are none. Pass a Porter
 * stem: `relatedStems(stemmer('reimburse'))` includes `stemmer('refund')`. O(1): one map lookup.
 */
export function relatedStems(stem: string): readonly string[] {
  related ??= linksFrom(RELATED_STEM_LINES);
  return linksOf(related, stem);
}

/**
 * True when WordNet relates the two stems directly (see relatedStems); symmetric, false for a stem
 * and itself. A map lookup and a scan of a short list (the table test keeps each under 20 links).
 */
export function areRelated(stemA: string, stemB: string): boolean {
  return relatedStems(stemA).includes(stemB);
}

/**
 * True when WordNet gives the two stems as opposites, directly ("full" ↔ "empti") or through a
 * similar adjective ("commun" is like "common", the opposite of "individu"); symmetric.
 */
export function areAntonyms(stemA: string, stemB: string): boolean {
  antonyms ??= linksFrom(ANTONYM_STEM_LINES);
  return linksOf(antonyms, stemA).includes(stemB);
}

/** Builds both lookup maps now rather than on the first lookup (to warm up, or to time it). */
export function prepareRelatedWords(): void {
  related ??= linksFrom(RELATED_STEM_LINES);
  antonyms ??= linksFrom(ANTONYM_STEM_LINES);
}
