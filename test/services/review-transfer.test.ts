import { ApiError, type Api, type AttemptSummary } from '@api';
import { openReviewWorld, PATHS, type ReviewWorld } from './review-fixtures';

/** A whole transfer file, fetched chunk by chunk as the renderer does. */
async function transferFile(api: Api, limit = 2): Promise<string> {
  let text = '';
  let after: { startedAt: string; id: string } | null = null;
  do {
    const chunk = await api.exportTransfer({ after, limit });
    text += chunk.text;
    after = chunk.next;
  } while (after !== null);
  return text;
}

/** Imports a file's text the way the renderer sends it: the header with every batch of lines. */
async function importFile(api: Api, text: string, batch = 2) {
  const [header, ...lines] = text.split('\n');
  const report = { imported: 0, duplicates: 0, problems: [] as Array<{ line: number; attemptId?: string; message: string }> };
  for (let i = 0; i < lines.length; i += batch) {
    const part = await api.importTransfer({
      fileName: 'team.jsonl',
      header: header!,
      firstLineNumber: i + 2,
      lines: lines.slice(i, i + batch),
    });
    report.imported += part.imported;
    report.duplicates += part.duplicates;
    report.problems.push(...part.problems);
  }
  return report;
}

/** What must survive the journey: everything but the scorer version (recomputed here). */
const comparable = ({ scorerVersion: _v, ...summary }: AttemptSummary) => summary;

let source: ReviewWorld;
let file: string;

beforeAll(async () => {
  source = await openReviewWorld();
  await source.playParcel('Ana Ahmed', PATHS.resolved, '2025-03-01T09:00:00.000Z');
  const lost = await source.playParcel('Ana Ahmed', PATHS.lostAtTrack, '2025-03-02T09:00:00.000Z');
  source.clock.set('2025-03-02T10:00:00.000Z');
  const retry = await source.api.startAttempt({
    scenarioId: 'late-parcel',
    traineeName: 'Ana Ahmed',
    retryOf: { attemptId: lost.id, fromTurn: 1 },
  });
  await source.api.recordTurn({
    attemptId: retry.id,
    nodeId: 'track',
    reply: { kind: 'text', text: 'Sorry, Sam: it will arrive tomorrow before noon.' },
  });
  const left = await source.playParcel('Ben Brown', ['reassure'], '2025-03-03T09:00:00.000Z');
  await source.api.abandonAttempt({ attemptId: left.id });
  await source.play('Ben Brown', 'double-charged-broadband', ['own-it'], '2025-03-04T09:00:00.000Z');
  file = await transferFile(source.api);
});

afterAll(() => source.close());

describe('exportTransfer', () => {
  it('writes a header line, then one attempt per line with its transcript', () => {
    const [header, ...lines] = file.trimEnd().split('\n');

    expect(JSON.parse(header!)).toMatchObject({ format: 'rapport-attempts', version: 1 });
    expect(lines).toHaveLength(5);
    const first = JSON.parse(lines[0]!);
    expect(first).toMatchObject({
      traineeName: 'Ana Ahmed',
      scenarioId: 'late-parcel',
      status: 'finished',
      startedAt: '2025-03-01T09:00:00.000Z',
    });
    expect(first.turns.map((t: { nodeId: string; recordedAt: string }) => [t.nodeId, t.recordedAt])).toEqual([
      ['greet', '2025-03-01T09:01:00.000Z'],
      ['track', '2025-03-01T09:02:00.000Z'],
      ['offer', '2025-03-01T09:03:00.000Z'],
    ]);
  });
});

