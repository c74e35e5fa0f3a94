/**
 * What reaches the web shell from outside is checked where it arrives: text Rapport cannot store
 * (NUL, half a character) is refused with 400 for every method before any query sees it; broken
 * addresses get 400; symbolic links never lead out of the renderer or the scenarios folder; and a
 * score trend is never asked to cover millennia. None of these may ever answer 500.
 */
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiDispatcher } from '../../electron/api-dispatch';
import { createRapportServices } from '../../electron/services/rapport-services';
import { startWebServer, type RunningWebServer } from '../../electron/web-server';
import { scenariosDir as bundledScenarios } from '../fixtures/bundled-scenarios';

let dir: string;
let server: RunningWebServer;
let services: Awaited<ReturnType<typeof createRapportServices>>;
let scenariosDir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rapport-boundary-'));
  const rendererDir = path.join(dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Rapport</title>');
  await writeFile(path.join(dir, 'secret.txt'), 'not for the web');
  await writeFile(path.join(dir, 'secret.json'), '{"id": "secret", "title": "not for trainees"}');
  await symlink(path.join(dir, 'secret.txt'), path.join(rendererDir, 'linked.txt'));
  await symlink(dir, path.join(rendererDir, 'outside'));
  scenariosDir = path.join(dir, 'scenarios');
  await cp(bundledScenarios, scenariosDir, { recursive: true });
  await symlink(path.join(dir, 'secret.json'), path.join(scenariosDir, 'linked.json'));
  services = await createRapportServices({ dataDir: path.join(dir, 'data'), scenariosDir });
  server = await startWebServer({ dispatch: createApiDispatcher(services.api), rendererDir, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await services?.close();
  await rm(dir, { recursive: true, force: true });
});

const call = async (method: string, body: unknown) => {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-rapport-token': server.token },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean; error?: { message: string } } };
};

describe('text Rapport cannot store', () => {
  it.each([
    ['a NUL in a name', 'setProfile', { traineeName: 'Ann\u0000Lee' }, 'traineeName: contains a NUL character'],
    ['half an emoji in a name', 'setProfile', { traineeName: 'Ann \ud83d' }, 'traineeName: contains half of a character'],
    [
      'a NUL in a coaching note',
      'saveCoachingNote',
      { traineeName: 'Ann', text: 'good\u0000work' },
      'text: contains a NUL character',
    ],
  ])('answers %s with 400 and where it is', async (_, method, args, message) => {
    const { status, body } = await call(method, args);

    expect(status).toBe(400);
    expect(body.error?.message).toContain(`${method}: ${message}`);
  });

  it('answers a NUL in a typed reply with 400, and the attempt carries on', async () => {
    const attempt = await services.api.startAttempt({ scenarioId: 'broadband-outage-homeworker', traineeName: 'Ann' });
    const reply = { kind: 'text', text: 'sorry\u0000about that' };

    const { status, body } = await call('recordTurn', { attemptId: attempt.id, nodeId: attempt.state.nodeId, reply });

    expect(status).toBe(400);
    expect(body.error?.message).toMatch(/^recordTurn: reply.text: contains a NUL character/);
    expect((await services.api.getAttempt({ attemptId: attempt.id })).turns).toEqual([]);
  });
});

describe('addresses and links', () => {
  it('answers a broken percent-encoding with 400, not 500', async () => {
    expect((await fetch(`http://127.0.0.1:${server.port}/%E0%A4%A`)).status).toBe(400);
  });

  it('never follows a symbolic link out of the renderer folder', async () => {
    expect((await fetch(`http://127.0.0.1:${server.port}/linked.txt`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.port}/outside/secret.txt`)).status).toBe(404);
  });

  it('never reads a scenario file that is a symbolic link, and says why', async () => {
    const library = await services.api.getLibrary({});
    const linked = library.entries.find((e) => e.file === 'linked.json');

    expect(linked?.scenario).toBeUndefined();
    expect(linked?.problems[0]?.message).toMatch(/^linked.json is a symbolic link; Rapport reads only scenario files/);
    await expect(services.api.openScenarioFile({ file: 'linked.json', status: 'published' })).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(/is a symbolic link/),
    });
  });
});

describe('a score trend over a long span', () => {
  it('refuses ten thousand years quickly with 400, naming the limit', async () => {
    await call('getScoreTrend', {}); // the first review call brings the review tables up to date
    const started = performance.now();
    const { status, body } = await call('getScoreTrend', {
      filter: { from: '0001-01-01T00:00:00Z', to: '9999-01-01T00:00:00Z' },
      bucket: 'day',
    });
    const ms = performance.now() - started;
    console.log(`BENCH review.trend_10000_years.reject ${ms.toFixed(1)} ms`);

    expect(status).toBe(400);
    expect(body.error?.message).toMatch(/covers at most 10 years/);
    expect(ms).toBeLessThan(500);
  });

  it('still draws ten years', async () => {
    const { status } = await call('getScoreTrend', {
      filter: { from: '2015-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' },
      bucket: 'month',
    });

    expect(status).toBe(200);
  });
});
