import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiDispatcher } from '../../electron/api-dispatch';
import { createRapportServices } from '../../electron/services/rapport-services';
import { startWebServer, type RunningWebServer } from '../../electron/web-server';
import { scenariosDir } from '../fixtures/bundled-scenarios';

let dir: string;
let server: RunningWebServer;
let services: Awaited<ReturnType<typeof createRapportServices>>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rapport-web-'));
  const rendererDir = path.join(dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Rapport</title>');
  await writeFile(path.join(dir, 'secret.txt'), 'not for the web');
  services = await createRapportServices({ dataDir: path.join(dir, 'data'), scenariosDir });
  server = await startWebServer({ dispatch: createApiDispatcher(services.api), rendererDir, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await services?.close();
  await rm(dir, { recursive: true, force: true });
});

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-rapport-token': server.token, ...headers },
    body: JSON.stringify(body),
  });

describe('startWebServer', () => {
  it('prints an address on 127.0.0.1 that carries the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(24);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Rapport</title>');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-eval');
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/..%2fsecret.txt`);
    expect(res.status).toBe(404);
  });

  it('answers Api calls that carry the token', async () => {
    const res = await api('getLibrary', {});
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; value: { entries: unknown[] } };
    expect(body.ok).toBe(true);
    expect(body.value.entries.length).toBeGreaterThan(0);
  });

  it('rejects an Api call without the right token with 401 and changes nothing', async () => {
    const res = await api('setProfile', { traineeName: 'Mallory' }, { 'x-rapport-token': 'wrong' });
    expect(res.status).toBe(401);
    // Its own code, so the page can say to open the new address instead of offering "Try again".
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
    const profile = (await (await api('getProfile', {})).json()) as { value: { traineeName: string | null } };
    expect(profile.value.traineeName).not.toBe('Mallory');
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const http = await import('node:http');
    const status = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: server.port,
            path: '/api/getProfile',
            method: 'POST',
            headers: { 'x-rapport-token': server.token, ...headers },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
    expect(await status({ host: 'evil.example:80' })).toBe(421);
    expect(await status({ host: `127.0.0.1:${server.port}`, origin: 'http://evil.example' })).toBe(403);
    expect(await status({ host: `localhost:${server.port}`, origin: `http://localhost:${server.port}` })).toBe(200);
  });

  it('maps Api errors to HTTP statuses with a readable message', async () => {
    const bad = await api('setProfile', { traineeName: '' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/traineeName: enter a name/);
    expect((await api('getAttempt', { attemptId: 'missing' })).status).toBe(404);
    expect((await api('noSuchMethod', {})).status).toBe(404);
    const notJson = await fetch(`http://127.0.0.1:${server.port}/api/getProfile`, {
      method: 'POST',
      headers: { 'x-rapport-token': server.token },
      body: '{',
    });
    expect(notJson.status).toBe(400);
  });
});
