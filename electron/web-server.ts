import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { MAX_SCENARIO_BYTES, MAX_UPLOAD_BYTES, sizeText } from '@api/scenario-limits';
import type { ApiDispatcher } from './api-dispatch';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The same policy as the renderer's meta tag, sent as a header too. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Room for the largest import the Api accepts (base64 of MAX_UPLOAD_BYTES) and the largest scenario
 * saved (MAX_SCENARIO_BYTES characters, each escaped as `\uXXXX` at worst), plus the JSON around them.
 */
const MAX_BODY_BYTES = Math.max(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4, MAX_SCENARIO_BYTES * 6) + 64 * 1024;

export interface WebServerOptions {
  dispatch: ApiDispatcher;
  rendererDir: string;
  port: number;
  /** Per-run secret the printed address carries; Api calls without it get 401. */
  token?: string;
}

export interface RunningWebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The path decoded, or null when its percent-encoding is broken (`/%E0%A4%A`). */
function decodedPath(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return null;
  }
}

/**
 * Whether `file` really lies inside `folder`, symbolic links resolved: a link inside the built
 * renderer pointing elsewhere (`/etc`, the data folder) is never followed out of it.
 */
async function realFileInside(folder: string, file: string): Promise<boolean> {
  const [realFolder, realFile] = await Promise.all([realpath(folder), realpath(file).catch(() => null)]);
  return realFile !== null && realFile.startsWith(realFolder + path.sep);
}

async function serveFile(rendererDir: string, urlPath: string, res: http.ServerResponse): Promise<void> {
  const relative = decodedPath(urlPath === '/' ? '/index.html' : urlPath);
  if (relative === null || relative.includes('\0'))
    return send(res, 400, { error: 'the address is not validly percent-encoded' });
  const file = path.resolve(rendererDir, `.${relative}`);
  if (!file.startsWith(path.resolve(rendererDir) + path.sep)) return send(res, 404, { error: 'not found' });
  const info = await stat(file).catch(() => null);
  if (info && !(await realFileInside(rendererDir, file))) return send(res, 404, { error: 'not found' });
  if (!info?.isFile()) {
    if (!info && !path.extname(file)) return serveFile(rendererDir, '/', res); // app routes fall back to the app
    return send(res, 404, { error: 'not found' });
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': relative === '/index.html' ? 'no-store' : 'max-age=3600',
  });
  createReadStream(file).pipe(res);
}

/**
 * The web shell's HTTP server: serves the built renderer and the Api (`POST /api/<method>`) on
 * 127.0.0.1 only. Requests naming another Host or Origin are refused (DNS rebinding), and every Api
 * call must carry the per-run token.
 */
export function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let allowedHosts = new Set<string>();

  const server = http.createServer((req, res) => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('x-frame-options', 'DENY');
    const host = req.headers.host ?? '';
    if (!allowedHosts.has(host)) return send(res, 421, { error: `unexpected Host "${host}"` });
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return send(res, 403, { error: `cross-origin request from "${origin}" refused` });
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${host}`);
    } catch {
      return send(res, 400, { error: 'the address cannot be read' });
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, { error: 'use POST for Api calls' });
      if (!sameSecret(req.headers['x-rapport-token'] as string | undefined, token)) {
        return send(res, 401, {
          ok: false,
          error: {
            code: 'unauthenticated',
            message:
              'this page does not carry the token of the running Rapport (it was restarted, or the address was typed ' +
              'without it): open the address Rapport printed when it last started',
          },
        });
      }
      void (async () => {
        const body = await readBody(req);
        if (body === null)
          return send(res, 413, {
            ok: false,
            error: {
              code: 'invalid-argument',
              message: `the request is larger than ${sizeText(MAX_BODY_BYTES)}; files to import are limited to ${sizeText(MAX_UPLOAD_BYTES)}`,
            },
          });
        let args: unknown;
        try {
          args = body.trim() === '' ? {} : JSON.parse(body);
        } catch {
          return send(res, 400, { ok: false, error: { code: 'invalid-argument', message: 'the request body is not JSON' } });
        }
        const result = await options.dispatch(url.pathname.slice('/api/'.length), args);
        const status = result.ok
          ? 200
          : { 'invalid-argument': 400, 'not-found': 404, conflict: 409, unavailable: 503, unauthenticated: 401, internal: 500 }[
              result.error.code
            ];
        send(res, status, result);
      })().catch((error: unknown) => send(res, 500, { ok: false, error: { code: 'internal', message: String(error) } }));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method not allowed' });
    serveFile(options.rendererDir, url.pathname, res).catch(() => send(res, 500, { error: 'cannot read file' }));
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
