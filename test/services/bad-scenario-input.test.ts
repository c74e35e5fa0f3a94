/**
 * Scenario files are written by people and shared by hand, so the scenarios folder will hold broken
 * ones. Each kind of breakage below sits in one real folder beside good files; the real services
 * read it, and every broken file must come back with a message naming the file, the JSON path and
 * line:column, while the good files still load and nothing throws.
 */
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryView } from '@api';
import { createRapportServices, type RapportServices } from '../../electron/services/rapport-services';
import { MAX_SCENARIO_BYTES } from '../../electron/services/scenario-files';
import type { ScenarioProblem } from '../../engine/scenario/problem';
import { bundledScenarioText } from '../fixtures/bundled-scenarios';
import { HOSTILE_MARKUP, proseStrings, withMarkupInEveryTextField } from '../fixtures/hostile-scenario';
import { makeScenariosFolder, makeTempFolder, removeFolder } from './temp-folders';

let root: string;
let services: RapportServices;
let library: LibraryView;

const base = () => JSON.parse(bundledScenarioText('double-charged-broadband'));
const pretty = (value: unknown) => JSON.stringify(value, null, 2);
const lineOf = (source: string, needle: string) => source.slice(0, source.indexOf(needle)).split('\n').length;

/** A scenario whose two customer turns only lead to each other: the ending exists but nobody reaches it. */
function endlessLoop() {
  const s = base();
  const ending = s.nodes.find((n: { kind: string }) => n.kind === 'end');
  const persona = { lines: ['Round and round we go.'], mood: 'angry' };
  const turn = (id: string, next: string) => ({
    id,
    kind: 'customer',
    ...persona,
    choices: [
      {
        id: 'again',
        text: 'Let me check again.',
        scores: { respect: 50, helpfulness: 10, empathy: 10 },
        feedback: 'Stalling.',
        next,
      },
    ],
  });
  return { ...s, id: 'endless-loop', start: 'loop-a', nodes: [turn('loop-a', 'loop-b'), turn('loop-b', 'loop-a'), ending] };
}

const files: Record<string, string | Buffer> = {
  'malformed.json': '{\n  "id": "malformed",\n  "title": "Missing comma"\n  "description": "x"\n}\n',
  'wrong-types.json': pretty({ ...base(), id: 'wrong-types', estimatedMinutes: 'eight', skills: 'listening' }),
  'unknown-field.json': pretty({ ...base(), id: 'unknown-field', colour: 'red' }),
  'missing-node.json': (() => {
    const s = { ...base(), id: 'missing-node' };
    s.nodes[0].choices[1].next = 'nowhere';
    return pretty(s);
  })(),
  'endless-loop.json': pretty(endlessLoop()),
  'deeply-nested.json': '['.repeat(200_000) + ']'.repeat(200_000),
  'invalid-utf8.json': Buffer.concat([
    Buffer.from('{\n  "id": "bad-bytes",\n  "title": "Caf'),
    Buffer.from([0xc3, 0x28]), // a lead byte followed by one that cannot continue it
    Buffer.from('"\n}\n'),
  ]),
  'empty.json': '',
  'hostile.json': pretty(withMarkupInEveryTextField(base())),
};

beforeAll(async () => {
  root = await makeTempFolder();
  const scenariosDir = await makeScenariosFolder(root);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(scenariosDir, name), content);
  // One byte past the limit, written sparsely so the test stays quick.
  const huge = await open(path.join(scenariosDir, 'enormous.json'), 'w');
  await huge.truncate(MAX_SCENARIO_BYTES + 1);
  await huge.close();
  await mkdir(path.join(scenariosDir, 'a-folder.json'));
  services = await createRapportServices({ dataDir: path.join(root, 'data'), scenariosDir });
  library = await services.api.getLibrary({});
});

afterAll(async () => {
  await services?.close();
  await removeFolder(root);
});

function problemsOf(file: string): ScenarioProblem[] {
  const entry = library.entries.find((e) => e.file === file);
  if (!entry) throw new Error(`${file} is not in the library at all`);
  expect(entry.scenario, `${file} should not load`).toBeUndefined();
  return entry.problems;
}

