import type { Dimension } from '../scenario/format';

/**
 * A move a trainer listens for in a reply: words that earn or cost points on one dimension.
 * Gains do not count when negated ("I'm not sorry"); losses that are negated ("I won't ask you to
 * calm down") are dropped too.
 */
export interface Cue {
  /** Stable id of the move, for logic and stored evidence; the reason is only for people. */
  id: string;
  dimension: Dimension;
  points: number;
  reason: string;
  re: RegExp;
  /** Group of cues of which only the strongest counts (e.g. "apology"). */
  group?: string;
  /** Checked against the text with the customer's quoted words still in (default: quotes removed for losses). */
  inQuotes?: boolean;
  /** How many separate matches count (each a new piece of evidence); default 1. */
  max?: number;
  /** Negation does not cancel this cue (it already contains its own negation, e.g. "not your fault"). */
  ignoresNegation?: boolean;
}

/** Builds a cue matched on word boundaries, counted once per reply. */
export function cue(
  id: string,
  dimension: Dimension,
  points: number,
  reason: string,
  pattern: string,
  extra: Partial<Cue> = {},
): Cue {
  return { id, dimension, points, reason, re: new RegExp(`(?<![\\w'])(?:${pattern})(?![\\w'])`, 'g'), ...extra };
}
