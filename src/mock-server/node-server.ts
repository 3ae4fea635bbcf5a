// The mock backend as a plain HTTP server, for other local apps and curl users. It serves the very
// handlers the browser worker uses (same engine, same contract validation) over `node:http`.
//
//   npm run mock-server -- [--port 4010] [--host 127.0.0.1]
//   npx tsx src/mock-server/node-server.ts [--port 4010] [--host 127.0.0.1]
//
// `npm run mock-server` runs a build of this file (`scripts/mock-server.mjs`), so it starts in well
// under a second; tsx compiles the TypeScript at every start instead.
//
// Port 4010 and host 127.0.0.1 are the defaults (`--port 0` picks a free port). The API is under
// `/api/v1`, e.g. `curl -H 'Authorization: Bearer mock-token-daniel-whitaker' http://127.0.0.1:4010/api/v1/invoices`.
//
// Bad requests cost the server nothing it keeps: a body larger than {@link MAX_BODY_BYTES} (1 MiB)
// is answered 413 `payload_too_large` as soon as its `Content-Length` (or, when chunked, its first
// byte past the limit) shows it, and the rest is discarded unread and the connection closed; a body
// that is not `application/json` is answered 400 `validation_failed` before it is read; malformed
// JSON is answered 400 by the contract's validation, like in the browser.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { getResponse, type RequestHandler } from 'msw';
import { createMockBackend, type MockBackend } from './engine/backend.js';
import { createMockHandlers, DEFAULT_BASE_URL } from './handlers.js';

/** The port the CLI listens on unless `--port` says otherwise. */
export const DEFAULT_PORT = 4010;
/** The host the CLI binds to unless `--host` says otherwise: this machine only. */
export const DEFAULT_HOST = '127.0.0.1';

/**
 * The largest request body the server reads: 1 MiB (1,048,576 bytes). Every request of the API is a
 * few kilobytes at most; anything larger is refused with 413 `payload_too_large` without being kept.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/** How long a refused upload may go on being discarded before its connection is cut. */
const DISCARD_MS = 2_000;

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Port to listen on (default 4010; 0 picks a free one, see the returned `url`). */
  port?: number;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** The backend to serve (default: a fresh seeded one, so each server starts from the seed). */
  backend?: MockBackend;
  /** Where the API lives on the server (default `/api/v1`). */
  basePath?: string;
  /** The largest request body read, in bytes (default {@link MAX_BODY_BYTES}); larger ones get 413. */
  maxBodyBytes?: number;
}

/** A running mock server. */
export interface MockServer {
  /** The server's origin, e.g. `http://127.0.0.1:4010`; the API is at `url + '/api/v1'`. */
  url: string;
  /** The backend it serves, for tests that want to look at or reset the store. */
  backend: MockBackend;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/**
 * CORS for every response, so a web app on another local port can call the server. No credentials
 * are involved (the token travels in `Authorization`), so the wildcard origin is allowed. A browser
 * hides every response header of a cross-origin answer but a few simple ones: `Retry-After` is
 * exposed so the SDK can wait as long as a 429 or 503 asks instead of guessing.
 */
const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key',
  'Access-Control-Expose-Headers': 'Retry-After',
  'Access-Control-Max-Age': '600',
};

/** Starts the mock backend on `host:port` and resolves once it is listening. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const backend = options.backend ?? createMockBackend();
  const handlers = createMockHandlers(backend, { baseUrl: options.basePath ?? DEFAULT_BASE_URL });
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const server = createServer((req, res) => {
    handle(handlers, req, res, limit).catch((error: unknown) => {
      console.error('[mock server] request failed', error);
      if (!res.headersSent) writeJson(res, 500, { code: 'internal_error', message: 'The mock server failed to answer.' });
      else res.end();
    });
  });
  const host = options.host ?? DEFAULT_HOST;
  await listen(server, options.port ?? DEFAULT_PORT, host);
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    backend,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function handle(handlers: RequestHandler[], req: IncomingMessage, res: ServerResponse, limit: number): Promise<void> {
  // Preflight is answered here: the contract has no OPTIONS operations, and the API's catch-all
  // would otherwise answer it 404.
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS_HEADERS);
    res.end();
    return;
  }
  const refusal = refuseBeforeReading(req, limit);
  if (refusal) {
    refuse(req, res, refusal);
    return;
  }
  const payload = await readBody(req, limit);
  if (payload === TOO_LARGE) {
    refuse(req, res, tooLarge(limit));
    return;
  }
  const request = toFetchRequest(req, payload);
  const response = await getResponse(handlers, request);
  if (!response) {
    const path = new URL(request.url).pathname;
    writeJson(res, 404, { code: 'not_found', message: `There is no ${request.method} ${path} on the mock server; the API is under /api/v1.` });
    return;
  }
  const headers: Record<string, string> = { ...CORS_HEADERS };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A refusal the server answers itself, before the handlers see the request. */
