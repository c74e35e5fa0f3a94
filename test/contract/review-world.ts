/**
 * The attempts every side of the review contract is given: a small team whose figures are known
 * by heart (see review-contract.ts), written as transfer-file lines so the real services and the
 * renderer's in-memory double take them in through the same Api method, importTransfer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentTurn, startPlay, takeTurn } from '../../engine/play/player';
import type { Reply } from '../../engine/play/types';
import { bestChoice } from '../../engine/scenario/best-choice';
import type { Scenario } from '../../engine/scenario/format';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The scenario files both sides hold: the fixture late-parcel (chat, e-commerce) and the bundled broadband call (phone, telecom). */
export const CONTRACT_SCENARIO_FILES = [
  path.resolve(HERE, '../fixtures/scenarios/late-parcel.json'),
  path.resolve(HERE, '../../scenarios/double-charged-broadband.json'),
];

export const contractScenarios = (): Scenario[] =>
  CONTRACT_SCENARIO_FILES.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Scenario);

/** "Now" on both sides while the contract runs. */
export const CONTRACT_NOW = '2025-03-15T12:00:00.000Z';

/**
 * late-parcel's authored paths, with their averages:
 *   resolved     respect 87, helpfulness 80, empathy 78
 *   lostAtGreet  respect 30, helpfulness 10, empathy 10
 *   lostAtTrack  respect 65, helpfulness 40, empathy 55
 */
export const PARCEL = {
  resolved: ['reassure', 'give-date', 'nothing-needed'],
  lostAtGreet: ['deflect'],
  lostAtTrack: ['reassure', 'no-idea'],
} as const;

interface PlannedAttempt {
  id: string;
  traineeName: string;
  scenarioId: string;
  startedAt: string;
  /** Choice ids; after them the best choice (or the model reply) until the end, unless `leaveAfter` is set. */
  replies?: readonly string[];
  /** Stop after the replies: 'abandoned' or still 'in-progress'. */
  leaveAfter?: 'abandoned' | 'in-progress';
}

/** The team: who played what, when (trend windows for "now": previous 14 Jan–13 Feb, recent 13 Feb–15 Mar). */
export const CONTRACT_ATTEMPTS: PlannedAttempt[] = [
  // Ada: strong in the previous window, weaker in the recent one: every arrow points down.
  {
    id: 'ada-1',
    traineeName: 'Ada Quinn',
    scenarioId: 'late-parcel',
    startedAt: '2025-01-20T10:00:00.000Z',
    replies: PARCEL.resolved,
  },
  {
    id: 'ada-2',
    traineeName: 'Ada Quinn',
    scenarioId: 'late-parcel',
    startedAt: '2025-03-01T10:00:00.000Z',
    replies: PARCEL.lostAtTrack,
  },
  // Ben: only recent attempts, one lost at once: averages below 60 on every dimension, no trend.
  {
    id: 'ben-1',
    traineeName: 'Ben Okoro',
    scenarioId: 'late-parcel',
    startedAt: '2025-02-20T15:30:00.000Z',
    replies: PARCEL.lostAtGreet,
  },
  {
    id: 'ben-2',
    traineeName: 'Ben Okoro',
    scenarioId: 'late-parcel',
    startedAt: '2025-03-10T08:15:00.000Z',
    replies: PARCEL.resolved,
  },
  // Cara: a phone call played to the end, and a chat she left.
  { id: 'cara-1', traineeName: 'Cara Diaz', scenarioId: 'double-charged-broadband', startedAt: '2025-03-05T13:00:00.000Z' },
  {
    id: 'cara-2',
    traineeName: 'Cara Diaz',
    scenarioId: 'late-parcel',
    startedAt: '2025-03-12T09:00:00.000Z',
    replies: ['reassure'],
    leaveAfter: 'abandoned',
  },
  // Dan: one conversation still open, nothing finished.
  {
    id: 'dan-1',
    traineeName: 'Dan Ellis',
    scenarioId: 'late-parcel',
    startedAt: '2025-03-14T16:45:00.000Z',
    replies: ['reassure'],
    leaveAfter: 'in-progress',
  },
  // Eve: long ago, outside both trend windows.
  {
    id: 'eve-1',
    traineeName: 'Eve Marsh',
    scenarioId: 'late-parcel',
    startedAt: '2024-06-03T11:00:00.000Z',
    replies: PARCEL.resolved,
  },
];

/** One attempt played by the real engine, as a transfer-file line. */
function transferLine(plan: PlannedAttempt, scenario: Scenario): string {
  let state = startPlay(scenario);
  const turns: Array<{ nodeId: string; reply: Reply; recordedAt: string }> = [];
  const queue = [...(plan.replies ?? [])];
  for (let minute = 1; minute <= 40 && !state.outcome; minute++) {
    const turn = currentTurn(scenario, state)!;
    const scripted = queue.shift();
    if (scripted === undefined && plan.leaveAfter) break;
    const reply: Reply = scripted
      ? { kind: 'choice', choiceId: scripted }
      : turn.choices
        ? { kind: 'choice', choiceId: bestChoice(turn.choices)!.id }
        : { kind: 'text', text: turn.freeText!.modelReply };
    turns.push({ nodeId: turn.id, reply, recordedAt: new Date(Date.parse(plan.startedAt) + minute * 60_000).toISOString() });
    state = takeTurn(scenario, state, reply);
  }
  return JSON.stringify({
    id: plan.id,
    traineeName: plan.traineeName,
    scenarioId: plan.scenarioId,
    startedAt: plan.startedAt,
    finishedAt: state.outcome ? turns.at(-1)!.recordedAt : plan.leaveAfter === 'abandoned' ? turns.at(-1)!.recordedAt : null,
    status: state.outcome ? 'finished' : (plan.leaveAfter ?? 'abandoned'),
    turns,
  });
}

/** The header and lines of a transfer file holding the whole team. */
export function contractTransferFile(): { header: string; lines: string[] } {
  const scenarios = new Map(contractScenarios().map((s) => [s.id, s]));
  return {
    header: JSON.stringify({ format: 'rapport-attempts', version: 1, exportedAt: CONTRACT_NOW }),
    lines: CONTRACT_ATTEMPTS.map((plan) => transferLine(plan, scenarios.get(plan.scenarioId)!)),
  };
}
