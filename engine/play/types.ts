import type { Dimension, Mood, Outcome, Scores } from '../scenario/format';
import type { Evidence, KeyPointResult } from '../scoring/types';

/** What the trainee did on a turn: picked an authored choice, or typed a reply. */
export type Reply = { kind: 'choice'; choiceId: string } | { kind: 'text'; text: string };

/** One completed exchange: the customer's turn, the trainee's reply, and how it was judged. */
export interface PlayedTurn {
  /** 0-based position in the attempt. */
  index: number;
  nodeId: string;
  customerLines: string[];
  mood: Mood;
  reply: Reply;
  /**
   * The ids of the turn's authored choices in the order they were shown (see choice-order.ts), so a
   * transcript can say "option 2 of 3 as shown". Absent on free-text-only turns and on turns played
   * before orders were drawn, which showed the choices as authored.
   */
  shownChoiceIds?: string[];
  /** The reply as the trainee saw it (the choice's text, or what they typed). */
  replyText: string;
  scores: Scores;
  /** "authored" for a choice's own scores, "scorer" for a free-text reply judged by the engine. */
  scoredBy: 'authored' | 'scorer';
  evidence: Evidence[];
  keyPoints: KeyPointResult[];
  suggestions: string[];
  /** The author's feedback on the choice or the branch taken. */
  feedback: string;
  /** A better reply to learn from: the free-text model reply, or the turn's best authored choice. */
  modelReply: string;
  nextNodeId: string;
  /**
   * Why the customer answered as they did (customer-reaction.ts words it). Absent on turns played
   * before it was recorded.
   */
  reaction?: CustomerReaction;
}

/**
 * One score condition of a free-text turn's branches that decided the customer's next line: the
 * reply's score on a dimension and the score the better path needed. Higher is always better, so
 * `met` says which side of the line the reply fell on.
 */
export interface ReactionCause {
  dimension: Dimension;
  score: number;
  needed: number;
  met: boolean;
}

/** How the customer took the reply: their mood after it, and what decided where they went next. */
export interface CustomerReaction {
  /** The customer's mood on their next line (or the ending); the turn's `mood` is the one before. */
  moodAfter: Mood;
  /** "branch": a typed reply's scores chose the line; "choice": the author sent this choice there. */
  decidedBy: 'branch' | 'choice';
  /** For a branch, the conditions that held (or, for the last branch, the ones the earlier branches missed). */
  causes: ReactionCause[];
}

/** Where a conversation stands; immutable, each turn returns a new state. */
export interface PlayState {
  scenarioId: string;
  /** The node the customer is speaking from now (an ending when `outcome` is set). */
  nodeId: string;
  mood: Mood;
  /**
   * Drawn once when the attempt starts; every turn's choice order follows from it (choice-order.ts).
   * Absent: choices are shown as authored (an author play-testing, or an attempt from before).
   */
  choiceSeed?: number;
  turns: PlayedTurn[];
  outcome?: Outcome;
  closingLine?: string;
  debrief?: string;
}

/** The whole attempt's result: averages over turns, plus each turn's own. */
export interface Scorecard {
  overall: Scores;
  turns: PlayedTurn[];
  outcome?: Outcome;
  /** The dimension with the lowest average, to focus the next try. */
  weakest: Dimension;
}
