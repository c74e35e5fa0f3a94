/**
 * Property test of scenario validation against damaged files: the bundled scenarios are mutated
 * (their JSON text, and their parsed value re-serialised) at least 10,000 times per run, with a new
 * random seed each run. Whatever the damage, the validator must not throw, every rejected file must
 * get located messages, and every accepted file must play to an ending.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentTurn, startPlay, takeTurn } from '../../engine/play/player';
import type { PlayState, Reply } from '../../engine/play/types';
import type { Scenario } from '../../engine/scenario/format';
import { edgesOf } from '../../engine/scenario/graph-checks';
import { validateScenarioText } from '../../engine/scenario/validate';
import { bundledScenarioFiles } from '../fixtures/bundled-scenarios';
import { applyTextMutation, applyValueMutation, textMutation, valueMutation, type Json } from '../fixtures/scenario-mutations';

const RUNS = Number(process.env.RAPPORT_FUZZ_RUNS ?? 10_000);
const SOURCES = bundledScenarioFiles().map(({ file, text }) => ({ file, text, value: JSON.parse(text) as unknown }));

const damage = fc.record({
  source: fc.nat(SOURCES.length - 1),
  values: fc.array(valueMutation, { maxLength: 3 }),
  texts: fc.array(textMutation, { maxLength: 2 }),
  indent: fc.constantFrom(0, 2, '\t'),
  seed: fc.integer(),
});

// ---------------------------------------------------------------------------------------------
// Playing an accepted file
// ---------------------------------------------------------------------------------------------

/** Steps from each node to the nearest ending, over every edge (choices and branches alike). */
function stepsToAnEnding(scenario: Scenario): Map<string, number> {
  const predecessors = new Map<string, string[]>();
  scenario.nodes.forEach((node, i) => {
    for (const edge of edgesOf(node, i)) predecessors.set(edge.next, [...(predecessors.get(edge.next) ?? []), node.id]);
  });
  const distance = new Map<string, number>(scenario.nodes.filter((n) => n.kind === 'end').map((n) => [n.id, 0] as const));
  const queue = [...distance.keys()];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const from of predecessors.get(id) ?? []) {
      if (!distance.has(from)) {
        distance.set(from, distance.get(id)! + 1);
        queue.push(from);
      }
    }
  }
  return distance;
}

/** A small deterministic random source, so a failing case replays from its fast-check seed. */
function randomFrom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const TYPED = [
  '',
  '   ',
  'no',
  'I understand how frustrating this is, I will sort it out for you today.',
  'Calm down.',
  '😀 ¿Qué?',
];

/** Every reply the trainee could give at this turn: each choice, and a range of typed replies. */
function repliesAt(scenario: Scenario, state: PlayState): Reply[] {
  const turn = currentTurn(scenario, state)!;
  const replies: Reply[] = (turn.choices ?? []).map((c) => ({ kind: 'choice', choiceId: c.id }));
  if (turn.freeText) {
    const examples = turn.freeText.keyPoints.flatMap((k) => k.examples);
    for (const text of [
      ...TYPED,
      turn.freeText.modelReply,
      examples.join(' '),
      `${turn.freeText.modelReply} ${examples.join(' ')}`,
    ])
      replies.push({ kind: 'text', text });
  }
  return replies;
}

/**
 * Plays like a wandering, often contrary trainee for the first half of the step budget (half the
 * replies lead as far from an ending as possible, so loops that have an exit are gone round), then
 * like one heading for the door: each reply is the one whose next node is closest to an ending.
 * Returns the final state, the number of steps taken and whether a node was visited twice.
 */
function playToAnEnd(scenario: Scenario, seed: number): { state: PlayState; steps: number; looped: boolean } {
  const random = randomFrom(seed);
  const distance = stepsToAnEnding(scenario);
  const budget = scenario.nodes.length * 4 + 10;
  let state = startPlay(scenario);
  let steps = 0;
  const visited = new Set<string>();
  let looped = false;
  while (!state.outcome && steps < budget) {
    expect(distance.has(state.nodeId), `an ending is reachable from "${state.nodeId}"`).toBe(true);
    if (visited.has(state.nodeId)) looped = true;
    visited.add(state.nodeId);
    const replies = repliesAt(scenario, state);
    expect(replies.length, `turn "${state.nodeId}" accepts some reply`).toBeGreaterThan(0);
    const from = state;
    const outcomes = replies.map((reply) => takeTurn(scenario, from, reply));
    const nearest = () => outcomes.reduce((best, s) => (distance.get(s.nodeId)! < distance.get(best.nodeId)! ? s : best));
    const farthest = () => outcomes.reduce((worst, s) => (distance.get(s.nodeId)! > distance.get(worst.nodeId)! ? s : worst));
    if (steps >= budget / 2) state = nearest();
    else state = random() < 0.5 ? farthest() : outcomes[Math.floor(random() * outcomes.length)]!;
    steps++;
  }
  return { state, steps, looped };
}

describe('scenario fuzz', () => {
  it(`survives ${RUNS} mutations of the bundled scenarios: never throws, locates every rejection, plays every accepted file to an end`, () => {
    const tally = { accepted: 0, rejected: 0, textMutated: 0, longestPlay: 0, looped: 0 };
    const started = performance.now();

    fc.assert(
      fc.property(damage, ({ source, values, texts, indent, seed }) => {
        const { file, text: original, value } = SOURCES[source]!;
        let text = original;
        if (values.length > 0) {
          const root = structuredClone(value) as Json;
          for (const m of values) applyValueMutation(root, m);
          text = JSON.stringify(root, null, indent);
        }
        for (const m of texts) text = applyTextMutation(text, m);
        if (texts.length > 0) tally.textMutated++;

        const result = validateScenarioText(file, text);

        if (!result.scenario) {
          tally.rejected++;
          expect(result.problems.length).toBeGreaterThan(0);
          const lineCount = text.split('\n').length;
          for (const p of result.problems) {
            expect(p.file).toBe(file);
            expect(p.path.startsWith('$'), p.path).toBe(true);
            expect(p.line).toBeGreaterThanOrEqual(1);
            expect(p.line).toBeLessThanOrEqual(lineCount);
            expect(p.column).toBeGreaterThanOrEqual(1);
            expect(p.message.trim().length).toBeGreaterThan(0);
          }
          return;
        }
        tally.accepted++;
        expect(result.problems).toEqual([]);
        const { state, steps, looped } = playToAnEnd(result.scenario, seed);
        tally.longestPlay = Math.max(tally.longestPlay, steps);
        if (looped) tally.looped++;
        expect(state.outcome, `"${result.scenario.id}" reached an ending within the step budget`).toBeDefined();
      }),
      { numRuns: RUNS },
    );

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `scenario fuzz: ${RUNS} mutated files in ${seconds} s — ${tally.accepted} accepted and played to an end ` +
        `(longest ${tally.longestPlay} turns, ${tally.looped} went round a loop), ${tally.rejected} rejected with located messages, ${tally.textMutated} with damaged JSON text`,
    );
    expect(RUNS).toBeGreaterThanOrEqual(10_000);
    // A fuzz run that accepts almost nothing would prove little about playing accepted files.
    expect(tally.accepted).toBeGreaterThan(RUNS / 20);
  }, 180_000);
});
