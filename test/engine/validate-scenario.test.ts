import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../engine/scenario/json-schema';
import { validateLibrary } from '../../engine/scenario/library';
import { decodeScenarioBytes, validateScenarioText } from '../../engine/scenario/validate';
import { bundledScenarioText, scenariosDir } from '../fixtures/bundled-scenarios';

const base = () => JSON.parse(bundledScenarioText('double-charged-broadband'));
const text = (value: unknown) => JSON.stringify(value, null, 2);
const lineOf = (source: string, needle: string) => source.slice(0, source.indexOf(needle)).split('\n').length;

describe('validateScenarioText', () => {
  it('accepts a well-formed scenario and returns it parsed', () => {
    const result = validateScenarioText('ok.json', bundledScenarioText('double-charged-broadband'));
    expect(result.problems).toEqual([]);
    expect(result.scenario?.id).toBe('double-charged-broadband');
  });

  it('reports invalid JSON with the line and column of the error', () => {
    const result = validateScenarioText('broken.json', '{\n  "id": "x",\n  "title": \n}');
    expect(result.scenario).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ file: 'broken.json', line: 4, column: 1 });
    expect(result.problems[0]!.message).toMatch(/invalid JSON/);
  });

  it('reports an unknown field with its JSON path and the line of the key', () => {
    const s = base();
    s.nodes[1].colour = 'red';
    const source = text(s);
    const result = validateScenarioText('extra.json', source);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ path: '$.nodes[1].colour', line: lineOf(source, '"colour"') });
    expect(result.problems[0]!.message).toBe('unknown field "colour"');
  });

  it('reports a wrong type and a missing field where they are', () => {
    const s = base();
    s.estimatedMinutes = 'eight';
    delete s.persona.wants;
    const result = validateScenarioText('types.json', text(s));
    const messages = result.problems.map((p) => `${p.path} ${p.message}`);
    expect(messages).toContain('$.estimatedMinutes expected number, received string');
    expect(messages).toContain('$.persona.wants missing required field "wants"');
  });

  it('reports an unknown next node with its JSON path and line', () => {
    const s = base();
    s.nodes[0].choices[1].next = 'nowhere';
    const source = text(s);
    const result = validateScenarioText('ref.json', source);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        path: '$.nodes[0].choices[1].next',
        message: 'unknown node "nowhere"',
        line: lineOf(source, '"nowhere"'),
      }),
    );
  });

  it('reports schema problems and an unknown next node in the same run', () => {
    const s = base();
    s.nodes[0].choices[0].scores.respect = 150;
    s.nodes[1].colour = 'red';
    s.nodes[0].choices[1].next = 'nowhere';
    const messages = validateScenarioText('rounds.json', text(s)).problems.map((p) => `${p.path} ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$\.nodes\[0\]\.choices\[0\]\.scores\.respect /),
        '$.nodes[1].colour unknown field "colour"',
        '$.nodes[0].choices[1].next unknown node "nowhere"',
      ]),
    );
  });

  it('reports an unreachable node beside a schema problem, but not a target the schema already faults', () => {
    const s = base();
    s.estimatedMinutes = 500;
    s.nodes.push({ id: 'orphan', kind: 'end', outcome: 'resolved', closingLine: 'Bye.' });
    s.nodes[0].choices[1].next = 'Not An Id';
    const problems = validateScenarioText('orphan.json', text(s)).problems;
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['$.estimatedMinutes', `$.nodes[${s.nodes.length - 1}].id`, '$.nodes[0].choices[1].next']),
    );
    expect(problems.filter((p) => p.path === '$.nodes[0].choices[1].next')).toHaveLength(1);
  });

  it('judges no reachability while an arrow cannot be read', () => {
    const s = base();
    delete s.nodes[0].choices[0].next;
    const messages = validateScenarioText('arrow.json', text(s)).problems.map((p) => p.message);
    expect(messages).toEqual(['missing required field "next"']);
  });

  it('reports nodes that cannot be reached from the start', () => {
    const s = base();
    s.nodes.push({ id: 'orphan', kind: 'end', outcome: 'resolved', closingLine: 'Bye.' });
    const result = validateScenarioText('orphan.json', text(s));
    expect(result.problems.map((p) => p.message)).toEqual(['node "orphan" cannot be reached from the start']);
    expect(result.problems[0]!.path).toBe(`$.nodes[${s.nodes.length - 1}].id`);
  });

  it('reports a dead end: a loop with no way to an ending', () => {
    const s = base();
    s.nodes[0].choices[2].next = 'loop';
    s.nodes.push({
      id: 'loop',
      kind: 'customer',
      lines: ['Hello?'],
      choices: [{ id: 'again', text: 'Hi', scores: { respect: 50, helpfulness: 50, empathy: 50 }, feedback: 'x', next: 'loop' }],
    });
    const problems = validateScenarioText('loop.json', text(s)).problems;
    expect(problems.map((p) => p.message)).toEqual(['node "loop" is a dead end: no path from it leads to an ending']);
    expect(problems[0]!.path).toBe(`$.nodes[${s.nodes.length - 1}].id`);
  });

  it('reports duplicate node, choice and key point ids', () => {
    const s = base();
    s.nodes[0].choices[2].id = 'own-it';
    s.nodes[1].freeText.keyPoints[1].id = 'acknowledge-double-charge';
    s.nodes.push({ ...s.nodes[s.nodes.length - 1] });
    const messages = validateScenarioText('dups.json', text(s)).problems.map((p) => `${p.path} ${p.message}`);
    expect(messages).toContain('$.nodes[0].choices[2].id duplicate choice id "own-it" (first used at index 0)');
    expect(messages).toContain(
      '$.nodes[1].freeText.keyPoints[1].id duplicate key point id "acknowledge-double-charge" (first used at index 0)',
    );
    expect(messages.some((m) => /duplicate node id "lost-cancel"/.test(m))).toBe(true);
  });

  it('requires the last free-text branch to have no condition', () => {
    const s = base();
    s.nodes[1].freeText.branches[1].when = { respect: { atLeast: 10 } };
    const problems = validateScenarioText('branch.json', text(s)).problems;
    expect(problems.map((p) => p.message)).toContain('the last branch must have no "when", so every reply has somewhere to go');
  });

  it('reports duplicate JSON keys that JSON.parse would silently drop', () => {
    const source = bundledScenarioText('double-charged-broadband').replace('"title":', '"title": "First",\n  "title":');
    const problems = validateScenarioText('dupkey.json', source).problems;
    expect(problems[0]).toMatchObject({ path: '$.title', message: 'duplicate key "title"', line: 5 });
  });

  it('never throws on arbitrary text', () => {
    for (const input of ['', 'null', '[]', '"x"', '{"nodes": 5}', '{'.repeat(10_000), '\u0000']) {
      expect(() => validateScenarioText('x.json', input)).not.toThrow();
      expect(validateScenarioText('x.json', input).problems.length).toBeGreaterThan(0);
    }
  });
});

describe('decodeScenarioBytes', () => {
  it('reports invalid UTF-8 with its line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{\n  "id": "'), 0xff, 0xfe, ...new TextEncoder().encode('"\n}')]);
    const { problem } = decodeScenarioBytes('bad.json', bytes);
    expect(problem).toMatchObject({ file: 'bad.json', line: 2, message: 'the file is not valid UTF-8 text' });
  });

  it('strips a byte-order mark', () => {
    expect(decodeScenarioBytes('bom.json', new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])).text).toBe('{}');
  });
});

describe('validateLibrary', () => {
  it('rejects the second file that declares an id already used', () => {
    const source = bundledScenarioText('double-charged-broadband');
    const entries = validateLibrary([
      { file: 'a.json', text: source },
      { file: 'b.json', text: source },
    ]);
    expect(entries[0]!.scenario).toBeDefined();
    expect(entries[1]!.scenario).toBeUndefined();
    expect(entries[1]!.problems[0]!.message).toBe('duplicate scenario id "double-charged-broadband" (also used by a.json)');
  });
});

describe('scenarios/schema.json', () => {
  it('is exactly what the zod definition generates (run `npm run schema` after changing the format)', () => {
    expect(readFileSync(path.join(scenariosDir, 'schema.json'), 'utf8')).toBe(scenarioJsonSchemaText());
  });
});
