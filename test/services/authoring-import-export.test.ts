import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { createApiDispatcher } from '../../electron/api-dispatch';
import { readZipEntries } from '../../electron/services/authoring/zip-entries';
import { createRapportServices, type RapportServices } from '../../electron/services/rapport-services';
import { startWebServer, type RunningWebServer } from '../../electron/web-server';
import { makeScenariosFolder, makeTempFolder, removeFolder } from './temp-folders';

let root: string;
let folder: string;
let services: RapportServices;

beforeAll(async () => {
  root = await makeTempFolder();
  folder = await makeScenariosFolder(root);
  services = await createRapportServices({
    dataDir: path.join(root, 'data'),
    scenariosDir: folder,
    now: () => new Date('2025-06-02T10:00:00Z'),
  });
});

afterAll(async () => {
  await services.close();
  await removeFolder(root);
});

const api = () => services.api;
const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const twine = (name: string) => readFile(new URL(`../fixtures/twine/${name}`, import.meta.url), 'utf8');
const draftText = (file: string) => readFile(path.join(root, 'data', 'drafts', file), 'utf8');
const parcel = () => readFile(path.join(folder, 'late-parcel.json'), 'utf8');

describe('importScenarios', () => {
  it('imports a scenario .json as a draft, byte for byte, named after its id', async () => {
    const text = (await parcel()).replace('"id": "late-parcel"', '"id": "imported-parcel"');

    const report = await api().importScenarios({ name: 'whatever name.json', contentBase64: base64(text) });

    expect(report).toEqual({
      imported: [{ file: 'imported-parcel.json', title: 'The parcel that never came', problems: [] }],
      warnings: [],
      skipped: [],
    });
    expect(await draftText('imported-parcel.json')).toBe(text);
    expect(await readdir(folder)).not.toContain('imported-parcel.json');
  });

  it('never replaces an existing draft: a second import gets a new name', async () => {
    const text = (await parcel()).replace('"id": "late-parcel"', '"id": "imported-parcel"');

    const report = await api().importScenarios({ name: 'again.json', contentBase64: base64(text) });

    expect(report.imported.map((i) => i.file)).toEqual(['imported-parcel-2.json']);
  });

  it('imports a Twee story, reporting what could not be mapped under the file’s name', async () => {
    const report = await api().importScenarios({
      name: 'refund-chase.twee',
      contentBase64: base64(await twine('refund-chase.twee')),
    });

    expect(report.imported).toEqual([{ file: 'chasing-a-late-refund.json', title: 'Chasing a late refund', problems: [] }]);
    expect(report.warnings).toContain('refund-chase.twee: passage "Policy answer": not imported: macro <<if>>');
    const opened = await api().openScenarioFile({ file: 'chasing-a-late-refund.json', status: 'draft' });
    expect(JSON.parse(opened.text).nodes).toHaveLength(7);
  });

  it('imports a Twine 2 published HTML story, and skips an HTML page with no story', async () => {
    const story = await api().importScenarios({
      name: 'Refund.HTML',
      contentBase64: base64(await twine('refund-chase-published.html')),
    });
    const page = await api().importScenarios({ name: 'page.html', contentBase64: base64('<html><body>Hello</body></html>') });

    expect(story.imported.map((i) => i.file)).toEqual(['chasing-a-late-refund-2.json']);
    expect(page).toMatchObject({
      imported: [],
      skipped: [{ name: 'page.html', reason: expect.stringMatching(/no Twine 2 story was found/) }],
    });
  });

  it('imports every file of a zip, with each one’s problems, and skips what it cannot read', async () => {
    const good = (await parcel()).replace('"id": "late-parcel"', '"id": "zipped-parcel"');
    const zip = zipSync({
      'pack/zipped-parcel.json': strToU8(good),
      'pack/half-written.json': strToU8('{ "id": "half-written", '),
      'pack/story.twee': strToU8(await twine('broken-links.twee')),
      'pack/notes.txt': strToU8('remember to add scores'),
      'pack/latin1.json': new Uint8Array([0x7b, 0xe9, 0x7d]),
      '__MACOSX/pack/._zipped-parcel.json': strToU8('resource fork'),
    });

    const report = await api().importScenarios({ name: 'pack.zip', contentBase64: base64(zip) });

    expect(report.imported.map((i) => [i.file, i.problems.length > 0])).toEqual([
      ['zipped-parcel.json', false],
      ['half-written.json', true],
      ['wrong-number-transfer-draft.json', true],
    ]);
    expect(report.imported[1]!.problems[0]!.message).toMatch(/invalid JSON/);
    expect(report.skipped).toEqual([
      { name: 'pack.zip/pack/notes.txt', reason: 'Rapport imports .json, .zip, .twee, .tw or .html files' },
      { name: 'pack.zip/pack/latin1.json', reason: 'it is not UTF-8 text (line 1, column 2)' },
    ]);
    expect(report.warnings).toContain(
      'pack.zip/pack/story.twee: passage "Transaction ID" appears twice; the second one was ignored',
    );
  });

  it('rejects zip entries whose path climbs out of the folder (zip slip) and writes nothing outside the drafts', async () => {
    const scenario = strToU8((await parcel()).replace('"id": "late-parcel"', '"id": "slipped"'));
    const zip = zipSync({ '../../slipped.json': scenario, '/etc/slipped.json': scenario, 'C:/slipped.json': scenario });

    const report = await api().importScenarios({ name: 'evil.zip', contentBase64: base64(zip) });

    expect(report.imported).toEqual([]);
    expect(report.skipped.map((s) => s.reason)).toEqual([
      'its path climbs out of the folder with ".."; skipped',
      'its path is absolute, pointing outside the folder; skipped',
      'its path is absolute, pointing outside the folder; skipped',
    ]);
    expect(await readdir(root)).toEqual(['data', 'scenarios']);
  });

  it('refuses zip entries past the size limits before inflating them', async () => {
    const zip = zipSync({
      'a.json': new Uint8Array(2000),
      'b.json': new Uint8Array(10),
      'c.json': new Uint8Array(10),
      'd.json': new Uint8Array(10),
    });

    const contents = await readZipEntries(zip, { maxEntries: 2, maxEntryBytes: 1000, maxTotalBytes: 15 });

    expect(contents.files.map((f) => f.name)).toEqual(['b.json']);
    expect(contents.skipped).toEqual([
      { name: 'a.json', reason: 'it is 2.0 kB unpacked; scenario files are limited to 1000 bytes' },
      { name: 'c.json', reason: 'the zip unpacks to more than 15 bytes, the limit for one import; this file was skipped' },
      { name: 'd.json', reason: 'the zip unpacks to more than 15 bytes, the limit for one import; this file was skipped' },
    ]);
  });

  it('skips a file that is not a zip, or of a kind Rapport does not import', async () => {
    const notZip = await api().importScenarios({ name: 'broken.zip', contentBase64: base64('not a zip at all') });
    const word = await api().importScenarios({ name: 'script.docx', contentBase64: base64('PK') });

    expect(notZip.skipped[0]).toMatchObject({
      name: 'broken.zip',
      reason: expect.stringMatching(/^it is not a readable zip file/),
    });
    expect(word.skipped[0]).toMatchObject({
      name: 'script.docx',
      reason: 'Rapport imports .json, .zip, .twee, .tw or .html files',
    });
  });
});

