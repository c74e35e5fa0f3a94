/**
 * Trainees type anything: nothing at all, a pasted web page, a novel, emoji, Arabic. Each such reply
 * goes through the real service (recordTurn, which scores and stores it) and through the scoring
 * command line, and must be scored without error; a reply that is not English enough to score says
 * so in words rather than quietly scoring zero.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AttemptDetail } from '@api';
import type { Mood } from '../../engine/scenario/format';
import { scoreReply } from '../../engine/scoring/score-reply';
import { createRapportServices, type RapportServices } from '../../electron/services/rapport-services';
import { makeScenariosFolder, makeTempFolder, removeFolder } from './temp-folders';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The replies of the issue, by what they are. */
const REPLIES: Record<string, string> = {
  empty: '',
  whitespace: ' \n\t  \n ',
  '100,000 characters': 'I am sorry your parcel is late; I will track it and call you back today. '
    .repeat(1400)
    .slice(0, 100_000),
  emoji: '😊🙏 So sorry about the parcel 📦 — I will track it right now 🚚✅',
  'right-to-left text': 'أنا آسف جدا بشأن الطرد المتأخر، سأتحقق من مكانه الآن وأتصل بك اليوم',
  'pasted HTML':
    '<p>Sorry about the <b>delay</b>!</p><script>alert(1)</script><img src=x onerror=alert(1)> I will track your parcel now.',
  'another language': 'Lo siento mucho por el retraso de su paquete, voy a revisar dónde está ahora mismo y le llamo hoy.',
};

/** Replies that carry no English to score: the scorer must say so instead of judging them. */
const NOT_ENGLISH = ['right-to-left text', 'another language'];

let root: string;
let services: RapportServices;

beforeAll(async () => {
  root = await makeTempFolder();
  services = await createRapportServices({ dataDir: path.join(root, 'data'), scenariosDir: await makeScenariosFolder(root) });
});

afterAll(async () => {
  await services?.close();
  await removeFolder(root);
});

/** Plays late-parcel to its free-text turn ("track") and types `text` there. */
async function typeAtTheFreeTextTurn(text: string): Promise<AttemptDetail> {
  const attempt = await services.api.startAttempt({ scenarioId: 'late-parcel', traineeName: 'Rae Replies' });
  await services.api.recordTurn({ attemptId: attempt.id, nodeId: 'greet', reply: { kind: 'choice', choiceId: 'reassure' } });
  return services.api.recordTurn({ attemptId: attempt.id, nodeId: 'track', reply: { kind: 'text', text } });
}

describe('replies', () => {
  describe('through the real service (recordTurn)', () => {
    it.each(Object.keys(REPLIES))('scores and stores a reply that is %s', async (kind) => {
      const result = await typeAtTheFreeTextTurn(REPLIES[kind]!);

      const turn = result.turns[1]!;
      expect(turn.replyText).toBe(REPLIES[kind]);
      for (const score of Object.values(turn.scores)) {
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }
      const stored = await services.api.getAttempt({ attemptId: result.id });
      expect(stored.turns[1]!.replyText).toBe(REPLIES[kind]);
    });

    it.each(NOT_ENGLISH)('says clearly that a reply in %s is not English enough to score', async (kind) => {
      const turn = (await typeAtTheFreeTextTurn(REPLIES[kind]!)).turns[1]!;

      expect(turn.suggestions.join(' ')).toMatch(/(?:looks like \w+|in words).*(?:cannot be scored|to be scored)/i);
      expect(turn.scores).toEqual({ respect: 0, helpfulness: 0, empathy: 0 });
    });

    it('asks for a reply when an empty or blank one is sent, rather than judging it', async () => {
      for (const kind of ['empty', 'whitespace']) {
        const turn = (await typeAtTheFreeTextTurn(REPLIES[kind]!)).turns[1]!;
        expect(turn.suggestions.join(' '), kind).toMatch(/type a reply/i);
      }
    });

    it('refuses a reply of 100,001 characters with a message saying the limit', async () => {
      const attempt = await services.api.startAttempt({ scenarioId: 'late-parcel', traineeName: 'Rae Replies' });
      const { createApiDispatcher } = await import('../../electron/api-dispatch');

      const response = await createApiDispatcher(services.api)('recordTurn', {
        attemptId: attempt.id,
        nodeId: 'greet',
        reply: { kind: 'text', text: 'x'.repeat(100_001) },
      });

      expect(response).toEqual({
        ok: false,
        error: { code: 'invalid-argument', message: 'recordTurn: reply.text: a reply is limited to 100,000 characters' },
      });
    });
  });

  describe('through the command line (npm run -s score)', () => {
    it('scores every kind of reply in one run, one result per line, and says which are not English', async () => {
      const input = path.join(root, 'replies.jsonl');
      const customer = 'My parcel was due last week and it still has not come.';
      await writeFile(
        input,
        Object.entries(REPLIES)
          .map(([id, response]) => JSON.stringify({ id, customer, response }))
          .join('\n'),
      );

      const { code, stdout, stderr } = await run('npm', ['run', '-s', 'score', '--', input]);

      expect(stderr).toBe('');
      expect(code).toBe(0);
      const results = stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(results.map((r) => r.id)).toEqual(Object.keys(REPLIES));
      for (const r of results) {
        expect(r.error).toBeUndefined();
        for (const d of ['respect', 'helpfulness', 'empathy']) expect(r[d]).toBeGreaterThanOrEqual(0);
      }
      for (const kind of NOT_ENGLISH) {
        const r = results.find((x) => x.id === kind);
        expect(r.evidence.scorable).toBe(false);
        expect(r.evidence.suggestions.join(' ')).toMatch(/looks like \w+|in words/);
      }
      expect(results.find((x) => x.id === 'emoji').evidence.scorable).toBe(true);
    });

    it('scores a line with the customer’s "mood" as the app does, and gives a line with an unknown mood its error', async () => {
      const input = path.join(root, 'moods.jsonl');
      const customer = 'I need to close my mother’s account, please.';
      const response = 'I will close the account today and send you written confirmation by Friday.';
      const lines = [
        { id: 'grieving', customer, response, mood: 'grieving' },
        { id: 'no-mood', customer, response },
        { id: 'sleepy', customer, response, mood: 'sleepy' },
      ];
      await writeFile(input, lines.map((line) => JSON.stringify(line)).join('\n'));

      const { code, stdout, stderr } = await run('npm', ['run', '-s', 'score', '--', input]);

      const [grieving, noMood, sleepy] = stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      const expected = (mood?: Mood) => scoreReply(response, { customer, mood }).scores;
      expect(grieving).toMatchObject(expected('grieving'));
      expect(noMood).toMatchObject(expected(undefined));
      expect(grieving.empathy).not.toBe(noMood.empathy);
      expect(sleepy).toEqual({
        id: 'sleepy',
        error: expect.stringMatching(/^line 3: mood: unknown mood "sleepy"; use one of furious, /),
      });
      expect(stderr).toBe('1 of 3 lines failed\n');
      expect(code).toBe(1);
    });
  });
});

function run(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