interface Refusal {
  status: number;
  body: { code: 'payload_too_large' | 'validation_failed'; message: string; fields?: Record<string, string> };
}

const TOO_LARGE = Symbol('too large');

function tooLarge(limit: number): Refusal {
  return {
    status: 413,
    body: { code: 'payload_too_large', message: `The request body is larger than the mock server accepts (${limit.toLocaleString('en-US')} bytes).` },
  };
}

/** What can be refused from the headers alone: a declared length past the limit, or a body that is not JSON. */
function refuseBeforeReading(req: IncomingMessage, limit: number): Refusal | null {
  const length = req.headers['content-length'];
  const declared = length === undefined ? null : Number(length);
  if (declared !== null && declared > limit) return tooLarge(limit);
  const hasBody = (declared !== null && declared > 0) || req.headers['transfer-encoding'] !== undefined;
  const type = req.headers['content-type'] ?? '';
  if (hasBody && !/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    return {
      status: 400,
      body: {
        code: 'validation_failed',
        message: 'Send the request body as JSON, with Content-Type: application/json.',
        fields: { 'Content-Type': type === '' ? 'Missing; send application/json.' : `${type.slice(0, 100)} is not JSON; send application/json.` },
      },
    };
  }
  return null;
}

/**
 * The request body, read up to `limit` bytes; {@link TOO_LARGE} as soon as one more byte arrives,
 * keeping nothing of it (a chunked upload has no `Content-Length` to refuse it by in advance).
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer<ArrayBuffer> | null | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    const stop = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer | string): void => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      if (size > limit) {
        stop();
        chunks = [];
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(bytes);
    };
    const onEnd = (): void => {
      stop();
      resolve(size === 0 ? null : Buffer.concat(chunks, size));
    };
    const onError = (error: Error): void => {
      stop();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/**
 * Answers `refusal` and closes the connection. Whatever the client is still uploading is read and
 * dropped (never buffered) for a moment, so the client sees the answer rather than a reset, then
 * the connection is cut.
 */
function refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
  res.writeHead(refusal.status, { ...CORS_HEADERS, 'Content-Type': 'application/json', Connection: 'close' });
  res.end(JSON.stringify(refusal.body));
  if (req.complete) return;
  req.on('data', () => undefined);
  req.resume();
  const cut = setTimeout(() => req.socket.destroy(), DISCARD_MS);
  cut.unref();
  req.socket.once('close', () => clearTimeout(cut));
}

/** The fetch `Request` MSW matches on, built from a Node request and its body. */
function toFetchRequest(req: IncomingMessage, body: Buffer<ArrayBuffer> | null): Request {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD' && body !== null;
  return new Request(url, { method, headers, ...(hasBody ? { body } : {}) });
}

function writeJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...CORS_HEADERS, 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** `--port` and `--host` from the command line (`--port 4010` or `--port=4010`). */
export function parseArgs(argv: readonly string[]): { port: number; host: string } {
  const value = (name: string): string | undefined => {
    const index = argv.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
    if (index === -1) return undefined;
    const arg = argv[index] ?? '';
    return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
  };
  const portText = value('port');
  const port = portText === undefined ? DEFAULT_PORT : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be a port number, not ${portText}`);
  return { port, host: value('host') ?? DEFAULT_HOST };
}

/**
 * The command line: starts a server with `--port` / `--host` from `argv`, prints where it listens
 * and who can sign in, and stops on SIGINT/SIGTERM. `npm run mock-server` calls it from a build of
 * this file (`scripts/mock-server.mjs`), so the server starts without compiling TypeScript.
 */
export async function runMockServerCli(argv: readonly string[]): Promise<MockServer> {
  const { port, host } = parseArgs(argv);
  const server = await startMockServer({ port, host });
  const api = `${server.url}${DEFAULT_BASE_URL}`;
  const lines = [
    `ALIS billing mock server: ${api}`,
    `  mock controls: ${api}/__mock/personas, /__mock/reset, /__mock/clock, /__mock/outbox`,
    '  personas (Authorization: Bearer <token>):',
    ...server.backend.personas().map((p) => `    ${p.token.padEnd(36)} ${p.displayName} (${p.role})`),
    `  try: curl -H 'Authorization: Bearer ${server.backend.personas()[0]?.token ?? ''}' ${api}/invoices`,
  ];
  console.log(lines.join('\n'));
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMockServerCli(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
