/**
 * Checks that each free-text turn's model reply passes its own turn. Trainees see the model reply
 * on the scorecard as the example to learn from, so a model reply the scorer marks down (or that
 * misses a key point) teaches the opposite of what the scores ask for.
 *
 * These are warnings, not errors: the scorer's numbers move as it is tuned, and a trainer should not
 * find a scenario that published yesterday refused today because a model reply slipped from 80 to
 * 79. The bundled scenarios are held to it by a test (test/engine/bundled-scenarios.test.ts).
 */
import type { ReplyScorer } from '../play/player';
import { scoreReply } from '../scoring/score-reply';
import type { ScoringContext } from '../scoring/types';
import { DIMENSIONS, type CustomerTurn, type Scenario } from './format';
import type { GraphProblem } from './graph-checks';
import { turnScoringContext } from './turn-scoring-context';

/** The score a model reply needs on every dimension to be worth learning from. */
export const MODEL_REPLY_MIN_SCORE = 80;

/**
 * Findings of the engine's scorer by reply and context. The editor validates on every keystroke and
 * most keystrokes leave the model replies alone; scoring them all each time would cost about a
 * millisecond a turn. The scorer is pure, so a remembered verdict stays right; the memo is cleared
 * when full rather than grown without bound.
 */
const remembered = new Map<string, string[]>();
const MAX_REMEMBERED = 2000;

/** What is wrong with one turn's model reply, when scored as a trainee's reply to that turn would be. */
function modelReplyFindings(scenario: Scenario, turn: CustomerTurn, scorer: ReplyScorer): string[] {
  const reply = turn.freeText!.modelReply;
  const context = turnScoringContext(turn, scenario.persona);
  if (scorer !== scoreReply) return judge(reply, context, scorer);
  const key = JSON.stringify([reply, context]);
  let findings = remembered.get(key);
  if (!findings) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    findings = judge(reply, context, scorer);
    remembered.set(key, findings);
  }
  return findings;
}

function judge(reply: string, context: ScoringContext, scorer: ReplyScorer): string[] {
  let verdict;
  try {
    verdict = scorer(reply, context);
  } catch (error) {
    return [`model reply could not be scored (${(error as Error).message}); try it in “Test a reply”`];
  }
  if (!verdict.scorable) return ['model reply cannot be scored: too little of it reads as English'];
  const missed = verdict.keyPoints
    .filter((k) => !k.covered)
    .map((k) => `model reply does not cover key point "${k.id}" (${k.description})`);
  const low = DIMENSIONS.filter((d) => verdict.scores[d] < MODEL_REPLY_MIN_SCORE).map(
    (d) =>
      `model reply scores ${verdict.scores[d]} on ${d} (below ${MODEL_REPLY_MIN_SCORE}) — it should be the example to learn from`,
  );
  return [...missed, ...low];
}

/**
 * Scores every free-text turn's model reply with the turn's customer lines, mood, key points and
 * phrases to avoid, and the persona's name; reports, at the model reply, each key point it does not
 * cover and each dimension below MODEL_REPLY_MIN_SCORE. `scorer` is the engine's unless a test
 * passes another.
 */
export function checkModelReplies(scenario: Scenario, scorer: ReplyScorer = scoreReply): GraphProblem[] {
  return scenario.nodes.flatMap((node, i) => {
    if (node.kind !== 'customer' || !node.freeText) return [];
    const path = ['nodes', i, 'freeText', 'modelReply'];
    return modelReplyFindings(scenario, node, scorer).map((message) => ({ path, message }));
  });
}
