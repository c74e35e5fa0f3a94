import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderWordTables } from '../../scripts/generate-word-tables';

const root = path.resolve(__dirname, '../..');

describe('generated word tables', () => {
  it('match what scripts/generate-word-tables.ts makes from the installed word lists (run it if this fails)', async () => {
    const files = await renderWordTables();
    expect(Object.keys(files).length).toBe(3);
    for (const [file, text] of Object.entries(files)) {
      expect(readFileSync(path.join(root, file), 'utf8'), `${file} is stale: run npx tsx scripts/generate-word-tables.ts`).toBe(
        text,
      );
    }
  }, 30_000);

  it('stay small enough to ship in the browser bundle', () => {
    const bytes = (file: string) => readFileSync(path.join(root, 'engine/scoring', file)).length;
    expect(bytes('english-words.generated.ts')).toBeLessThan(300_000);
    expect(bytes('foreign-words.generated.ts')).toBeLessThan(40_000);
    expect(bytes('british-spellings.generated.ts')).toBeLessThan(20_000);
  });
});
