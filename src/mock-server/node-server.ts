// The mock backend as a plain HTTP server, for other local apps and curl users. It serves the very
// handlers the browser worker uses (same engine, same contract validation) over `node:http`.
//
//   npx tsx src/mock-server/node-server.ts [--port 4010] [--host 127.0.0.1]
//
// Port 4010 and host 127.0.0.1 are the defaults (`--port 0` picks a free port). The API is under
// `/api/v1`, e.g. `curl -H 'Authorization: Bearer mock-token-daniel-whitaker' http://127.0.0.1:4010/api/v1/invoices`.
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
 * are involved (the token travels in `Authorization`), so the wildcard origin is allowed.
 */
const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key',
  'Access-Control-Max-Age': '600',
};

/** Starts the mock backend on `host:port` and resolves once it is listening. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const backend = options.backend ?? createMockBackend();
  const handlers = createMockHandlers(backend, { baseUrl: options.basePath ?? DEFAULT_BASE_URL });
  const server = createServer((req, res) => {
    handle(handlers, req, res).catch((error: unknown) => {
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

async function handle(handlers: RequestHandler[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  // Preflight is answered here: the contract has no OPTIONS operations, and the API's catch-all
  // would otherwise answer it 404.
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS_HEADERS);
    res.end();
    return;
  }
  const request = await toFetchRequest(req);
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

/** The fetch `Request` MSW matches on, built from a Node request (body read in full first). */
async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const hasBody = method !== 'GET' && method !== 'HEAD' && chunks.length > 0;
  return new Request(url, { method, headers, ...(hasBody ? { body: Buffer.concat(chunks) } : {}) });
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

async function main(): Promise<void> {
  const { port, host } = parseArgs(process.argv.slice(2));
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
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
