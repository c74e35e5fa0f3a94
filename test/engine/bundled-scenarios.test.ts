import { describe, expect, it } from 'vitest';
import { bestChoiceText, currentTurn, startPlay, takeTurn } from '../../engine/play/player';
import { bestChoiceIndex } from '../../engine/scenario/best-choice';
import { CHANNELS, INDUSTRIES, type Choice, type Scenario, type Scores } from '../../engine/scenario/format';
import { edgesOf } from '../../engine/scenario/graph-checks';
import { validateLibrary } from '../../engine/scenario/library';
import { MODEL_REPLY_MIN_SCORE } from '../../engine/scenario/model-reply-check';
import { findPlaceholders } from '../../engine/scenario/placeholders';
import { turnScoringContext } from '../../engine/scenario/turn-scoring-context';
import { scoreReply } from '../../engine/scoring/score-reply';
import { bundledScenarioFiles } from '../fixtures/bundled-scenarios';

const entries = validateLibrary(bundledScenarioFiles());
const scenarios = entries.map((e) => e.scenario).filter((s): s is Scenario => s !== undefined);

/** Customer turns on the shortest path from the start to a "resolved" ending (breadth-first). */
function mainPathLength(s: Scenario): number {
  const byId = new Map(s.nodes.map((n, i) => [n.id, { node: n, index: i }]));
  const depth = new Map<string, number>([[s.start, 1]]);
  const queue = [s.start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const { node, index } = byId.get(id)!;
    if (node.kind === 'end') {
      if (node.outcome === 'resolved') return depth.get(id)! - 1;
      continue;
    }
    for (const { next } of edgesOf(node, index)) {
      if (!depth.has(next)) {
        depth.set(next, depth.get(id)! + 1);
        queue.push(next);
      }
    }
  }
  return 0;
}

const freeTextTurns = scenarios.flatMap((scenario) =>
  scenario.nodes.flatMap((turn) => (turn.kind === 'customer' && turn.freeText ? [{ scenario, turn }] : [])),
);

const total = (x: Scores) => x.respect + x.helpfulness + x.empathy;

describe('the bundled scenario library', () => {
  it('loads every file without problems', () => {
    expect(entries.flatMap((e) => e.problems)).toEqual([]);
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
  });

  it('loads every file without warnings (choice balance, model replies)', () => {
    expect(entries.flatMap((e) => e.warnings ?? [])).toEqual([]);
  });

  it('does not give the best reply away by its place or its length', () => {
    // Every turn offering a choice between replies, as written in the files.
    const turns: Choice[][] = scenarios.flatMap((s) =>
      s.nodes.flatMap((n) => (n.kind === 'customer' && n.choices && n.choices.length >= 2 ? [n.choices] : [])),
    );
    const length = (c: Choice) => c.text.trim().length;
    const bestFirst = turns.filter((choices) => bestChoiceIndex(choices) === 0).length;
    const bestLongest = turns.filter((choices) => {
      const best = choices[bestChoiceIndex(choices)]!;
      return choices.every((c) => c === best || length(c) < length(best));
    }).length;

    expect(turns.length).toBeGreaterThanOrEqual(80);
    expect(bestFirst / turns.length, `best reply first in ${bestFirst} of ${turns.length} turns`).toBeLessThanOrEqual(0.45);
    expect(bestLongest / turns.length, `best reply longest in ${bestLongest} of ${turns.length} turns`).toBeLessThanOrEqual(0.55);
  });

  it('covers the industries and channels trainees meet', () => {
    const industries = new Set(scenarios.map((s) => s.industry));
    // Every industry the format knows, except the catch-all "other".
    for (const industry of INDUSTRIES.filter((i) => i !== 'other')) {
      expect(industries, industry).toContain(industry);
    }
    expect(new Set(scenarios.map((s) => s.channel))).toEqual(new Set(CHANNELS));
  });

  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s has a 5-turn main path, two free-text turns and real branching',
    (_id, s) => {
      expect(mainPathLength(s)).toBeGreaterThanOrEqual(5);
      expect(s.nodes.filter((n) => n.kind === 'customer' && n.freeText).length).toBeGreaterThanOrEqual(2);
      const branching = s.nodes.filter((n, i) => new Set(edgesOf(n, i).map((e) => e.next)).size >= 2);
      expect(branching.length).toBeGreaterThanOrEqual(3);
      expect(
        new Set(s.nodes.filter((n) => n.kind === 'end').map((n) => n.kind === 'end' && n.outcome)).size,
      ).toBeGreaterThanOrEqual(2);
    },
  );

  it.each(scenarios.map((s) => [s.id, s] as const))('%s has no template placeholders left', (_id, s) => {
    expect(findPlaceholders(s)).toEqual([]);
  });

  // Computed, not remembered: the scorer is tuned over time, and every model reply must keep passing
  // its own turn whatever the figures become.
  it.each(freeTextTurns.map((t) => [`${t.scenario.id} ${t.turn.id}`, t] as const))(
    `%s: the model reply covers every key point and scores at least ${MODEL_REPLY_MIN_SCORE} on each dimension`,
    (_name, { scenario, turn }) => {
      const verdict = scoreReply(turn.freeText!.modelReply, turnScoringContext(turn, scenario.persona));

      expect(verdict.keyPoints.filter((k) => !k.covered).map((k) => k.id)).toEqual([]);
      expect(Math.min(...Object.values(verdict.scores)), JSON.stringify(verdict.scores)).toBeGreaterThanOrEqual(
        MODEL_REPLY_MIN_SCORE,
      );
    },
  );

  it.each(scenarios.map((s) => [s.id, s] as const))('%s is resolved by an agent who gives the model replies', (_id, s) => {
    let state = startPlay(s);
    for (let guard = 0; guard < 60 && !state.outcome; guard++) {
      const turn = currentTurn(s, state)!;
      const best = [...(turn.choices ?? [])].sort((a, b) => total(b.scores) - total(a.scores))[0];
      state = turn.freeText
        ? takeTurn(s, state, { kind: 'text', text: turn.freeText.modelReply })
        : takeTurn(s, state, { kind: 'choice', choiceId: best!.id });
      expect(bestChoiceText(turn).length).toBeGreaterThan(0);
    }
    const path = state.turns
      .map((t) => `${t.nodeId}${t.scoredBy === 'scorer' ? ` ${JSON.stringify(t.scores)}` : ''}`)
      .join(' > ');
    expect(state.outcome, path).toBe('resolved');
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s does not end resolved for a dismissive agent', (_id, s) => {
    let state = startPlay(s);
    for (let guard = 0; guard < 60 && !state.outcome; guard++) {
      const turn = currentTurn(s, state)!;
      const worst = [...(turn.choices ?? [])].sort((a, b) => total(a.scores) - total(b.scores))[0];
      state = turn.freeText
        ? takeTurn(s, state, {
            kind: 'text',
            text: "Calm down. That's not my department, you should have read the instructions.",
          })
        : takeTurn(s, state, { kind: 'choice', choiceId: worst!.id });
    }
    expect(state.outcome).toBeDefined();
    expect(state.outcome).not.toBe('resolved');
  });
});