describe('exportScenarios', () => {
  it('exports one scenario as its exact .json', async () => {
    const exported = await api().exportScenarios({ files: [{ file: 'late-parcel.json', status: 'published' }] });

    expect(exported).toMatchObject({ name: 'late-parcel.json', mediaType: 'application/json' });
    expect(Buffer.from(exported.contentBase64, 'base64').toString('utf8')).toBe(await parcel());
  });

  it('exports several as a zip that imports back to the same texts', async () => {
    const exported = await api().exportScenarios({
      files: [
        { file: 'late-parcel.json', status: 'published' },
        { file: 'double-charged-broadband.json', status: 'published' },
        { file: 'zipped-parcel.json', status: 'draft' },
      ],
    });
    const entries = unzipSync(Buffer.from(exported.contentBase64, 'base64'));

    const report = await api().importScenarios({ name: exported.name, contentBase64: exported.contentBase64 });

    expect(exported).toMatchObject({ name: 'rapport-scenarios-2025-06-02.zip', mediaType: 'application/zip' });
    expect(Object.keys(entries).sort()).toEqual([
      'double-charged-broadband.json',
      'drafts/zipped-parcel.json',
      'late-parcel.json',
    ]);
    expect(report.imported.map((i) => i.file)).toEqual([
      'late-parcel.json',
      'double-charged-broadband.json',
      'zipped-parcel-2.json',
    ]);
    expect(await draftText('late-parcel.json')).toBe(await parcel());
    expect(await draftText('zipped-parcel-2.json')).toBe(await draftText('zipped-parcel.json'));
  });

  it('says which file is missing', async () => {
    const error = await api()
      .exportScenarios({
        files: [
          { file: 'gone.json', status: 'draft' },
          { file: 'late-parcel.json', status: 'published' },
        ],
      })
      .catch((e: Error) => e);
    expect(error).toMatchObject({ code: 'not-found', message: 'cannot export the draft gone.json: it no longer exists' });
  });
});

describe('importing through the web shell', () => {
  let server: RunningWebServer;
  beforeAll(async () => {
    server = await startWebServer({ dispatch: createApiDispatcher(services.api), rendererDir: root, port: 0 });
  });
  afterAll(() => server.close());

  it('accepts an import far larger than an ordinary request (a 15 MB zip)', async () => {
    // Random bytes do not compress, so the zip stays as large as its contents.
    const noise = new Uint8Array(15 * 1024 * 1024).map(() => Math.floor(Math.random() * 256));
    const zip = zipSync({ 'big.bin': [noise, { level: 0 }] });

    const response = await fetch(`http://127.0.0.1:${server.port}/api/importScenarios`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rapport-token': server.token },
      body: JSON.stringify({ name: 'big.zip', contentBase64: base64(zip) }),
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { skipped: [{ name: 'big.zip/big.bin' }] } });
  });

  it('refuses an import past the 20 MB limit with a 400 naming the limit', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/importScenarios`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rapport-token': server.token },
      body: JSON.stringify({ name: 'huge.zip', contentBase64: 'A'.repeat(27_970_000) }),
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { message: 'importScenarios: contentBase64: files to import are limited to 20.0 MB' },
    });
  });
});
