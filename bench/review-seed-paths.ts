/**
 * Real conversations to seed the review benchmark with: every way through each bundled scenario
 * (up to a cap), played and scored by the engine itself, so the seeded turns, choices, outcomes and
 * scores are exactly what trainees would produce, and the scenario report has real nodes to show.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { currentTurn, startPlay, takeTurn } from '../engine/play/player';
import type { PlayState, Reply } from '../engine/play/types';
import type { Scenario } from '../engine/scenario/format';
import { validateLibrary } from '../engine/scenario/library';
import { scenarioFilesIn } from '../electron/services/scenario-files';

export interface SeedPath {
  /** The conversation as played: turns (with scores and evidence), the ending and its outcome. */
  state: PlayState;
  /** Sum of the turns' average scores: higher is a better-played path. */
  quality: number;
}

export interface SeedScenario {
  scenario: Scenario;
  /** Worst first, so a skilled trainee is more likely to pick from the end. */
  paths: SeedPath[];
}

/** Typed replies tried wherever a turn takes free text: a good one, a flat one and a rude one. */
function typedReplies(modelReply: string): string[] {
  return [modelReply, 'Ok. I will look into it and get back to you.', 'That is not my problem, you should have read the terms.'];
}

function repliesAt(scenario: Scenario, state: PlayState): Reply[] {
  const turn = currentTurn(scenario, state);
  if (!turn) return [];
  const choices = (turn.choices ?? []).map((c) => ({ kind: 'choice' as const, choiceId: c.id }));
  const typed = turn.freeText ? typedReplies(turn.freeText.modelReply).map((text) => ({ kind: 'text' as const, text })) : [];
  return [...choices, ...typed];
}

/** A small deterministic random source, so every run seeds the same database. */
function randomSource(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/** Random walks through the conversation, kept when they reach an ending and differ from the ones found. */
function pathsThrough(scenario: Scenario, cap: number): SeedPath[] {
  const random = randomSource(scenario.id.length * 7919 + cap);
  const found = new Map<string, SeedPath>();
  for (let walk = 0; walk < cap * 8 && found.size < cap; walk++) {
    let state = startPlay(scenario);
    for (let step = 0; step < 14 && !state.outcome; step++) {
      const replies = repliesAt(scenario, state);
      state = takeTurn(scenario, state, replies[Math.floor(random() * replies.length)]!);
    }
    if (!state.outcome) continue;
    const key = JSON.stringify(state.turns.map((t) => t.reply));
    const total = state.turns.reduce((sum, t) => sum + t.scores.respect + t.scores.helpfulness + t.scores.empathy, 0);
    found.set(key, { state, quality: total / state.turns.length });
  }
  return [...found.values()].sort((a, b) => a.quality - b.quality);
}

/** Every valid bundled scenario with up to `cap` scored paths through it. */
export async function seedScenarios(projectRoot: string, cap = 60): Promise<SeedScenario[]> {
  const files = await scenarioFilesIn(path.join(projectRoot, 'scenarios'));
  const entries = validateLibrary(files.map((file) => ({ file, text: readFileSync(file, 'utf8') })));
  return entries
    .flatMap((e) => (e.scenario ? [e.scenario] : []))
    .map((scenario) => ({ scenario, paths: pathsThrough(scenario, cap) }))
    .filter((s) => s.paths.length > 0);
}
