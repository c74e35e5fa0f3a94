/**
 * Nothing acknowledged is ever lost: a child process opens the data folder as the app does and
 * records turns in a loop (fault-child/record-turns.ts), and is killed with SIGKILL at random
 * moments, at least 100 times a run: mostly while turns are being written, sometimes while the
 * database is still opening. After every kill the next start must open the database and find every
 * turn the killed process had acknowledged; at the end the unfinished attempt can be resumed or
 * discarded. Several data folders are worked in parallel to keep the run short.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createRapportServices } from '../../electron/services/rapport-services';
import { makeScenariosFolder, makeTempFolder, removeFolder } from './temp-folders';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const KILLS = Number(process.env.RAPPORT_KILLS ?? 100);
/** Each start is CPU-bound (PGlite compiles its WebAssembly), so more workers than cores only queue. */
const WORKERS = 2;
/**
 * Where kills are aimed: while the database is opening, just after it opened (the attempt being
 * started or resumed), and, mostly, while turns are being written (after the first acknowledgement).
 */
const AIM = { whileOpening: 0.15, justAfterOpening: 0.15 };

let root: string;
let scenariosDir: string;
let child: string;

/** What one data folder went through: turns acknowledged per attempt, and what went wrong. */
interface Worker {
  dataDir: string;
  /** The highest turn index acknowledged, per attempt. */
  acked: Map<string, number>;
  kills: number;
  killedWhileWriting: number;
  turnsAcked: number;
  failures: string[];
}

