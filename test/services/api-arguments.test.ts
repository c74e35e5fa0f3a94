/**
 * Every Api method rejects a wrong-shaped argument with a clear error, however the call arrives: over
 * the desktop shell's IPC handler (the very function main.ts registers) and over the web shell's
 * HTTP routes (400 with the message). The wrong arguments are the one shared table in
 * test/fixtures/wrong-api-args.ts; the services behind are spies that fail the test if reached.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { API_METHODS, type Api, type ApiMethod, type ApiResponse } from '@api';
import { createApiDispatcher } from '../../electron/api-dispatch';
import { createIpcApiHandler } from '../../electron/ipc-api-handler';
import { startWebServer, type RunningWebServer } from '../../electron/web-server';
import { WRONG_ARGS } from '../fixtures/wrong-api-args';

const RENDERER_URL = 'file:///opt/Rapport/resources/app.asar/dist/renderer/index.html';

/** Methods the services were asked to run; every test expects none. */
const reached: string[] = [];
const spies = Object.fromEntries(
  API_METHODS.map((method) => [
    method,
    async () => {
      reached.push(method);
      return {};
    },
  ]),
) as unknown as Api;
const dispatch = createApiDispatcher(spies, () => undefined);
const ipc = createIpcApiHandler(() => dispatch, RENDERER_URL);

let folder: string;
let server: RunningWebServer;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'rapport-api-args-'));
  await writeFile(path.join(folder, 'index.html'), '<!doctype html><title>Rapport</title>');
  server = await startWebServer({ dispatch, rendererDir: folder, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

beforeEach(() => {
  reached.length = 0;
});

async function overHttp(method: string, body: string): Promise<{ status: number; body: ApiResponse<unknown> }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-rapport-token': server.token },
    body,
  });
  return { status: res.status, body: (await res.json()) as ApiResponse<unknown> };
}

function expectRefusal(method: ApiMethod, response: ApiResponse<unknown>, args: unknown): void {
  const shown = JSON.stringify(args)?.slice(0, 80);
  expect(response, shown).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  if (!response.ok) expect(response.error.message.startsWith(`${method}: `), response.error.message).toBe(true);
}

describe('Api arguments', () => {
  it('has wrong-shaped arguments listed for every method', () => {
    for (const method of API_METHODS) expect(WRONG_ARGS[method].length, method).toBeGreaterThanOrEqual(2);
  });

  describe('over IPC (the desktop shell)', () => {
    it.each(API_METHODS)('%s rejects each wrong-shaped argument before any service runs', async (method) => {
      for (const args of WRONG_ARGS[method])
        expectRefusal(method, await ipc({ senderFrame: { url: RENDERER_URL } }, method, args), args);
      expect(reached).toEqual([]);
    });

    it('refuses calls from any page but Rapport’s own, whatever the arguments', async () => {
      for (const url of ['https://example.com/', `${RENDERER_URL}.evil.html`, 'file:///tmp/index.html', '']) {
        const response = await ipc({ senderFrame: { url } }, 'getProfile', {});
        expect(response, url).toMatchObject({ ok: false, error: { code: 'unavailable' } });
      }
      expect(await ipc({ senderFrame: null }, 'getProfile', {})).toMatchObject({ ok: false });
      expect(reached).toEqual([]);
    });

    it('answers a method that does not exist, or a method name that is not a string, with not-found', async () => {
      const page = { senderFrame: { url: `${RENDERER_URL}#/library` } };
      expect(await ipc(page, 'deleteEverything', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(await ipc(page, { toString: () => 'getProfile' }, {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(reached).toEqual([]);
    });
  });

  describe('over HTTP (the web shell)', () => {
    it.each(API_METHODS)('%s answers each wrong-shaped argument with 400 and the message', async (method) => {
      for (const args of WRONG_ARGS[method]) {
        const { status, body } = await overHttp(method, JSON.stringify(args));
        expect(status, JSON.stringify(args).slice(0, 80)).toBe(400);
        expectRefusal(method, body, args);
      }
      expect(reached).toEqual([]);
    });

    it('answers a body that is not JSON with 400 and says so', async () => {
      const { status, body } = await overHttp('setProfile', '{"traineeName": ');
      expect(status).toBe(400);
      expect(body).toEqual({ ok: false, error: { code: 'invalid-argument', message: 'the request body is not JSON' } });
      expect(reached).toEqual([]);
    });
  });
});
