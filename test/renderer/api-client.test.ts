import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResponse } from '@api';

/** client.ts picks its transport when loaded, so each test loads a fresh copy. */
async function loadClient() {
  vi.resetModules();
  return (await import('../../renderer/src/api/client')).api;
}

async function freshApiCallError() {
  return (await import('../../renderer/src/api/client')).ApiCallError;
}

function jsonResponse(body: ApiResponse<unknown>): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

describe('api client', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    delete window.rapport;
    vi.unstubAllGlobals();
  });

  it('calls the desktop preload bridge when there is one, and unwraps the result', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: { traineeName: 'Amina' } }));
    window.rapport = { invoke };
    const api = await loadClient();

    await expect(api.getProfile({})).resolves.toEqual({ traineeName: 'Amina' });
    expect(invoke).toHaveBeenCalledWith('getProfile', {});
  });

  it('throws an ApiCallError with the service’s code and message when a call fails', async () => {
    window.rapport = {
      invoke: async () => ({ ok: false as const, error: { code: 'not-found' as const, message: 'there is no attempt "x"' } }),
    };
    const api = await loadClient();

    const failure = await api.getAttempt({ attemptId: 'x' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(await freshApiCallError());
    expect(failure).toMatchObject({ code: 'not-found', message: 'there is no attempt "x"' });
  });

  it('posts to /api/<method> with the page’s token, and keeps the token for reloads', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => jsonResponse({ ok: true, value: [] }));
    vi.stubGlobal('fetch', fetchMock);
    window.history.replaceState(null, '', '/?token=s3cret&x=1');

    const api = await loadClient();
    await api.listAttempts({ traineeName: 'Amina' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/listAttempts');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ traineeName: 'Amina' });
    expect(new Headers(init?.headers).get('x-rapport-token')).toBe('s3cret');
    expect(window.location.search).toBe('?x=1');

    // A reload: the address no longer carries the token, the session still does.
    const reloaded = await loadClient();
    await reloaded.getLibrary({});
    expect(new Headers(fetchMock.mock.calls[1]![1]?.headers).get('x-rapport-token')).toBe('s3cret');
  });

  it('reports an unreachable server as "unavailable" rather than a raw network error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const api = await loadClient();

    await expect(api.getLibrary({})).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('cannot be reached'),
    });
  });

  it('tells the app when the server refuses the page’s token (Rapport restarted), and only then', async () => {
    const refusal = { ok: false, error: { code: 'unauthenticated', message: 'open the address Rapport printed' } };
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(refusal), { status: 401 }));
    vi.stubGlobal('fetch', fetchMock);
    window.history.replaceState(null, '', '/?token=from-the-last-start');
    const api = await loadClient();
    const { useSessionStore } = await import('../../renderer/src/stores/session-store');

    fetchMock.mockResolvedValueOnce(jsonResponse({ ok: false, error: { code: 'not-found', message: 'no attempt "x"' } }));
    await expect(api.getAttempt({ attemptId: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    expect(useSessionStore.getState().expired).toBe(false);

    await expect(api.getHealth({})).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(useSessionStore.getState().expired).toBe(true);
  });
});
