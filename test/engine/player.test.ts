import { describe, expect, it } from 'vitest';
import { chooseBranch, currentTurn, PlayError, resumeAt, scorecard, startPlay, takeTurn } from '../../engine/play/player';
import type { Scenario } from '../../engine/scenario/format';
import { validateScenarioText } from '../../engine/scenario/validate';
import { bundledScenarioText } from '../fixtures/bundled-scenarios';

const scenario = validateScenarioText('x.json', bundledScenarioText('double-charged-broadband')).scenario as Scenario;

describe('startPlay', () => {
  it('starts at the start node with the persona’s mood', () => {
    const state = startPlay(scenario);
    expect(state.nodeId).toBe('opening');
    expect(state.mood).toBe('furious');
    expect(currentTurn(scenario, state)?.lines[0]).toMatch(/Forty minutes/);
  });
});

describe('takeTurn', () => {
  it('follows an authored choice, scoring it with the choice’s own scores and feedback', () => {
    const state = takeTurn(scenario, startPlay(scenario), { kind: 'choice', choiceId: 'calm-down' });
    expect(state.nodeId).toBe('escalating');
    expect(state.turns[0]).toMatchObject({
      scoredBy: 'authored',
      scores: { respect: 20, helpfulness: 15, empathy: 5 },
      replyText: "Madam, please calm down. I can't help you if you shout at me.",
    });
    expect(state.turns[0]!.modelReply).toMatch(/^I'm really sorry, Ms Okafor/);
  });

  it('sends a cold free-text reply down the escalation branch and a warm one forward', () => {
    const atStillAngry = takeTurn(scenario, startPlay(scenario), { kind: 'choice', choiceId: 'procedure-first' });
    expect(atStillAngry.mood).toBe('angry');
    const cold = takeTurn(scenario, atStillAngry, { kind: 'text', text: 'Ok.' });
    expect(cold.nodeId).toBe('escalating');
    expect(cold.turns[1]!.scoredBy).toBe('scorer');
    const warm = takeTurn(scenario, atStillAngry, {
      kind: 'text',
      text: "I'm so sorry, Ms Okafor, I am listening. Being charged twice with rent due is really stressful. I can see the two payments of 49.99 and I'll sort this out for you now.",
    });
    expect(warm.nodeId).toBe('account-check');
    expect(warm.turns[1]!.keyPoints.every((k) => k.covered)).toBe(true);
  });

  it('ends in an authored outcome with its closing line', () => {
    let state = startPlay(scenario);
    state = takeTurn(scenario, state, { kind: 'choice', choiceId: 'own-it' });
    state = takeTurn(scenario, state, {
      kind: 'text',
      text: "I've just refunded the duplicate 49.99 to your card. It will be back within two working days, before Friday, and I'll email you a confirmation.",
    });
    expect(state.nodeId).toBe('why-happened');
    state = takeTurn(scenario, state, {
      kind: 'text',
      text: "It was an error on our side: our billing system took the payment twice. I've flagged your account so it won't happen again.",
    });
    expect(state.nodeId).toBe('wasted-time');
    state = takeTurn(scenario, state, { kind: 'choice', choiceId: 'goodwill-credit' });
    state = takeTurn(scenario, state, { kind: 'choice', choiceId: 'gracious-close' });
    expect(state.outcome).toBe('resolved');
    expect(state.closingLine).toMatch(/actually sorting it/);
    expect(currentTurn(scenario, state)).toBeUndefined();
    expect(() => takeTurn(scenario, state, { kind: 'choice', choiceId: 'x' })).toThrow(PlayError);
  });

  it('rejects a choice the turn does not offer and free text on a choices-only turn', () => {
    expect(() => takeTurn(scenario, startPlay(scenario), { kind: 'choice', choiceId: 'nope' })).toThrow(
      'turn "opening" has no choice "nope"',
    );
    expect(() => takeTurn(scenario, startPlay(scenario), { kind: 'text', text: 'hi' })).toThrow(/offers only choices/);
  });
});

describe('resumeAt', () => {
  it('retries from a turn, keeping the turns before it and that turn’s mood', () => {
    let state = takeTurn(scenario, startPlay(scenario), { kind: 'choice', choiceId: 'procedure-first' });
    state = takeTurn(scenario, state, { kind: 'text', text: 'Ok.' });
    const retry = startPlay(scenario, resumeAt(state.turns, 1));
    expect(retry.nodeId).toBe('still-angry');
    expect(retry.mood).toBe('angry');
    expect(retry.turns).toHaveLength(1);
    expect(() => resumeAt(state.turns, 5)).toThrow(PlayError);
  });
});

describe('chooseBranch', () => {
  const branches = [
    { when: { empathy: { below: 35 } }, next: 'a' },
    { when: { respect: { atLeast: 60 }, helpfulness: { atLeast: 50 } }, next: 'b' },
    { next: 'c' },
  ];
  it('takes the first branch whose every condition holds', () => {
    expect(chooseBranch(branches, { respect: 90, helpfulness: 90, empathy: 10 }).next).toBe('a');
    expect(chooseBranch(branches, { respect: 60, helpfulness: 50, empathy: 35 }).next).toBe('b');
    expect(chooseBranch(branches, { respect: 60, helpfulness: 49, empathy: 35 }).next).toBe('c');
  });
});

describe('scorecard', () => {
  it('averages each dimension over the turns and names the weakest', () => {
    let state = takeTurn(scenario, startPlay(scenario), { kind: 'choice', choiceId: 'procedure-first' });
    state = takeTurn(scenario, { ...state, nodeId: 'vague-answer' }, { kind: 'choice', choiceId: 'cannot-promise' });
    const card = scorecard(state);
    expect(card.overall).toEqual({ respect: 58, helpfulness: 38, empathy: 15 });
    expect(card.weakest).toBe('empathy');
    expect(card.outcome).toBe('customer-lost');
  });
});
