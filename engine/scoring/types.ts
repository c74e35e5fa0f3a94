import type { Dimension, KeyPoint, Mood, Scores } from '../scenario/format';

export type { Dimension, Scores };

/** One observation behind a score: the words found and what they added or cost. */
export interface Evidence {
  /**
   * Stable id of what was found ("apologises", "scripted-sympathy", "wrong-fact"): scoring logic and
   * the app key on it, never on the wording of `reason`, which may change.
   */
  id: string;
  dimension: Dimension;
  /** Points added (positive) or taken away (negative); 0 for a note that explains without moving the score. */
  points: number;
  /** What the trainer would call it: "apology", "blames the customer", "names the feeling". */
  reason: string;
  /** The words in the reply that earned it, when there are any. */
  phrase?: string;
}

/** Whether a reply covered one of the turn's key points, and with which words. */
export interface KeyPointResult {
  id: string;
  description: string;
  covered: boolean;
  /** How much of the point's meaning the best-matching sentence carried, 0-1. */
  strength: number;
  /** Share of the meaning units in all of the point's phrasings that appear anywhere in the reply, 0-1. */
  overlap: number;
  /** Not covered, but some of it was said (earns part of the credit). */
  partly?: boolean;
  /** The reply's words that matched, when covered. */
  matched?: string;
  /** The reply stated a figure that contradicts this point's own ("€30" where the point says "€300"). */
  wrongFact?: {
    said: string;
    expected: string;
    /** A longer wait than the scenario's, rather than a wrong amount or date: it costs less. */
    slower?: boolean;
  };
}

/** What the scorer is told about the turn besides the reply itself. */
export interface ScoringContext {
  /** The customer's last line(s), read for their emotional state and to spot quoted-back words. */
  customer: string;
  keyPoints?: readonly KeyPoint[];
  /** Phrases this turn's author wants avoided. */
  avoid?: readonly string[];
  /** The customer's mood as authored for this turn; emotional moods raise the empathy expected. */
  mood?: Mood;
  /** The customer's name, so using it can earn respect. */
  customerName?: string;
}

/** The scorer's verdict on one free-text reply. */
export interface ReplyScore {
  scores: Scores;
  evidence: Evidence[];
  keyPoints: KeyPointResult[];
  /** One or two concrete things to do better, in a trainer's words. */
  suggestions: string[];
  /** False when too little of the reply is English to score fairly; the scores are then 0. */
  scorable: boolean;
  scorerVersion: string;
}
