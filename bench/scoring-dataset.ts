import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KeyPoint, Mood } from '../engine/scenario/format';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface LabelledReply {
  id: string;
  response: string;
  respect: number;
  helpfulness: number;
  empathy: number;
  /** What the reply was written to test ("formula-on-bad", "wrong-fact", "paraphrase"…), where given. */
  kind?: string;
}

/** A reply a fair trainer would not score at all (not English, or no words): it must be reported unscorable. */
export interface UnscorableReply {
  id: string;
  response: string;
  kind?: string;
  unscorable: true;
}

export interface Situation {
  situation: string;
  context: string;
  customer: string;
  mood?: Mood;
  keyPoints: KeyPoint[];
  replies: LabelledReply[];
  /** Replies that must be reported unscorable; kept apart so every rated reply has its ratings. */
  unscorable: UnscorableReply[];
}

type RawSituation = Omit<Situation, 'replies' | 'unscorable'> & { replies: Array<LabelledReply | UnscorableReply> };

function parseSituation(line: string): Situation {
  const raw = JSON.parse(line) as RawSituation;
  const isUnscorable = (r: LabelledReply | UnscorableReply): r is UnscorableReply => 'unscorable' in r && r.unscorable;
  return {
    ...raw,
    replies: raw.replies.filter((r) => !isUnscorable(r)) as LabelledReply[],
    unscorable: raw.replies.filter(isUnscorable),
  };
}

/**
 * The labelled development set in test/fixtures/scoring/*.jsonl, one situation per line; with
 * `frozen`, the second held-out set in its frozen/ folder, which is scored only when a stop finishes.
 */
export function loadSituations(set: 'development' | 'frozen' = 'development'): Situation[] {
  const dir = path.join(projectRoot, 'test', 'fixtures', 'scoring', ...(set === 'frozen' ? ['frozen'] : []));
  return readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()
    .flatMap((n) =>
      readFileSync(path.join(dir, n), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map(parseSituation),
    );
}

/**
 * A third of the situations are held out from tuning: every one whose number is a multiple of 3.
 * Fixed by id, so the split never moves as the set grows.
 */
export function isHeldOut(situation: Situation): boolean {
  return Number(situation.situation.replace(/\D/g, '')) % 3 === 0;
}
