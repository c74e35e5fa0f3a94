import { parse } from 'csv-parse/sync';
import type { Api, ApiArgs, ExportChunk } from '@api';
import { openReviewWorld, PATHS, type ReviewWorld } from './review-fixtures';

type CsvArgs = Omit<ApiArgs['exportCsv'], 'after'>;

/** Every chunk of an export, in order, as the renderer fetches them. */
async function allChunks(api: Api, args: CsvArgs): Promise<ExportChunk[]> {
  const chunks: ExportChunk[] = [];
  let after: ExportChunk['next'] = null;
  do {
    const chunk = await api.exportCsv({ ...args, after });
    chunks.push(chunk);
    after = chunk.next;
  } while (after !== null);
  return chunks;
}

const joined = (chunks: ExportChunk[]) => chunks.map((c) => c.text).join('');
const records = (text: string) => parse(text, { bom: true, columns: true }) as Array<Record<string, string>>;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const TRICKY_REPLY = 'Sorry, "really" sorry.\nIt will arrive tomorrow before noon; I will email you.';

describe('exportCsv on an empty database', () => {
  let world: ReviewWorld;
  beforeAll(async () => {
    world = await openReviewWorld();
  });
  afterAll(() => world.close());

  it('is a byte-order mark and the header, in one chunk', async () => {
    const chunks = await allChunks(world.api, { table: 'attempts' });

    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({ attempts: 0, totalAttempts: 0, next: null, mediaType: 'text/csv;charset=utf-8' });
    expect(chunks[0]!.text).toBe(
      '\uFEFFattempt_id,trainee,scenario_id,scenario_title,industry,channel,status,outcome,started_at,finished_at,turns,respect,helpfulness,empathy,scorer_version\r\n',
    );
  });
});

describe('exportCsv', () => {
  let world: ReviewWorld;
  beforeAll(async () => {
    world = await openReviewWorld();
    await world.playParcel('Zoë "Zed", Jr', PATHS.resolved, '2025-03-01T09:00:00.000Z');
    await world.playParcel('=Eve Formula', ['reassure', `text:${TRICKY_REPLY}`], '2025-03-02T09:00:00.000Z');
    await world.playParcel('Ben Brown', PATHS.lostAtGreet, '2025-03-03T09:00:00.000Z');
    await world.play('Ben Brown', 'double-charged-broadband', ['own-it'], '2025-03-04T09:00:00.000Z');
    world.clock.set('2025-03-15T12:00:00.000Z');
  });
  afterAll(() => world.close());

  it('writes UTF-8 with a BOM, CRLF line ends, and quotes commas, quotes and line breaks', async () => {
    const text = joined(await allChunks(world.api, { table: 'turn-scores' }));
    const bytes = Buffer.from(text, 'utf8');

    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain('\r\n');
    expect(text).toContain('"Zoë ""Zed"", Jr"');
    expect(text).toContain(`"${TRICKY_REPLY.replace(/"/g, '""')}"`);
    expect(
      text
        .slice(1)
        .split('\r\n')
        .filter((line) => line.startsWith('attempt_id,')),
    ).toHaveLength(1);
  });

  it('has a row per attempt matching the database, with ISO 8601 dates', async () => {
    const rows = records(joined(await allChunks(world.api, { table: 'attempts' })));
    const stored = await world.api.listAttempts({});

    expect(rows.map((r) => r.attempt_id).sort()).toEqual(stored.map((a) => a.id).sort());
    for (const attempt of stored) {
      const row = rows.find((r) => r.attempt_id === attempt.id)!;
      expect(row).toEqual({
        attempt_id: attempt.id,
        trainee: attempt.traineeName.startsWith('=') ? `'${attempt.traineeName}` : attempt.traineeName,
        scenario_id: attempt.scenarioId,
        scenario_title: attempt.scenarioTitle,
        industry: attempt.scenarioId === 'late-parcel' ? 'e-commerce' : 'telecom',
        channel: attempt.scenarioId === 'late-parcel' ? 'chat' : 'phone',
        status: attempt.status,
        outcome: attempt.outcome ?? '',
        started_at: attempt.startedAt,
        finished_at: attempt.finishedAt ?? '',
        turns: String(attempt.turnCount),
        respect: attempt.scores ? String(attempt.scores.respect) : '',
        helpfulness: attempt.scores ? String(attempt.scores.helpfulness) : '',
        empathy: attempt.scores ? String(attempt.scores.empathy) : '',
        scorer_version: attempt.scorerVersion,
      });
      expect(row.started_at).toMatch(ISO_UTC);
    }
  });

  it('has a row per turn matching each transcript', async () => {
    const rows = records(joined(await allChunks(world.api, { table: 'turn-scores' })));
    const stored = await world.api.listAttempts({});

    expect(rows).toHaveLength(stored.reduce((n, a) => n + a.turnCount, 0));
    for (const summary of stored) {
      const attempt = await world.api.getAttempt({ attemptId: summary.id });
      const mine = rows.filter((r) => r.attempt_id === attempt.id);
      expect(mine.map((r) => [r.turn, r.node_id, r.reply_text, r.respect, r.next_node_id])).toEqual(
        attempt.turns.map((t) => [
          String(t.index + 1),
          t.nodeId,
          t.replyText,
          String(Math.round(t.scores.respect)),
          t.nextNodeId,
        ]),
      );
      for (const row of mine) expect(row.recorded_at).toMatch(ISO_UTC);
    }
    const typed = rows.find((r) => r.reply_kind === 'text')!;
    expect([typed.reply_text, typed.choice_id]).toEqual([TRICKY_REPLY, '']);
  });

  it('starts text that looks like a formula with an apostrophe, so spreadsheets show it', async () => {
    const rows = records(joined(await allChunks(world.api, { table: 'attempts' })));

    expect(rows.map((r) => r.trainee)).toContain("'=Eve Formula");
  });

  it('gives the same file in small chunks, with the total in the first chunk only', async () => {
    const whole = await allChunks(world.api, { table: 'turn-scores', limit: 5000 });
    const small = await allChunks(world.api, { table: 'turn-scores', limit: 1 });

    expect(joined(small)).toBe(joined(whole));
    expect(small.map((c) => c.attempts)).toEqual([1, 1, 1, 1, 0]);
    expect(small.map((c) => c.totalAttempts)).toEqual([4, null, null, null, null]);
    expect(new Set(small.map((c) => c.fileName))).toEqual(new Set(['rapport-turn-scores-2025-03-15.csv']));
  });

  it('exports only what the filter and the trainee cover, named after the trainee', async () => {
    const phone = records(joined(await allChunks(world.api, { table: 'attempts', filter: { channel: 'phone' } })));
    const [ben] = await allChunks(world.api, { table: 'attempts', traineeName: 'Ben Brown' });

    expect(phone.map((r) => r.trainee)).toEqual(['Ben Brown']);
    expect(records(ben!.text).map((r) => r.scenario_id)).toEqual(['late-parcel', 'double-charged-broadband']);
    expect(ben!.fileName).toBe('rapport-attempts-ben-brown-2025-03-15.csv');
  });
});
