import { describe, expect, it } from 'vitest';
import type { ReplyScorer } from '../../engine/play/player';
import type { CustomerTurn, Scenario, Scores } from '../../engine/scenario/format';
import { checkModelReplies, MODEL_REPLY_MIN_SCORE } from '../../engine/scenario/model-reply-check';
import { validateScenarioText } from '../../engine/scenario/validate';
import type { ReplyScore, ScoringContext } from '../../engine/scoring/types';
import { bundledScenarioText } from '../fixtures/bundled-scenarios';

const source = () => bundledScenarioText('double-charged-broadband');
const base = (): Scenario => JSON.parse(source());
const text = (value: unknown) => JSON.stringify(value, null, 2);
const lineOf = (file: string, needle: string) => file.slice(0, file.indexOf(needle)).split('\n').length;

/** The index of the first free-text turn, and the turn. */
function firstFreeText(s: Scenario): [number, CustomerTurn] {
  const index = s.nodes.findIndex((n) => n.kind === 'customer' && n.freeText);
  return [index, s.nodes[index] as CustomerTurn];
}

/** A scorer that gives every reply `scores` and covers the key points whose ids are in `covered`. */
function fixedScorer(scores: Scores, covered: (id: string) => boolean = () => true): ReplyScorer {
  return (_reply, context): ReplyScore => ({
    scores,
    evidence: [],
    keyPoints: (context.keyPoints ?? []).map((k) => ({
      id: k.id,
      description: k.description,
      covered: covered(k.id),
      strength: 1,
      overlap: 1,
    })),
    suggestions: [],
    scorable: true,
    scorerVersion: 'fixed',
  });
}

describe('checkModelReplies', () => {
  it('reports each dimension below 80 with its score, at the JSON path of the model reply', () => {
    const s = base();
    const [index] = firstFreeText(s);
    const findings = checkModelReplies(s, fixedScorer({ respect: 90, helpfulness: 79, empathy: 65 }));

    expect(findings.filter((f) => f.path[1] === index)).toEqual([
      {
        path: ['nodes', index, 'freeText', 'modelReply'],
        message: 'model reply scores 79 on helpfulness (below 80) — it should be the example to learn from',
      },
      {
        path: ['nodes', index, 'freeText', 'modelReply'],
        message: 'model reply scores 65 on empathy (below 80) — it should be the example to learn from',
      },
    ]);
  });

  it('reports each key point the model reply does not cover, by id and description', () => {
    const s = base();
    const [index, turn] = firstFreeText(s);
    const missed = turn.freeText!.keyPoints[0]!;
    const findings = checkModelReplies(
      s,
      fixedScorer({ respect: 100, helpfulness: 100, empathy: 100 }, (id) => id !== missed.id),
    );

    expect(findings).toEqual([
      {
        path: ['nodes', index, 'freeText', 'modelReply'],
        message: `model reply does not cover key point "${missed.id}" (${missed.description})`,
      },
    ]);
  });

  it(`says nothing of a model reply that covers every key point and scores ${MODEL_REPLY_MIN_SCORE} or more`, () => {
    expect(checkModelReplies(base(), fixedScorer({ respect: 80, helpfulness: 80, empathy: 80 }))).toEqual([]);
  });

  it('scores the model reply as “Test a reply” does: customer lines, mood, key points, phrases to avoid, persona’s name', () => {
    const s = base();
    const [, turn] = firstFreeText(s);
    const seen: Array<{ reply: string; context: ScoringContext }> = [];
    checkModelReplies(s, (reply, context) => {
      seen.push({ reply, context });
      return fixedScorer({ respect: 100, helpfulness: 100, empathy: 100 })(reply, context);
    });

    expect(seen[0]).toEqual({
      reply: turn.freeText!.modelReply,
      context: {
        customer: turn.lines.join('\n'),
        keyPoints: turn.freeText!.keyPoints,
        avoid: turn.freeText!.avoid,
        mood: turn.mood ?? s.persona.startingMood,
        customerName: s.persona.name,
      },
    });
  });

  it('uses the persona’s starting mood for a turn with no mood of its own', () => {
    const s = base();
    const [, turn] = firstFreeText(s);
    delete turn.mood;
    const moods: unknown[] = [];
    checkModelReplies(s, (reply, context) => {
      moods.push(context.mood);
      return fixedScorer({ respect: 100, helpfulness: 100, empathy: 100 })(reply, context);
    });

    expect(moods[0]).toBe(s.persona.startingMood);
  });

  it('reports a scorer failure as a finding instead of throwing', () => {
    const findings = checkModelReplies(base(), () => {
      throw new Error('lexicon missing');
    });

    expect(findings[0]!.message).toBe('model reply could not be scored (lexicon missing); try it in “Test a reply”');
  });

  it('reports a model reply too little of which is English, once, instead of its zero scores', () => {
    const s = base();
    const [index] = firstFreeText(s);
    const unscorable: ReplyScorer = (reply, context) => ({
      ...fixedScorer({ respect: 0, helpfulness: 0, empathy: 0 })(reply, context),
      scorable: false,
    });

    expect(checkModelReplies(s, unscorable).filter((f) => f.path[1] === index)).toEqual([
      {
        path: ['nodes', index, 'freeText', 'modelReply'],
        message: 'model reply cannot be scored: too little of it reads as English',
      },
    ]);
  });

  it('finds, with the engine’s scorer, a curt model reply that covers nothing', () => {
    const s = base();
    const [index, turn] = firstFreeText(s);
    turn.freeText!.modelReply = 'Noted.';
    const messages = checkModelReplies(s)
      .filter((f) => f.path[1] === index)
      .map((f) => f.message);

    for (const k of turn.freeText!.keyPoints) {
      expect(messages).toContain(`model reply does not cover key point "${k.id}" (${k.description})`);
    }
    expect(messages.some((m) => /^model reply scores \d+ on helpfulness \(below 80\)/.test(m))).toBe(true);
  });
});

describe('validateScenarioText on model replies', () => {
  it('lists a weak model reply as a warning with file, path and line, and still accepts the scenario', () => {
    const s = base();
    const [index, turn] = firstFreeText(s);
    turn.freeText!.modelReply = 'Noted.';
    const file = text(s);
    const result = validateScenarioText('weak.json', file);

    expect(result.problems).toEqual([]);
    expect(result.scenario).toBeDefined();
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        file: 'weak.json',
        path: `$.nodes[${index}].freeText.modelReply`,
        line: lineOf(file, '"Noted."'),
        severity: 'warning',
        message: expect.stringMatching(/^model reply does not cover key point/),
      }),
    );
  });
});