beforeAll(async () => {
  root = await makeTempFolder();
  scenariosDir = await makeScenariosFolder(root);
  // Bundled inside the project so the packages it leaves external resolve from node_modules.
  child = path.join(projectRoot, 'node_modules', '.cache', 'rapport-tests', `record-turns-${process.pid}.mjs`);
  await mkdir(path.dirname(child), { recursive: true });
  await build({
    entryPoints: [path.join(projectRoot, 'test/services/fault-child/record-turns.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  // One database created up front and copied, so no kill lands in the (slow) first creation.
  const template = path.join(root, 'template');
  const services = await createRapportServices({ dataDir: template, scenariosDir });
  await services.close();
  for (let i = 0; i < WORKERS; i++) await cp(template, path.join(root, `worker-${i}`), { recursive: true });
}, 120_000);

afterAll(async () => {
  const { rm } = await import('node:fs/promises');
  await rm(child, { force: true });
  await removeFolder(root);
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the child on the worker's folder, kills it at a random moment, and checks what it found. */
async function killOnce(worker: Worker): Promise<void> {
  const proc = spawn(process.execPath, [child, worker.dataDir, scenariosDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let opened: () => void;
  let acknowledged: () => void;
  const openedOnce = new Promise<void>((resolve) => (opened = resolve));
  const firstAck = new Promise<void>((resolve) => (acknowledged = resolve));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('exit', (code, signal) => resolve({ code, signal })),
  );
  proc.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes('"found"')) opened();
    if (stdout.includes('"ack"')) acknowledged();
  });
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const aim = Math.random();
  const moment =
    aim < AIM.whileOpening
      ? wait(Math.random() * 900)
      : aim < AIM.whileOpening + AIM.justAfterOpening
        ? openedOnce.then(() => wait(Math.random() * 150))
        : firstAck.then(() => wait(Math.random() * 400));
  await Promise.race([moment, exited]);
  proc.kill('SIGKILL');
  const { code, signal } = await exited;

  if (signal !== 'SIGKILL') worker.failures.push(`the child exited by itself (code ${code}): ${stderr.slice(0, 500)}`);
  else worker.kills++;

  const lines = stdout
    .split('\n')
    .filter((l) => l.endsWith('}'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const found = lines.find((l) => 'found' in l) as { found: Record<string, { turns: number }>; health: string } | undefined;
  if (found) {
    if (found.health !== 'open') worker.failures.push(`the database did not open after a kill: ${JSON.stringify(found)}`);
    // Every turn acknowledged before this start must be in the database this start opened.
    for (const [attemptId, turn] of worker.acked) {
      const stored = found.found[attemptId]?.turns ?? 0;
      if (stored < turn + 1)
        worker.failures.push(`attempt ${attemptId}: turn ${turn} was acknowledged but only ${stored} turns were found`);
    }
  }
  let acks = 0;
  for (const line of lines) {
    if (typeof line.ack !== 'string') continue;
    acks++;
    worker.acked.set(line.ack, Math.max(worker.acked.get(line.ack) ?? -1, line.turn as number));
  }
  worker.turnsAcked += acks;
  if (acks > 0) worker.killedWhileWriting++;
}

describe('killing Rapport while it writes attempts', () => {
  const workers: Worker[] = [];
  let seconds = 0;

  it(`loses no acknowledged turn over ${KILLS} SIGKILLs at random moments, and always opens again`, async () => {
    for (let i = 0; i < WORKERS; i++) {
      workers.push({
        dataDir: path.join(root, `worker-${i}`),
        acked: new Map(),
        kills: 0,
        killedWhileWriting: 0,
        turnsAcked: 0,
        failures: [],
      });
    }
    const started = performance.now();
    let remaining = KILLS;
    await Promise.all(
      workers.map(async (worker) => {
        while (remaining > 0 && worker.failures.length === 0) {
          remaining--;
          await killOnce(worker);
        }
      }),
    );
    seconds = (performance.now() - started) / 1000;

    const kills = workers.reduce((n, w) => n + w.kills, 0);
    const whileWriting = workers.reduce((n, w) => n + w.killedWhileWriting, 0);
    const turns = workers.reduce((n, w) => n + w.turnsAcked, 0);
    console.info(
      `kill test: ${kills} SIGKILLs in ${seconds.toFixed(1)} s over ${WORKERS} data folders in parallel; ` +
        `${whileWriting} landed after turns had been acknowledged, ${turns} turns acknowledged in all, none lost`,
    );
    expect(workers.flatMap((w) => w.failures)).toEqual([]);
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    expect(whileWriting).toBeGreaterThan(KILLS / 2);
  }, 600_000);

  it('opens each database afterwards with every acknowledged turn in order, and at most one attempt unfinished', async () => {
    for (const worker of workers) {
      const services = await createRapportServices({ dataDir: worker.dataDir, scenariosDir });
      try {
        expect((await services.api.getHealth({})).database.status).toBe('open');
        for (const [attemptId, turn] of worker.acked) {
          const attempt = await services.api.getAttempt({ attemptId });
          expect(attempt.turns.length).toBeGreaterThanOrEqual(turn + 1);
          expect(attempt.turns.map((t) => t.index)).toEqual(attempt.turns.map((_, i) => i));
        }
        const unfinished = (await services.api.listAttempts({})).filter((a) => a.status === 'in-progress');
        expect(unfinished.length).toBeLessThanOrEqual(1);
      } finally {
        await services.close();
      }
    }
  });

  it('offers the attempt a kill interrupted to be resumed where it stopped, or discarded', async () => {
    const outcomes: string[] = [];
    for (const [i, worker] of workers.entries()) {
      const services = await createRapportServices({ dataDir: worker.dataDir, scenariosDir });
      try {
        const [unfinished] = (await services.api.listAttempts({})).filter((a) => a.status === 'in-progress');
        if (!unfinished) continue;
        if (i % 2 === 0) {
          const attempt = await services.api.getAttempt({ attemptId: unfinished.id });
          const reply = attempt.state.nodeId === 'track' ? { kind: 'text' as const, text: 'It arrives Friday.' } : undefined;
          const choice = { greet: 'reassure', offer: 'nothing-needed' }[attempt.state.nodeId as 'greet' | 'offer'];
          const resumed = await services.api.recordTurn({
            attemptId: attempt.id,
            nodeId: attempt.state.nodeId,
            reply: reply ?? { kind: 'choice', choiceId: choice },
          });
          expect(resumed.turnCount).toBe(unfinished.turnCount + 1);
          outcomes.push('resumed');
        } else {
          expect(await services.api.abandonAttempt({ attemptId: unfinished.id })).toMatchObject({ status: 'abandoned' });
          outcomes.push('discarded');
        }
      } finally {
        await services.close();
      }
    }
    expect(outcomes.length).toBeGreaterThan(0);
  });
});
