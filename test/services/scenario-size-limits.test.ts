/**
 * Scenario files are about 20 kB; a file or an import far past that must be refused quickly, with
 * the file and the limit named, and must never hold up other requests. One limit for opening,
 * saving, the library and importing, so what saves can always be opened.
 */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';
import { MAX_SCENARIO_BYTES } from '@api/scenario-limits';
import { createRapportServices, type RapportServices } from '../../electron/services/rapport-services';
import { makeScenariosFolder, makeTempFolder, removeFolder } from './temp-folders';

let root: string;
let folder: string;
let services: RapportServices;

beforeAll(async () => {
  root = await makeTempFolder();
  folder = await makeScenariosFolder(root);
  services = await createRapportServices({ dataDir: path.join(root, 'data'), scenariosDir: folder });
});

afterAll(async () => {
  await services.close();
  await removeFolder(root);
});

const api = () => services.api;
const draftsFolder = () => path.join(root, 'data', 'drafts');

/** A scenario padded with spaces to `bytes`: valid JSON, and nothing a real scenario needs. */
function paddedScenario(id: string, bytes: number): Uint8Array {
  const head = Buffer.from(`{"id": "${id}", "title": "Padded"`);
  const out = Buffer.alloc(bytes, 0x20);
  head.copy(out);
  out[bytes - 1] = 0x7d; // }
  return out;
}

/** The longest the event loop stood still while `work` ran, in ms. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}

describe('importing a zip of space-padded scenarios (a zip bomb)', () => {
  it('refuses each 49 MB file by its declared size, naming it and the limit, without holding up the server', async () => {
    const entries = Object.fromEntries(
      ['one', 'two', 'three', 'four'].map((id) => [`${id}.json`, paddedScenario(id, 49 * 1024 * 1024)]),
    );
    const zip = zipSync(entries, { level: 9 });
    expect(zip.length).toBeLessThan(250 * 1024);

    let report!: Awaited<ReturnType<ReturnType<typeof api>['importScenarios']>>;
    const started = performance.now();
    const stall = await longestStall(async () => {
      report = await api().importScenarios({ name: 'padded.zip', contentBase64: Buffer.from(zip).toString('base64') });
    });
    const ms = performance.now() - started;
    console.log(`BENCH import.padded_zip_${Math.round(zip.length / 1024)}kB.reject ${ms.toFixed(1)} ms`);
    console.log(`BENCH import.padded_zip.longest_stall ${stall.toFixed(1)} ms`);

    expect(report.imported).toEqual([]);
    expect(report.skipped).toEqual(
      ['one', 'two', 'three', 'four'].map((id) => ({
        name: `padded.zip/${id}.json`,
        reason: 'it is 49.0 MB unpacked; scenario files are limited to 2.0 MB',
      })),
    );
    expect(ms).toBeLessThan(1000);
    expect(stall).toBeLessThan(250);
    expect(await readdir(draftsFolder()).catch(() => [])).toEqual([]);
  });

  it('stops inflating a file that unpacks to more than its zip entry says', async () => {
    const zip = zipSync({ 'liar.json': paddedScenario('liar', 1024 * 1024) }, { level: 9 });
    // Claim 100 bytes in both the local header (offset 22) and the central directory entry (offset 24).
    const view = new DataView(zip.buffer);
    view.setUint32(22, 100, true);
    const central = zip.length - 22 - view.getUint32(zip.length - 22 + 12, true);
    view.setUint32(central + 24, 100, true);

    const report = await api().importScenarios({ name: 'liar.zip', contentBase64: Buffer.from(zip).toString('base64') });

    expect(report.imported).toEqual([]);
    expect(report.skipped).toEqual([
      { name: 'liar.zip/liar.json', reason: expect.stringMatching(/sizes in the zip do not add up|different size/) },
    ]);
  });

  it('refuses a single .json past the limit, naming the limit', async () => {
    const big = paddedScenario('big-one', MAX_SCENARIO_BYTES + 1);

    const report = await api().importScenarios({ name: 'big-one.json', contentBase64: Buffer.from(big).toString('base64') });

    expect(report.skipped).toEqual([
      { name: 'big-one.json', reason: expect.stringMatching(/^it is 2.0 MB; scenario files are limited to 2.0 MB/) },
    ]);
  });
});

describe('saving a scenario past the limit', () => {
  it('refuses to save a draft that could not be opened again, naming the file and the limit', async () => {
    // 1.5 million characters pass the Api's character limit but are 3 MB of UTF-8.
    const text = `{"id": "accents", "title": "${'é'.repeat(1_500_000)}"}`;

    const saving = api().saveScenarioFile({ file: 'accents.json', text, baseRevision: null, mode: 'draft' });

    await expect(saving).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(saving).rejects.toThrow(/^accents.json is 2.9 MB; scenario files are limited to 2.0 MB/);
    expect(await readdir(draftsFolder()).catch(() => [])).not.toContain('accents.json');
  });

  it('opens every draft it saves: one just under the limit round-trips', async () => {
    const text = Buffer.from(paddedScenario('just-under', MAX_SCENARIO_BYTES)).toString('utf8');

    await api().saveScenarioFile({ file: 'just-under.json', text, baseRevision: null, mode: 'draft' });
    const opened = await api().openScenarioFile({ file: 'just-under.json', status: 'draft' });

    expect(opened.text).toBe(text);
  });

  it('refuses to open a draft put past the limit by hand, naming it and the limit', async () => {
    await writeFile(path.join(draftsFolder(), 'by-hand.json'), paddedScenario('by-hand', MAX_SCENARIO_BYTES + 10));

    await expect(api().openScenarioFile({ file: 'by-hand.json', status: 'draft' })).rejects.toThrow(
      /^the draft by-hand.json is 2.0 MB; scenario files are limited to 2.0 MB/,
    );
  });
});
