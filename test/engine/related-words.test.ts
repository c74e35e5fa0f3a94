import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stemmer } from 'stemmer';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { areAntonyms, areRelated, relatedStems } from '../../engine/scoring/related-words';
import { RELATED_STEM_LINES } from '../../engine/scoring/related-words-table';

const root = path.resolve(__dirname, '..', '..');
const tableFile = path.join(root, 'engine', 'scoring', 'related-words-table.ts');
const related = (a: string) => relatedStems(stemmer(a));
const opposite = (a: string, b: string) => areAntonyms(stemmer(a), stemmer(b));

describe('related-words table', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'related-words-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('matches what scripts/build-related-words.mjs makes from the installed WordNet (run npm run build:related-words)', () => {
    const out = path.join(scratch, 'related-words-table.ts');
    const run = spawnSync(process.execPath, ['scripts/build-related-words.mjs', '--out', out], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(out, 'utf8') === readFileSync(tableFile, 'utf8'), 'the generated table is stale').toBe(true);
  }, 30_000);

  it('stays under 250 KB so the renderer bundle stays small', () => {
    expect(statSync(tableFile).size).toBeLessThan(250_000);
  });

  it('keeps the WordNet licence notice with the data', () => {
    const header = readFileSync(tableFile, 'utf8').slice(0, 3000);
    expect(header).toMatch(/GENERATED FILE: do not edit/);
    expect(header).toMatch(/Copyright 2006 by Princeton University/);
  });
});

describe('relatedStems', () => {
  it('relates reimburse to refund: WordNet files "reimburse" as a kind of "refund"', () => {
    expect(related('reimburse')).toContain(stemmer('refund'));
    expect(related('refund')).toContain(stemmer('reimburse'));
  });

  it('relates words that share a common sense: refund and repay, fix and repair and mend, confirm and verify', () => {
    expect(related('refund')).toContain(stemmer('repay'));
    expect(related('fix')).toEqual(expect.arrayContaining([stemmer('repair'), stemmer('mend')]));
    expect(related('confirm')).toContain(stemmer('verification'));
  });

  it('relates derived forms whose stems differ: pay and payment, ship and shipment', () => {
    expect(related('pay')).toContain(stemmer('payment'));
    expect(related('ship')).toContain(stemmer('shipment'));
  });

  it('does not relate fix to jam, mess or pickle ("in a fix" is a rare sense of fix and of each of them)', () => {
    for (const word of ['jam', 'mess', 'pickle', 'hole']) expect(related('fix')).not.toContain(stemmer(word));
  });

  it('reads charge as billing, not as accusing or attacking (the service sense is pinned)', () => {
    expect(related('charge')).toContain(stemmer('bill'));
    for (const word of ['accuse', 'complaint', 'attack']) expect(related('charge')).not.toContain(stemmer(word));
  });

  it('reads call as phoning, not naming, and issue as supplying, not publishing', () => {
    expect(related('call')).toContain(stemmer('phone'));
    expect(related('call')).not.toContain(stemmer('name'));
    expect(related('issue')).not.toContain(stemmer('publish'));
  });

  it('relates no stop word or generic verb (get, make, take, put, give…)', () => {
    for (const word of ['get', 'make', 'take', 'put', 'give', 'do', 'have', 'thing', 'time']) expect(related(word)).toEqual([]);
    expect(related('refund')).not.toContain(stemmer('return'));
  });

  it('never lists a stem as related to itself and is symmetric', () => {
    for (const line of RELATED_STEM_LINES.split('\n').filter(Boolean)) {
      const [head, ...rest] = line.split(' ');
      expect(relatedStems(head!)).toEqual(rest);
      expect(rest).not.toContain(head);
      for (const other of rest) expect(areRelated(other, head!)).toBe(true);
    }
  });

  it('keeps every list under 20 stems, so areRelated is a lookup and a short scan', () => {
    for (const line of RELATED_STEM_LINES.split('\n').filter(Boolean)) expect(line.split(' ').length - 1).toBeLessThan(20);
  });

  it('returns an empty list for a stem WordNet does not know', () => {
    expect(relatedStems('zzzq')).toEqual([]);
    expect(areRelated('zzzq', 'refund')).toBe(false);
  });
});

describe('areAntonyms', () => {
  it('sees communal and individual as opposites, through "communal" being like "common"', () => {
    expect(opposite('communal', 'individual')).toBe(true);
    expect(opposite('individual', 'communal')).toBe(true);
  });

  it('sees the opposites a trainee may contradict a key point with', () => {
    expect(opposite('complete', 'partial')).toBe(true);
    expect(opposite('full', 'empty')).toBe(true);
    expect(opposite('early', 'late')).toBe(true);
    expect(opposite('increase', 'decrease')).toBe(true);
    expect(opposite('accept', 'refuse')).toBe(true);
    expect(opposite('accept', 'reject')).toBe(true);
    expect(opposite('credit', 'debit')).toBe(true);
    expect(opposite('lock', 'unlock')).toBe(true);
  });

  it('does not carry an adjective\'s opposite over to the verb it folds onto ("fixed" opposes "moving"; "fix" does not oppose "move")', () => {
    expect(opposite('fix', 'move')).toBe(false);
    expect(opposite('credit', 'unworthy')).toBe(false);
  });

  it('does not call related words opposites', () => {
    expect(opposite('refund', 'repay')).toBe(false);
    expect(opposite('fix', 'repair')).toBe(false);
  });
});

describe('building the lookup', () => {
  // Best of five fresh module instances: the machine is shared, and one slow run says little.
  it('takes at most 30 ms from the generated table', async () => {
    let best = Infinity;
    for (let run = 0; run < 5; run++) {
      vi.resetModules();
      const fresh = await import('../../engine/scoring/related-words');
      const start = performance.now();
      fresh.prepareRelatedWords();
      best = Math.min(best, performance.now() - start);
    }
    console.log(`BENCH related_words.map_build ${best.toFixed(1)} ms`);
    expect(best).toBeLessThan(30);
  });
});