describe('bad scenario input', () => {
  it('lists every file, broken or not, and still loads the good ones', () => {
    const loaded = library.entries.filter((e) => e.scenario).map((e) => e.scenario!.id);

    expect(loaded.sort()).toEqual(['double-charged-broadband', 'double-charged-broadband-hostile', 'late-parcel']);
    expect(library.entries).toHaveLength(3 + Object.keys(files).length - 1 + 2);
  });

  it('names the file, a JSON path from $ and a line:column of at least 1:1 in every problem', () => {
    const broken = library.entries.filter((e) => !e.scenario);
    expect(broken.length).toBeGreaterThanOrEqual(10);
    for (const entry of broken) {
      expect(entry.problems.length, entry.file).toBeGreaterThan(0);
      for (const p of entry.problems) {
        expect(p.file).toBe(entry.file);
        expect(p.path.startsWith('$')).toBe(true);
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.column).toBeGreaterThanOrEqual(1);
        expect(p.message.length).toBeGreaterThan(5);
      }
    }
  });

  it('reports malformed JSON at the line and column where the comma is missing', () => {
    expect(problemsOf('malformed.json')[0]).toMatchObject({ path: '$', line: 4, column: 3 });
    expect(problemsOf('malformed.json')[0]!.message).toMatch(/invalid JSON: CommaExpected/);
  });

  it('reports wrong types with their JSON paths and lines', () => {
    const source = files['wrong-types.json'] as string;
    expect(problemsOf('wrong-types.json')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: '$.estimatedMinutes',
          line: lineOf(source, '"estimatedMinutes"'),
          message: 'expected number, received string',
        }),
        expect.objectContaining({
          path: '$.skills',
          line: lineOf(source, '"skills"'),
          message: 'expected array, received string',
        }),
      ]),
    );
  });

  it('reports an unknown field by name at its key', () => {
    const source = files['unknown-field.json'] as string;
    expect(problemsOf('unknown-field.json')).toEqual([
      expect.objectContaining({
        path: '$.colour',
        line: lineOf(source, '"colour"'),
        column: 3,
        message: 'unknown field "colour"',
      }),
    ]);
  });

  it('reports a next that names a node that does not exist', () => {
    const source = files['missing-node.json'] as string;
    expect(problemsOf('missing-node.json')).toContainEqual(
      expect.objectContaining({
        path: '$.nodes[0].choices[1].next',
        line: lineOf(source, '"nowhere"'),
        message: 'unknown node "nowhere"',
      }),
    );
  });

  it('reports a cycle with no exit: both turns are dead ends and the ending cannot be reached', () => {
    const messages = problemsOf('endless-loop.json').map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '$.nodes[0].id: node "loop-a" is a dead end: no path from it leads to an ending',
        '$.nodes[1].id: node "loop-b" is a dead end: no path from it leads to an ending',
        expect.stringMatching(/^\$\.nodes\[2\]\.id: node ".+" cannot be reached from the start$/),
      ]),
    );
  });

  it('reports a file past the 2 MB limit with its name and the limit, and keeps loading the rest', () => {
    expect(problemsOf('enormous.json')).toEqual([
      {
        file: 'enormous.json',
        path: '$',
        line: 1,
        column: 1,
        message: expect.stringMatching(/^enormous.json is 2.0 MB; scenario files are limited to 2.0 MB/),
      },
    ]);
  });

  it('reports JSON nested 200,000 levels deep without exhausting the stack', () => {
    const [problem] = problemsOf('deeply-nested.json');
    expect(problem).toMatchObject({ line: 1, column: 65 });
    expect(problem!.message).toMatch(/nested more than 64 levels deep/);
  });

  it('reports invalid UTF-8 at the line and column of the first bad byte', () => {
    expect(problemsOf('invalid-utf8.json')).toEqual([
      { file: 'invalid-utf8.json', path: '$', line: 3, column: 16, message: 'the file is not valid UTF-8 text' },
    ]);
  });

  it('reports an empty file and an entry that is not a file', () => {
    expect(problemsOf('empty.json')[0]!.message).toMatch(/invalid JSON/);
    expect(problemsOf('a-folder.json')[0]!.message).toMatch(/cannot read the file: .*EISDIR/);
  });

  it('loads HTML and script in every text field as the characters written, for the renderer to show as text', async () => {
    const hostile = library.entries.find((e) => e.file === 'hostile.json')!.scenario!;
    const strings = proseStrings(hostile);

    expect(strings.length).toBeGreaterThan(40);
    expect(strings.every((s) => s.endsWith(HOSTILE_MARKUP))).toBe(true);
    const attempt = await services.api.startAttempt({ scenarioId: hostile.id, traineeName: 'Ida Escaped' });
    expect(attempt.scenarioTitle).toBe(`${base().title} ${HOSTILE_MARKUP}`);
  });

  it('checks a file just under the 2 MB limit, of a thousand nodes, listing the first problems', async () => {
    const s = base();
    const unreachable = s.nodes[1];
    for (let i = 0; i < 1_000; i++) s.nodes.push({ ...unreachable, id: `copy-${i}` });
    const text = pretty({ ...s, id: 'very-large' });
    expect(Buffer.byteLength(text)).toBeGreaterThan(1024 * 1024);
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_SCENARIO_BYTES);
    await writeFile(path.join(library.folder, 'very-large.json'), text);

    const started = performance.now();
    const again = await services.api.getLibrary({});
    const seconds = (performance.now() - started) / 1000;

    const entry = again.entries.find((e) => e.file === 'very-large.json')!;
    expect(entry.problems).toHaveLength(51);
    expect(entry.problems[0]).toMatchObject({
      path: `$.nodes[${s.nodes.length - 1_000}].id`,
      message: 'node "copy-0" cannot be reached from the start',
    });
    expect(entry.problems[50]!.message).toMatch(/^…and 950 more problems/);
    expect(again.entries.filter((e) => e.scenario)).toHaveLength(3);
    expect(seconds).toBeLessThan(5);
    // The original folder content is untouched by reading it.
    expect(await readFile(path.join(library.folder, 'late-parcel.json'), 'utf8')).toContain('"late-parcel"');
  });
});
