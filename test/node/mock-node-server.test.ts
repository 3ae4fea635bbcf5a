// The mock backend over real HTTP: the SDK against `startMockServer`, raw fetch for errors and CORS.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startMockServer, parseArgs, DEFAULT_PORT, type MockServer } from '../../src/mock-server/node-server.js';
import { createAlisClient, isAlisApiError } from '../../src/sdk/index.js';

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
