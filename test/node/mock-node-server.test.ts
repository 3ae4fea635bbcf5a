// The mock backend over real HTTP: the SDK against `startMockServer`, raw fetch for errors and CORS.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { startMockServer, parseArgs, DEFAULT_PORT, MAX_BODY_BYTES, type MockServer } from '../../src/mock-server/node-server.js';
import { createAlisClient, isAlisApiError } from '../../src/sdk/index.js';
import { apiErrorFromResponse } from '../../src/sdk/errors.js';

const DANIEL = 'mock-token-daniel-whitaker';

describe('the Node mock server', () => {
  let server: MockServer;
  before(async () => {
    server = await startMockServer({ port: 0 });
  });
  after(async () => {
    await server.close();
  });

  test('the SDK reads /me and /invoices through it', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const client = createAlisClient({ baseUrl: `${server.url}/api/v1`, getToken: () => DANIEL });
    const me = await client.session.me();
    assert.equal(me.user.id, 'usr-daniel-whitaker');
    const page = await client.invoices.list({ status: 'open' });
    assert.ok(page.items.length > 0);
    assert.ok(page.items.every((invoice) => invoice.addressee.id === 'con-daniel-whitaker'));
  });

  test('the SDK gets the server’s stable error codes', async () => {
    const client = createAlisClient({ baseUrl: `${server.url}/api/v1`, getToken: () => 'mock-token-susan-whitaker-hale' });
    await assert.rejects(client.session.me(), (error: unknown) => isAlisApiError(error) && error.code === 'access_revoked');
  });

  test('errors are JSON with a stable code, and carry CORS headers', async () => {
    const response = await fetch(`${server.url}/api/v1/me`);
    assert.equal(response.status, 401);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const body = (await response.json()) as { code: string; message: string };
    assert.equal(body.code, 'unauthenticated');
    assert.ok(body.message.length > 0);
  });

  test('a JSON body reaches the handlers (and a refused one is answered with its fields)', async () => {
    const response = await fetch(`${server.url}/api/v1/staff/settings`, {
      method: 'PATCH',
      headers: { Authorization: 'Bearer mock-token-brenda-lopez', 'Content-Type': 'application/json' },
      body: JSON.stringify({ cardFeeBasisPoints: 120 }),
    });
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { cardFeeBasisPoints: number }).cardFeeBasisPoints, 120);
    assert.equal(server.backend.state.settings.cardFeeBasisPoints, 120);
  });

  test('a path outside the API → 404 JSON', async () => {
    const response = await fetch(`${server.url}/nothing`);
    assert.equal(response.status, 404);
    assert.equal(((await response.json()) as { code: string }).code, 'not_found');
  });

  test('CORS preflight → 204 allowing Authorization, Content-Type and Idempotency-Key', async () => {
    const response = await fetch(`${server.url}/api/v1/payments`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key',
      },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of ['authorization', 'content-type', 'idempotency-key']) assert.ok(allowed.includes(header), header);
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /PATCH/);
  });

  test('every answer lets a page on another origin read Retry-After, and preflights are cached', async () => {
    const response = await fetch(`${server.url}/api/v1/me`, { headers: { Origin: 'http://localhost:5173' } });
    await response.arrayBuffer();
    const exposed = (response.headers.get('access-control-expose-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    assert.ok(exposed.includes('retry-after'), `exposed: ${exposed.join(', ')}`);
    const preflight = await fetch(`${server.url}/api/v1/payments`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' } });
    assert.ok(Number(preflight.headers.get('access-control-max-age')) >= 600);
  });
});

/** What came back for a raw upload: the status and body, and how many bytes had been sent by then. */
interface Upload {
  status: number;
  body: { code?: string; message?: string; fields?: Record<string, string> };
  sentWhenAnswered: number;
  totalBytes: number;
}

/**
 * Uploads `totalBytes` to `path` in 64 KiB chunks, waiting for each to drain, and resolves with the
 * answer as soon as it comes (not when the upload ends). `chunked` leaves out Content-Length.
 */
function upload(server: MockServer, path: string, totalBytes: number, options: { chunked?: boolean; contentType?: string } = {}): Promise<Upload> {
  const url = new URL(`${server.url}${path}`);
  const headers: Record<string, string | number> = {
    Authorization: 'Bearer mock-token-brenda-lopez',
    'Content-Type': options.contentType ?? 'application/json',
  };
  if (!options.chunked) headers['Content-Length'] = totalBytes;
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'PATCH', headers }, (res) => {
      answered = true;
      const sentWhenAnswered = sent;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Upload['body'], sentWhenAnswered, totalBytes }));
      res.on('error', reject);
    });
    // The server cuts the connection after answering; the rest of the upload failing is expected.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = (): void => {
      while (!answered && sent < totalBytes) {
        const part = chunk.subarray(0, Math.min(chunk.length, totalBytes - sent));
        sent += part.length;
        if (!req.write(part)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('the Node mock server refuses bad requests without keeping them', () => {
  let server: MockServer;
  before(async () => {
    server = await startMockServer({ port: 0 });
  });
  after(async () => {
    await server.close();
  });

  test('the body limit is 1 MiB', () => {
    assert.equal(MAX_BODY_BYTES, 1_048_576);
  });

  test('a 10 MB body with its length declared → 413 payload_too_large before most of it is sent, and nothing changed', async () => {
    const before = structuredClone(server.backend.state);
    const started = Date.now();
    const reply = await upload(server, '/api/v1/staff/settings', 10 * 1024 * 1024);
    assert.equal(reply.status, 413);
    assert.equal(reply.body.code, 'payload_too_large');
    assert.match(reply.body.message ?? '', /1,048,576 bytes/);
    assert.ok(reply.sentWhenAnswered < reply.totalBytes / 2, `answered after ${reply.sentWhenAnswered} of ${reply.totalBytes} bytes`);
    assert.ok(Date.now() - started < 5_000, 'answered quickly');
    assert.deepEqual(server.backend.state, before);
  });

  test('a chunked 10 MB body (no length) → 413 as soon as it passes the limit, without reading the rest', async () => {
    const reply = await upload(server, '/api/v1/staff/settings', 10 * 1024 * 1024, { chunked: true });
    assert.equal(reply.status, 413);
    assert.equal(reply.body.code, 'payload_too_large');
    assert.ok(reply.sentWhenAnswered < reply.totalBytes / 2, `answered after ${reply.sentWhenAnswered} of ${reply.totalBytes} bytes`);
  });

  test('refused uploads do not stay in memory', async () => {
    // 20 refused 10 MB uploads would keep 200 MB if the server buffered them.
    global.gc?.();
    const before = process.memoryUsage().rss;
    for (let n = 0; n < 20; n++) {
      const reply = await upload(server, '/api/v1/staff/settings', 10 * 1024 * 1024, { chunked: n % 2 === 0 });
      assert.equal(reply.status, 413);
    }
    global.gc?.();
    const grownMb = (process.memoryUsage().rss - before) / 1024 / 1024;
    assert.ok(grownMb < 100, `the process grew by ${grownMb.toFixed(0)} MB`);
  });

  test('a body just under the limit is still read (and refused by the contract as what it is)', async () => {
    const reply = await upload(server, '/api/v1/staff/settings', MAX_BODY_BYTES);
    // 1 MiB of spaces is not a JSON document.
    assert.equal(reply.status, 400);
    assert.equal(reply.body.code, 'validation_failed');
  });

  test('malformed JSON → 400 validation_failed naming the body; nothing changed', async () => {
    const before = structuredClone(server.backend.state);
    const response = await fetch(`${server.url}/api/v1/staff/settings`, {
      method: 'PATCH',
      headers: { Authorization: 'Bearer mock-token-brenda-lopez', 'Content-Type': 'application/json' },
      body: '{"cardFeeBasisPoints": 1',
    });
    assert.equal(response.status, 400);
    const body = (await response.json()) as Upload['body'];
    assert.equal(body.code, 'validation_failed');
    assert.ok(body.fields?.['body']);
    assert.deepEqual(server.backend.state, before);
  });

  test('a body that is not JSON by its Content-Type → 400 validation_failed naming Content-Type, unread', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${server.url}/api/v1/staff/settings`, {
        method: 'PATCH',
        headers: { Authorization: 'Bearer mock-token-brenda-lopez', 'Content-Type': contentType },
        body: JSON.stringify({ cardFeeBasisPoints: 150 }),
      });
      assert.equal(response.status, 400, contentType);
      const body = (await response.json()) as Upload['body'];
      assert.equal(body.code, 'validation_failed');
      assert.match(body.fields?.['Content-Type'] ?? '', /application\/json/);
    }
    assert.notEqual(server.backend.state.settings.cardFeeBasisPoints, 150);
    // JSON with a charset, and JSON-based types, are JSON.
    const ok = await fetch(`${server.url}/api/v1/staff/settings`, {
      method: 'PATCH',
      headers: { Authorization: 'Bearer mock-token-brenda-lopez', 'Content-Type': 'application/merge-patch+json; charset=utf-8' },
      body: JSON.stringify({ cardFeeBasisPoints: 150 }),
    });
    assert.equal(ok.status, 200);
  });

  test('a path with a malformed percent-escape → 400 validation_failed naming the path, not a 500', async () => {
    for (const path of ['/api/v1/staff/payers/%ZZ', '/api/v1/invoices/%', '/api/v1/payments/%ED%A0%80', '/api/v1/no-such/%E0%A4%A']) {
      const response = await fetch(`${server.url}${path}`, { headers: { Authorization: 'Bearer mock-token-brenda-lopez' } });
      assert.equal(response.status, 400, path);
      const body = (await response.json()) as Upload['body'];
      assert.equal(body.code, 'validation_failed');
      assert.ok(body.fields?.['path'], path);
    }
  });

  test('the server keeps answering after refusals', async () => {
    const response = await fetch(`${server.url}/api/v1/me`, { headers: { Authorization: `Bearer ${DANIEL}` } });
    assert.equal(response.status, 200);
  });

  test('the SDK knows payload_too_large, also from a proxy’s bare 413', () => {
    assert.equal(apiErrorFromResponse(413, { code: 'payload_too_large', message: 'Too large.' }).code, 'payload_too_large');
    assert.equal(apiErrorFromResponse(413, '<html>Request Entity Too Large</html>').code, 'payload_too_large');
  });

  test('a smaller limit can be chosen', async () => {
    const small = await startMockServer({ port: 0, maxBodyBytes: 100 });
    try {
      const response = await fetch(`${small.url}/api/v1/staff/settings`, {
        method: 'PATCH',
        headers: { Authorization: 'Bearer mock-token-brenda-lopez', 'Content-Type': 'application/json' },
        body: JSON.stringify({ cardFeeBasisPoints: 150, padding: 'x'.repeat(200) }),
      });
      assert.equal(response.status, 413);
      assert.equal(((await response.json()) as Upload['body']).code, 'payload_too_large');
    } finally {
      await small.close();
    }
  });
});

describe('the CLI arguments', () => {
  test('--port and --host, with defaults', () => {
    assert.deepEqual(parseArgs([]), { port: DEFAULT_PORT, host: '127.0.0.1' });
    assert.equal(DEFAULT_PORT, 4010);
    assert.deepEqual(parseArgs(['--port', '5000', '--host=0.0.0.0']), { port: 5000, host: '0.0.0.0' });
    assert.deepEqual(parseArgs(['--port=0']), { port: 0, host: '127.0.0.1' });
    assert.throws(() => parseArgs(['--port', 'abc']));
  });
});