describe('importTransfer', () => {
  let target: ReviewWorld;
  beforeAll(async () => {
    target = await openReviewWorld();
  });
  afterAll(() => target.close());

  it('brings every attempt across with its transcript, status, dates and retry link', async () => {
    const report = await importFile(target.api, file);

    const here = await target.api.listAttempts({});
    const there = await source.api.listAttempts({});
    expect(report).toEqual({ imported: 5, duplicates: 0, problems: [] });
    expect(here.map(comparable)).toEqual(there.map(comparable));
    for (const attempt of there) {
      const copy = await target.api.getAttempt({ attemptId: attempt.id });
      const original = await source.api.getAttempt({ attemptId: attempt.id });
      expect(copy.turns).toEqual(original.turns);
    }
    const team = await target.api.getTeamOverview({});
    expect(team.rows.map((r) => [r.traineeName, r.attempts])).toEqual([
      ['Ana Ahmed', 3],
      ['Ben Brown', 2],
    ]);
  });

  it('adds nothing when the same file is imported again', async () => {
    const again = await importFile(target.api, file, 10);

    expect(again).toEqual({ imported: 0, duplicates: 5, problems: [] });
    expect(await target.api.listAttempts({})).toHaveLength(5);
  });
});

describe('importTransfer of a tampered or damaged file', () => {
  let target: ReviewWorld;
  beforeAll(async () => {
    target = await openReviewWorld();
  });
  afterAll(() => target.close());

  it('recomputes the scores from the replies, ignoring the scores written in the file', async () => {
    const [header, ...lines] = file.trimEnd().split('\n');
    const inflated = lines.map((line) => {
      const attempt = JSON.parse(line);
      attempt.scores = { respect: 100, helpfulness: 100, empathy: 100 };
      for (const turn of attempt.turns) turn.scores = { respect: 100, helpfulness: 100, empathy: 100 };
      return JSON.stringify(attempt);
    });

    const report = await importFile(target.api, [header, ...inflated].join('\n'));

    expect(report).toMatchObject({ imported: 5, problems: [] });
    const stored = await target.api.listAttempts({});
    const original = await source.api.listAttempts({});
    expect(stored.map((a) => a.scores)).toEqual(original.map((a) => a.scores));
    expect(stored.find((a) => a.outcome === 'resolved')!.scores).toEqual({ respect: 87, helpfulness: 80, empathy: 78 });
  });

  it('reports each bad line with its number and what to do, and imports the rest', async () => {
    const fresh = await openReviewWorld();
    const [header, good, ...rest] = file.trimEnd().split('\n');
    const other = JSON.parse(rest[0]!);
    const unknownScenario = JSON.stringify({ ...JSON.parse(good!), id: 'x-1', scenarioId: 'gone-scenario' });
    const diverging = JSON.stringify({
      ...other,
      id: 'x-2',
      turns: other.turns.map((t: { nodeId: string }, i: number) => (i === 1 ? { ...t, nodeId: 'offer' } : t)),
    });
    const lines = [
      good!,
      '{ "id": "x-3", "traineeName": ',
      unknownScenario,
      diverging,
      JSON.stringify({ ...other, id: 'x-4', traineeName: '' }),
    ];

    const report = await fresh.api.importTransfer({ fileName: 'mixed.jsonl', header: header!, firstLineNumber: 2, lines });
    await fresh.close();

    expect(report.imported).toBe(1);
    expect(report.problems.map((p) => [p.line, p.attemptId])).toEqual([
      [3, undefined],
      [4, 'x-1'],
      [5, 'x-2'],
      [6, 'x-4'],
    ]);
    expect(report.problems[0]!.message).toMatch(/^not valid JSON/);
    expect(report.problems[1]!.message).toMatch(/scenario "gone-scenario" is not in this library; add its file/);
    expect(report.problems[2]!.message).toMatch(/turn 2 answers "offer" but here the customer is at "track"/);
    expect(report.problems[3]!.message).toMatch(/^traineeName: enter a name/);
  });

  it('refuses a file that is not a Rapport attempts file, naming it', async () => {
    const error = await target.api
      .importTransfer({ fileName: 'notes.txt', header: 'Dear team,', firstLineNumber: 2, lines: [] })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid-argument' });
    expect((error as ApiError).message).toMatch(/^notes\.txt: the first line is not JSON: this is not a Rapport attempts file/);
  });
});
