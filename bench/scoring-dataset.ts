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
}

export interface Situation {
  situation: string;
  context: string;
  customer: string;
  mood?: Mood;
  keyPoints: KeyPoint[];
  replies: LabelledReply[];
}

/** The labelled development set in test/fixtures/scoring/*.jsonl, one situation per line. */
export function loadSituations(): Situation[] {
  const dir = path.join(projectRoot, 'test', 'fixtures', 'scoring');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()
    .flatMap((n) =>
      readFileSync(path.join(dir, n), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Situation),
    );
}

/**
 * A third of the situations are held out from tuning: every one whose number is a multiple of 3.
 * Fixed by id, so the split never moves as the set grows.
 */
export function isHeldOut(situation: Situation): boolean {
  return Number(situation.situation.replace(/\D/g, '')) % 3 === 0;
}
