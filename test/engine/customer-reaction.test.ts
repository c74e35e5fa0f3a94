import { describe, expect, it } from 'vitest';
import { branchCauses, reactionSentence } from '../../engine/play/customer-reaction';
import { resumeAt, startPlay, takeTurn } from '../../engine/play/player';
import type { PlayState } from '../../engine/play/types';
import type { Branch, Scenario } from '../../engine/scenario/format';
import { validateScenarioText } from '../../engine/scenario/validate';
import { bundledScenarioText } from '../fixtures/bundled-scenarios';

const scenario = validateScenarioText('x.json', bundledScenarioText('double-charged-broadband')).scenario as Scenario;

/** The conversation waiting at "account-check" (refund, time frame, in writing; helpfulness 60 or more goes on). */
function atAccountCheck(): PlayState {
  return takeTurn(scenario, startPlay(scenario), { kind: 'choice', choiceId: 'own-it' });
}

const scores = (respect: number, helpfulness: number, empathy: number) => ({ respect, helpfulness, empathy });

describe('branchCauses', () => {
  const branches: Branch[] = [
    { when: { empathy: { below: 35 } }, next: 'escalating' },
    { when: { respect: { atLeast: 60 }, helpfulness: { atLeast: 55 } }, next: 'fixed' },
    { next: 'vague' },
  ];

  it('gives the conditions of the branch taken, on the side each asks for', () => {
    expect(branchCauses(branches, 0, scores(70, 70, 20))).toEqual([{ dimension: 'empathy', score: 20, needed: 35, met: false }]);
    expect(branchCauses(branches, 1, scores(70, 80, 50))).toEqual([
      { dimension: 'respect', score: 70, needed: 60, met: true },
      { dimension: 'helpfulness', score: 80, needed: 55, met: true },
    ]);
  });

  it('gives, for the last branch, only the conditions the earlier branches missed', () => {
    // Empathy cleared the escalation line; respect was fine, helpfulness fell short.
    expect(branchCauses(branches, 2, scores(70, 40, 50))).toEqual([
      { dimension: 'empathy', score: 50, needed: 35, met: true },
      { dimension: 'helpfulness', score: 40, needed: 55, met: false },
    ]);
  });
});

describe('the reaction recorded with each turn', () => {
  it('says a vague typed reply fell short on helpfulness and names what it left out', () => {
    const state = takeTurn(scenario, atAccountCheck(), { kind: 'text', text: "Don't worry, it should be back soon." });
    const turn = state.turns.at(-1)!;

    expect(state.nodeId).toBe('vague-answer');
    expect(turn.reaction).toEqual({
      moodAfter: 'angry',
      decidedBy: 'branch',
      causes: [{ dimension: 'helpfulness', score: turn.scores.helpfulness, needed: 60, met: false }],
    });
    expect(turn.scores.helpfulness).toBeLessThan(60);
    const sentence = reactionSentence(turn, 'Denise')!;
    expect(sentence).toMatch(
      /^Denise’s mood fell from frustrated to angry because your reply did not give enough of what Denise needed \(helpfulness \d+; 60 needed\)\./,
    );
    expect(sentence).toMatch(/ It left out .*“Give a clear time frame for the money”/);
  });

  it('says a reply that gave the refund and the date gave enough, and what it covered', () => {
    const model = scenario.nodes.find((n) => n.id === 'account-check')!;
    const text = model.kind === 'customer' ? model.freeText!.modelReply : '';
    const turn = takeTurn(scenario, atAccountCheck(), { kind: 'text', text }).turns.at(-1)!;

    expect(turn.nextNodeId).toBe('why-happened');
    expect(reactionSentence(turn, 'Denise')).toMatch(
      /^Denise’s mood rose from frustrated to upset because your reply gave enough of what Denise needed \(helpfulness \d+; 60 needed\)\. It covered “Refund the duplicate charge”, “Give a clear time frame for the money”, “Confirm it in writing”\.$/,
    );
  });

  it('names the trainee for a manager, and the weak side of a listed reply that made things worse', () => {
    const turn = takeTurn(scenario, startPlay(scenario), { kind: 'choice', choiceId: 'calm-down' }).turns[0]!;

    expect(turn.reaction).toEqual({ moodAfter: 'furious', decidedBy: 'choice', causes: [] });
    expect(reactionSentence(turn, 'Denise', 'Ben Okoro')).toBe(
      'Denise stayed furious after the reply Ben Okoro chose, which was low on empathy (5).',
    );
    const helped = atAccountCheck().turns[0]!;
    expect(reactionSentence(helped, 'Denise')).toBe(
      'Denise’s mood rose from furious to frustrated after the reply you chose, which was strong on empathy (95).',
    );
  });

  it('is kept when a retry carries the turn over, and absent on turns recorded before it existed', () => {
    const played = takeTurn(scenario, atAccountCheck(), { kind: 'text', text: 'It will be refunded.' });
    const retry = startPlay(scenario, resumeAt(played.turns, 1));
    expect(retry.turns[0]!.reaction).toEqual(played.turns[0]!.reaction);

    const { reaction: _dropped, ...older } = played.turns[0]!;
    expect(reactionSentence(older, 'Denise')).toBeUndefined();
  });
});
