import type { Branch, CustomerTurn, Mood, Scenario, ScenarioNode, Scores } from '../scenario/format';
import { bestChoice } from '../scenario/best-choice';
import { DIMENSIONS } from '../scenario/format';
import { turnScoringContext } from '../scenario/turn-scoring-context';
import { scoreReply } from '../scoring/score-reply';
import type { ReplyScore, ScoringContext } from '../scoring/types';
import { shownChoices } from './choice-order';
import { branchCauses } from './customer-reaction';
import type { PlayedTurn, PlayState, ReactionCause, Reply, Scorecard } from './types';

/** Judges a free-text reply; the engine's scorer unless a test or tool passes another. */
export type ReplyScorer = (reply: string, context: ScoringContext) => ReplyScore;

/** A reply the current turn cannot take (unknown choice, free text where only choices are offered…). */
export class PlayError extends Error {
  override name = 'PlayError';
}

/** Finds a node by id, failing with a message that names the scenario. */
export function nodeById(scenario: Scenario, id: string): ScenarioNode {
  const node = scenario.nodes.find((n) => n.id === id);
  if (!node) throw new PlayError(`scenario "${scenario.id}" has no node "${id}"`);
  return node;
}

function arrive(scenario: Scenario, nodeId: string, mood: Mood, turns: PlayedTurn[], choiceSeed: number | undefined): PlayState {
  const node = nodeById(scenario, nodeId);
  const state: PlayState = {
    scenarioId: scenario.id,
    nodeId,
    mood: node.mood ?? mood,
    ...(choiceSeed === undefined ? {} : { choiceSeed }),
    turns,
  };
  if (node.kind === 'end') {
    return { ...state, outcome: node.outcome, closingLine: node.closingLine, debrief: node.debrief };
  }
  return state;
}

/** Where a retry picks the conversation up: the turn to replay, its mood, and the turns before it. */
export interface ResumePoint {
  nodeId: string;
  mood: Mood;
  carried: PlayedTurn[];
}

/**
 * Starts a conversation at the scenario's start or, to retry from a turn, at `resume`, carrying the
 * turns played before it so the scorecard still covers the whole conversation. `choiceSeed` (see
 * choice-order.ts) sets the order choices are shown in; without it they are shown as authored.
 */
export function startPlay(scenario: Scenario, resume?: ResumePoint, choiceSeed?: number): PlayState {
  if (!resume) return arrive(scenario, scenario.start, scenario.persona.startingMood, [], choiceSeed);
  return arrive(scenario, resume.nodeId, resume.mood, resume.carried, choiceSeed);
}

/** The resume point for retrying `turns[index]`, keeping the turns before it. */
export function resumeAt(turns: readonly PlayedTurn[], index: number): ResumePoint {
  const turn = turns[index];
  if (!turn) throw new PlayError(`there is no turn ${index + 1} to retry from`);
  return { nodeId: turn.nodeId, mood: turn.mood, carried: turns.slice(0, index) };
}

/** The customer turn the trainee must answer now, or undefined once the conversation has ended. */
export function currentTurn(scenario: Scenario, state: PlayState): CustomerTurn | undefined {
  if (state.outcome) return undefined;
  const node = nodeById(scenario, state.nodeId);
  return node.kind === 'customer' ? node : undefined;
}

/** The first branch whose every condition holds; the last branch (no conditions) otherwise. */
export function chooseBranch(branches: readonly Branch[], scores: Scores): Branch {
  const holds = (b: Branch) =>
    DIMENSIONS.every((d) => {
      const t = b.when?.[d];
      if (!t) return true;
      return (t.atLeast === undefined || scores[d] >= t.atLeast) && (t.below === undefined || scores[d] < t.below);
    });
  return branches.find(holds) ?? branches[branches.length - 1]!;
}

/** The better reply to learn from: the free-text model reply, or the best authored choice. */
export function bestChoiceText(turn: CustomerTurn): string {
  return turn.freeText?.modelReply ?? bestChoice(turn.choices)?.text ?? '';
}

function judge(scenario: Scenario, turn: CustomerTurn, mood: Mood, reply: Reply, scorer: ReplyScorer) {
  if (reply.kind === 'choice') {
    const choice = turn.choices?.find((c) => c.id === reply.choiceId);
    if (!choice) throw new PlayError(`turn "${turn.id}" has no choice "${reply.choiceId}"`);
    return {
      replyText: choice.text,
      scores: choice.scores,
      scoredBy: 'authored' as const,
      evidence: [],
      keyPoints: [],
      suggestions: [],
      feedback: choice.feedback,
      next: choice.next,
      decidedBy: 'choice' as const,
      causes: [] as ReactionCause[],
    };
  }
  if (!turn.freeText) throw new PlayError(`turn "${turn.id}" offers only choices, not a typed reply`);
  const verdict = scorer(reply.text, turnScoringContext(turn, scenario.persona, mood));
  const branches = turn.freeText.branches;
  const branch = chooseBranch(branches, verdict.scores);
  return {
    replyText: reply.text,
    scores: verdict.scores,
    scoredBy: 'scorer' as const,
    evidence: verdict.evidence,
    keyPoints: verdict.keyPoints,
    suggestions: verdict.suggestions,
    feedback: branch.feedback ?? '',
    next: branch.next,
    decidedBy: 'branch' as const,
    causes: branchCauses(branches, branches.indexOf(branch), verdict.scores),
  };
}

/** Applies the trainee's reply to the current turn and moves the customer to their next line. */
export function takeTurn(scenario: Scenario, state: PlayState, reply: Reply, scorer: ReplyScorer = scoreReply): PlayState {
  const turn = currentTurn(scenario, state);
  if (!turn) throw new PlayError(`the conversation in "${scenario.id}" has already ended`);
  const verdict = judge(scenario, turn, state.mood, reply, scorer);
  const played: PlayedTurn = {
    index: state.turns.length,
    nodeId: turn.id,
    customerLines: turn.lines,
    mood: state.mood,
    ...(turn.choices ? { shownChoiceIds: shownChoices(turn, state.choiceSeed).map((c) => c.id) } : {}),
    reply,
    replyText: verdict.replyText,
    scores: verdict.scores,
    scoredBy: verdict.scoredBy,
    evidence: verdict.evidence,
    keyPoints: verdict.keyPoints,
    suggestions: verdict.suggestions,
    feedback: verdict.feedback,
    modelReply: bestChoiceText(turn),
    nextNodeId: verdict.next,
    reaction: {
      moodAfter: nodeById(scenario, verdict.next).mood ?? state.mood,
      decidedBy: verdict.decidedBy,
      causes: verdict.causes,
    },
  };
  return arrive(scenario, verdict.next, state.mood, [...state.turns, played], state.choiceSeed);
}

/** Averages each dimension over the turns (0 when none were played), rounded to whole points. */
export function averageScores(turns: ReadonlyArray<{ scores: Scores }>): Scores {
  const avg = (d: keyof Scores) =>
    turns.length === 0 ? 0 : Math.round(turns.reduce((sum, t) => sum + t.scores[d], 0) / turns.length);
  return { respect: avg('respect'), helpfulness: avg('helpfulness'), empathy: avg('empathy') };
}

/** The attempt's scorecard: overall averages, each turn, and the dimension to work on next. */
export function scorecard(state: PlayState): Scorecard {
  const overall = averageScores(state.turns);
  const weakest = [...DIMENSIONS].sort((a, b) => overall[a] - overall[b])[0]!;
  return { overall, turns: state.turns, outcome: state.outcome, weakest };
}
