/**
 * The order a turn's authored choices are shown in. Authors tend to write the best reply first and
 * longest, so showing choices as written teaches trainees to press 1. Each attempt draws one seed
 * when it starts; every turn's order follows from that seed and the turn's id, so resuming or
 * reloading an attempt shows the same order again, and a new attempt (or a retry) draws a new one.
 */
import type { Choice, CustomerTurn } from '../scenario/format';
import type { PlayedTurn } from './types';

/** Seeds are whole numbers in [0, 2^31), so they fit a Postgres `integer` column. */
export const CHOICE_SEED_LIMIT = 2 ** 31;

/** A new seed from `random` (a [0, 1) source such as Math.random, or a test's fixed one). */
export function drawChoiceSeed(random: () => number): number {
  return Math.floor(random() * CHOICE_SEED_LIMIT) % CHOICE_SEED_LIMIT;
}

/** FNV-1a over the text: spreads nearby seeds and similar node ids over unrelated streams. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, well-mixed generator; not for secrets, only for an order nobody can guess by habit. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** `items` in a Fisher–Yates order drawn from `seed` and `salt`; the same inputs give the same order. */
export function seededShuffle<T>(items: readonly T[], seed: number, salt: string): T[] {
  const next = generator(hash(`${seed}:${salt}`));
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The turn's choices in the order the trainee sees them: drawn from the attempt's seed, or as
 * authored when there is no seed (an author play-testing, or an attempt from before orders were drawn).
 */
export function shownChoices(turn: Pick<CustomerTurn, 'id' | 'choices'>, seed: number | undefined): Choice[] {
  const choices = turn.choices ?? [];
  return seed === undefined ? [...choices] : seededShuffle(choices, seed, turn.id);
}

/**
 * Where the picked choice stood among those shown, 1-based, with how many there were; undefined
 * when the turn did not record its order (played before orders were drawn) or the reply was typed.
 */
export function shownPosition(turn: Pick<PlayedTurn, 'reply' | 'shownChoiceIds'>): { position: number; of: number } | undefined {
  if (turn.reply.kind !== 'choice' || !turn.shownChoiceIds) return undefined;
  const index = turn.shownChoiceIds.indexOf(turn.reply.choiceId);
  return index < 0 ? undefined : { position: index + 1, of: turn.shownChoiceIds.length };
}
