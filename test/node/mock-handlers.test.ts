// The MSW handlers over the engine, driven the way a client would: requests in, JSON out.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getResponse } from 'msw';
import { createMockBackend, type MockBackend } from '../../src/mock-server/engine/backend.js';
import { createMockHandlers } from '../../src/mock-server/handlers.js';
import { openApiDocument } from '../../src/mock-server/openapi/document.js';
import { Contract } from '../../src/mock-server/openapi/contract.js';
import { allRoutes } from '../../src/mock-server/routes/index.js';
import type { components } from '../../src/contract/types.js';

type Schemas = components['schemas'];
type Invoice = Schemas['Invoice'];

const BASE = 'http://localhost/api/v1';
const DANIEL = 'mock-token-daniel-whitaker';
const RUTH = 'mock-token-ruth-jensen';
const MARIA = 'mock-token-maria-alvarez-reed';
const FRANK = 'mock-token-frank-castellano';
const SUSAN = 'mock-token-susan-whitaker-hale';
const BRENDA = 'mock-token-brenda-lopez';

interface Call {
  status: number;
  body: unknown;
  contentType: string | null;
}

/** A fresh backend and a `call` helper bound to its handlers. */
function setup(options: { baseUrl?: string; delayMs?: number } = {}) {
  const backend = createMockBackend();
  const handlers = createMockHandlers(backend, { baseUrl: options.baseUrl ?? BASE, ...options });
  const call = async (
    method: string,
    path: string,
    init: { token?: string | null; body?: unknown; headers?: Record<string, string>; origin?: string } = {},
  ): Promise<Call> => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers['Authorization'] = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    const request = new Request(`${init.origin ?? 'http://localhost'}/api/v1${path}`, {
      method,
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const response = await getResponse(handlers, request);
    assert.ok(response, `${method} ${path} was not handled`);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, contentType: response.headers.get('Content-Type') };
  };
  return { backend, call };
}

function page(body: unknown): { items: Invoice[]; nextCursor: string | null } {
  return body as { items: Invoice[]; nextCursor: string | null };
}

function error(body: unknown): Schemas['Error'] {
  return body as Schemas['Error'];
}

async function allInvoices(call: ReturnType<typeof setup>['call'], token: string, query = ''): Promise<Invoice[]> {
  const response = await call('GET', `/invoices?limit=500${query}`, { token });
  assert.equal(response.status, 200);
  return page(response.body).items;
}

describe('authentication', () => {
  test('every persona token signs in as that persona; the revoked one is refused', async () => {
    const { call } = setup();
    const personas = (await call('GET', '/__mock/personas')).body as { items: Schemas['MockPersona'][] };
    assert.equal(personas.items.length, 11);
    for (const persona of personas.items) {
      const me = await call('GET', '/me', { token: persona.token });
      if (persona.userId === 'usr-susan-whitaker-hale') {
        assert.equal(me.status, 403);
        assert.equal(error(me.body).code, 'access_revoked');
        continue;
      }
      assert.equal(me.status, 200, persona.displayName);
      const body = me.body as Schemas['Me'];
      assert.equal(body.user.id, persona.userId);
      assert.equal(body.party?.id ?? null, persona.partyId);
      assert.equal(body.community.paymentsEnabled, true);
    }
  });

  test('no token, an unknown token or another scheme → 401 unauthenticated', async () => {
    const { call } = setup();
    const attempts: Record<string, string>[] = [{}, { Authorization: 'Bearer nope' }, { Authorization: `Basic ${DANIEL}` }, { Authorization: 'Bearer' }];
    for (const headers of attempts) {
      const response = await call('GET', '/invoices', { headers });
      assert.equal(response.status, 401, JSON.stringify(headers));
      assert.equal(error(response.body).code, 'unauthenticated');
      assert.match(response.contentType ?? '', /application\/json/);
    }
  });

  test('a revoked user → 403 access_revoked everywhere', async () => {
    const { call } = setup();
    for (const path of ['/me', '/invoices', '/outstanding', '/invoices/inv-whitaker-2026-11']) {
      const response = await call('GET', path, { token: SUSAN });
      assert.equal(response.status, 403, path);
      assert.equal(error(response.body).code, 'access_revoked');
    }
  });

  test('authentication comes before input validation', async () => {
    const { call } = setup();
    const response = await call('GET', '/invoices?status=bogus');
    assert.equal(response.status, 401);
  });
});

describe('invoices', () => {
  test("seeing follows the profile: every invoice of the resident with view_billing, only one's own with pay_bills alone; newest due date first", async () => {
    const { backend, call } = setup();
    const cases = [
      [DANIEL, (i: { residentId: string }) => i.residentId === 'res-whitaker'],
      [RUTH, (i: { residentId: string }) => i.residentId === 'res-jensen'],
      // Karen's profile is "Pays bills": she sees what is addressed to her and nothing else.
      ['mock-token-karen-molloy', (i: { addresseeId: string }) => i.addresseeId === 'con-karen-molloy'],
    ] as const;
    for (const [token, visible] of cases) {
      const items = await allInvoices(call, token);
      const expected = backend.state.invoices.filter((i) => visible(i)).map((i) => i.id).sort();
      assert.deepEqual(items.map((i) => i.id).sort(), expected, token);
      const dueDates = items.map((i) => i.dueDate);
      assert.deepEqual(dueDates, [...dueDates].sort().reverse());
    }
    const ruth = await allInvoices(call, RUTH);
    const july = ruth.find((i) => i.id === 'inv-jensen-2026-07');
    assert.equal(july?.addressee.name, 'Karen Molloy', 'Ruth sees the July invoice and that it is addressed to Karen');
  });

  test("another resident's invoice is not_found, indistinguishable from a missing one", async () => {
    const { call } = setup();
    const own = await call('GET', '/invoices/inv-whitaker-2026-11', { token: DANIEL });
    assert.equal(own.status, 200);
    assert.equal((own.body as Invoice).number, 'INV-2026-0081');
    const others = await call('GET', '/invoices/inv-whitaker-2026-11', { token: RUTH });
    const missing = await call('GET', '/invoices/inv-nothing-here', { token: RUTH });
    assert.equal(others.status, 404);
    assert.equal(error(others.body).code, 'not_found');
    assert.deepEqual(others.body, missing.body);
  });

  test('status filters split the list into open (balance due) and paid', async () => {
    const { call } = setup();
    const all = await allInvoices(call, DANIEL);
    const open = await allInvoices(call, DANIEL, '&status=open');
    const paid = await allInvoices(call, DANIEL, '&status=paid');
    assert.ok(open.length >= 3 && paid.length >= 5);
    assert.ok(open.every((i) => i.balance.amountCents > 0 && (i.status === 'open' || i.status === 'partially_paid')));
    assert.ok(paid.every((i) => i.balance.amountCents === 0 && i.status === 'paid'));
    assert.deepEqual(
      [...open, ...paid].map((i) => i.id).sort(),
      all.map((i) => i.id).sort(),
    );
    assert.deepEqual(await allInvoices(call, DANIEL, '&status=all'), all);
  });

  test('pagination walks every invoice once, in order, and ends with a null cursor', async () => {
    const { call } = setup();
    const all = await allInvoices(call, DANIEL);
    const seen: Invoice[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const response = await call('GET', `/invoices?limit=5${query}`, { token: DANIEL });
      assert.equal(response.status, 200);
      const body = page(response.body);
      assert.ok(body.items.length <= 5);
      seen.push(...body.items);
      cursor = body.nextCursor;
      pages++;
    } while (cursor !== null && pages < 10);
    assert.equal(pages, Math.ceil(all.length / 5));
    assert.deepEqual(seen.map((i) => i.id), all.map((i) => i.id));
    const defaultPage = page((await call('GET', '/invoices', { token: DANIEL })).body);
    assert.equal(defaultPage.nextCursor, null, 'the default limit (50) covers a payer');
  });

  test('bad query parameters → 400 validation_failed naming each field', async () => {
    const { call } = setup();
    const cases: [string, string][] = [
      ['status=unpaid', 'status'],
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['limit=ten', 'limit'],
      ['limit=2.5', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
      ['status=open&status=paid', 'status'],
    ];
    for (const [query, field] of cases) {
      const response = await call('GET', `/invoices?${query}`, { token: DANIEL });
      assert.equal(response.status, 400, query);
      const body = error(response.body);
      assert.equal(body.code, 'validation_failed');
      assert.ok(body.fields?.[field], `${query} names ${field}: ${JSON.stringify(body.fields)}`);
    }
    const both = error((await call('GET', '/invoices?status=x&limit=0', { token: DANIEL })).body);
    assert.deepEqual(Object.keys(both.fields ?? {}).sort(), ['limit', 'status']);
  });

  test('the view-only payer can list and read invoices', async () => {
    const { call } = setup();
    const me = (await call('GET', '/me', { token: FRANK })).body as Schemas['Me'];
    assert.deepEqual(me.permissions, ['view_billing']);
    const items = await allInvoices(call, FRANK);
    assert.equal(items.length, 13);
    const one = await call('GET', `/invoices/${items[0]?.id}`, { token: FRANK });
    assert.equal(one.status, 200);
  });

  test('staff on payer pages → 403 forbidden pointing to the Payment Center; /me still works', async () => {
    const { call } = setup();
    for (const path of ['/invoices', '/outstanding', '/invoices/inv-whitaker-2026-11']) {
      const response = await call('GET', path, { token: BRENDA });
      assert.equal(response.status, 403, path);
      assert.equal(error(response.body).code, 'forbidden');
      assert.match(error(response.body).message, /Payment Center/);
    }
    const me = await call('GET', '/me', { token: BRENDA });
    assert.equal(me.status, 200);
    assert.equal((me.body as Schemas['Me']).party, null);
    assert.equal((me.body as Schemas['Me']).user.role, 'staff');
  });
});

describe('outstanding', () => {
  test('the total is the sum of open balances, oldest due date first', async () => {
    const { call } = setup();
    for (const token of [DANIEL, RUTH, FRANK, 'mock-token-kevin-nguyen', 'mock-token-eleanor-brooks']) {
      const me = (await call('GET', '/me', { token })).body as Schemas['Me'];
      // What a payer owes is what is addressed to them, however much more of the account they see.
      const open = (await allInvoices(call, token, '&status=open')).filter((i) => i.addressee.id === me.party?.id);
      const response = await call('GET', '/outstanding', { token });
      assert.equal(response.status, 200);
      const outstanding = response.body as Schemas['Outstanding'];
      const sum = open.reduce((total, i) => total + i.balance.amountCents, 0);
      assert.equal(outstanding.total.amountCents, sum, token);
      assert.equal(outstanding.allocationPolicy, 'oldest_first');
      const dueDates = outstanding.invoices.map((i) => i.dueDate);
      assert.deepEqual(dueDates, [...dueDates].sort());
      assert.deepEqual(outstanding.invoices.map((i) => i.invoiceId).sort(), open.map((i) => i.id).sort());
    }
  });

  test("the payer's arrangement comes with it: Frank is pulled on the 5th, Daniel pays himself", async () => {
    const { call } = setup();
    const frank = (await call('GET', '/outstanding', { token: FRANK })).body as Schemas['Outstanding'];
    assert.equal(frank.arrangement.mode, 'billing_team_pulls');
    assert.equal(frank.arrangement.dayOfMonth, 5);
    assert.equal(frank.arrangement.nextPullDate, '2026-12-05');
    assert.equal(frank.arrangement.parts[0]?.method.type, 'bank_account');
    const daniel = (await call('GET', '/outstanding', { token: DANIEL })).body as Schemas['Outstanding'];
    assert.equal(daniel.arrangement.mode, 'self_pay');
    assert.deepEqual(daniel.arrangement.parts, []);
  });
});

describe('mock controls', () => {
  test('/__mock/clock advances time, which turns a due invoice overdue', async () => {
    const { call } = setup();
    assert.deepEqual((await call('GET', '/__mock/clock')).body, { now: '2026-11-25T15:00:00.000Z' });
    const before = page((await call('GET', '/invoices?status=open', { token: MARIA })).body).items;
    assert.equal(before.length, 1);
    assert.equal(before[0]?.dueDate, '2026-12-01');
    assert.equal(before[0]?.overdue, false);
    // Payable through Dec 1 (Chicago): still not overdue on the 1st, overdue on the 2nd.
    await call('POST', '/__mock/clock', { body: { setTo: '2026-12-02T05:59:00Z' } });
    assert.equal(page((await call('GET', '/invoices?status=open', { token: MARIA })).body).items[0]?.overdue, false);
    const advanced = await call('POST', '/__mock/clock', { body: { advanceMinutes: 1 } });
    assert.deepEqual(advanced.body, { now: '2026-12-02T06:00:00.000Z' });
    assert.equal(page((await call('GET', '/invoices?status=open', { token: MARIA })).body).items[0]?.overdue, true);
    const days = await call('POST', '/__mock/clock', { body: { advanceDays: 2 } });
    assert.deepEqual(days.body, { now: '2026-12-04T06:00:00.000Z' });
  });

  test('/__mock/clock never moves backwards and validates its body', async () => {
    const { call } = setup();
    const back = await call('POST', '/__mock/clock', { body: { setTo: '2026-01-01T00:00:00Z' } });
    assert.equal(back.status, 400);
    assert.ok(error(back.body).fields?.['setTo']);
    const negative = await call('POST', '/__mock/clock', { body: { advanceDays: -1 } });
    assert.equal(negative.status, 400);
    assert.ok(error(negative.body).fields?.['advanceDays']);
    const unknown = await call('POST', '/__mock/clock', { body: { advanceHours: 3 } });
    assert.equal(unknown.status, 400);
    assert.ok(error(unknown.body).fields?.['advanceHours']);
    assert.deepEqual((await call('GET', '/__mock/clock')).body, { now: '2026-11-25T15:00:00.000Z' });
  });

  test('/__mock/reset restores the seed data and the clock (or another seed)', async () => {
    const { backend, call } = setup();
    const pristine = structuredClone(backend.state);
    const invoice = backend.state.invoices.find((i) => i.id === 'inv-whitaker-2026-11');
    assert.ok(invoice);
    invoice.addresseeId = 'con-ruth-jensen';
    backend.state.payments.pop();
    await call('POST', '/__mock/clock', { body: { advanceDays: 30 } });
    assert.notDeepStrictEqual(backend.state, pristine);

    const reset = await call('POST', '/__mock/reset');
    assert.equal(reset.status, 200);
    assert.deepEqual(reset.body, { seed: 1, now: '2026-11-25T15:00:00.000Z' });
    assert.deepStrictEqual(backend.state, pristine);
    assert.equal((await call('GET', '/invoices/inv-whitaker-2026-11', { token: DANIEL })).status, 200);

    const other = await call('POST', '/__mock/reset', { body: { seed: 2, now: '2026-11-25T15:00:00.000Z' } });
    assert.deepEqual(other.body, { seed: 2, now: '2026-11-25T15:00:00.000Z' });
    assert.notDeepStrictEqual(backend.state, pristine);
    const bad = await call('POST', '/__mock/reset', { body: { seed: -1 } });
    assert.equal(bad.status, 400);
    assert.ok(error(bad.body).fields?.['seed']);
    assert.equal(backend.seed, 2, 'a refused reset changes nothing');
  });

  test('/__mock/personas lists every seeded user with a token, default payer first, staff last', async () => {
    const { call } = setup();
    const { items } = (await call('GET', '/__mock/personas')).body as { items: Schemas['MockPersona'][] };
    assert.equal(items[0]?.displayName, 'Daniel Whitaker');
    assert.equal(items.at(-1)?.displayName, 'Brenda Lopez');
    assert.equal(items.at(-1)?.role, 'staff');
    assert.ok(items.every((p) => p.token.startsWith('mock-token-') && p.description.length > 20));
  });

  test('/__mock/outbox starts with the seeded invitations and what the seed clock made due: the advance notice of Frank\'s pull on the 5th', async () => {
    const { call } = setup();
    const outbox = (await call('GET', '/__mock/outbox')).body as { items: Schemas['MockEmail'][] };
    assert.deepEqual(
      outbox.items.map((e) => [e.notice, e.to]),
      [
        ['pull_advance_notice', 'frank.castellano@example.com'],
        ['invitation', 'linda.tran@example.com'],
        ['invitation', 'erik.lindqvist@example.com'],
      ],
    );
    const linda = outbox.items[1];
    assert.equal(linda?.link, '/accept-invitation?token=mock-invite-linda-tran');
    assert.match(linda?.subject ?? '', /invited you to see Walter Nguyen's billing/);
    assert.match(linda?.body ?? '', /Your access: Views billing only\./);
  });
});

describe('everything else', () => {
  test('an operation the engine does not serve yet → 501 not_implemented JSON', async (t) => {
    const { call, backend } = setup();
    // Whichever operation is still unserved (the list shrinks as the engine grows).
    const served = new Set(allRoutes(backend).map((route) => `${route.method} ${route.path}`));
    const op = new Contract(openApiDocument).operations.find((o) => !served.has(`${o.method} ${o.path}`));
    if (!op) {
      t.skip('every operation of the document is served');
      return;
    }
    const path = op.path.replace(/\{[^}]+\}/g, 'x1');
    const response = await call(op.method.toUpperCase(), path, { token: DANIEL });
    assert.equal(response.status, 501);
    assert.equal(error(response.body).code, 'not_implemented');
    assert.equal(error(response.body).message, `${op.method.toUpperCase()} ${op.path} is not available in the mock backend yet.`);
    assert.match(response.contentType ?? '', /application\/json/);
  });

  test('a path outside the document → 404 not_found JSON', async () => {
    const { call } = setup();
    const response = await call('GET', '/nothing/here', { token: DANIEL });
    assert.equal(response.status, 404);
    assert.equal(error(response.body).code, 'not_found');
    const wrongMethod = await call('DELETE', '/invoices', { token: DANIEL });
    assert.equal(wrongMethod.status, 404);
  });

  test('a relative base URL matches any origin in Node; an absolute one only its own', async () => {
    const relative = setup({ baseUrl: '/api/v1/' });
    for (const origin of ['http://localhost', 'https://portal.example.test:8443']) {
      assert.equal((await relative.call('GET', '/me', { token: DANIEL, origin })).status, 200, origin);
    }
    const absolute = createMockHandlers(createMockBackend(), { baseUrl: BASE });
    const elsewhere = await getResponse(absolute, new Request('https://other.test/api/v1/me'));
    assert.equal(elsewhere, undefined);
  });

  test('delayMs delays API answers but not mock controls', async () => {
    const { call } = setup({ delayMs: 60 });
    let started = performance.now();
    await call('GET', '/me', { token: DANIEL });
    assert.ok(performance.now() - started >= 50, 'API call waited');
    started = performance.now();
    await call('GET', '/__mock/clock');
    assert.ok(performance.now() - started < 50, 'mock control answered at once');
  });

  test('a response that breaks the document becomes a 500 naming the drift', async (t) => {
    const { backend, call } = setup();
    breakInvoice(backend);
    const logged: unknown[] = [];
    t.mock.method(console, 'error', (...args: unknown[]) => logged.push(args));
    const response = await call('GET', '/invoices/inv-whitaker-2026-11', { token: DANIEL });
    assert.equal(response.status, 500);
    assert.equal(error(response.body).code, 'internal_error');
    assert.match(error(response.body).message, /does not match the OpenAPI document.*lineItems\[0\]\.quantity/);
    assert.equal(logged.length, 1);
  });
});

/** Gives one invoice line a quantity the document forbids (minimum 1). */
function breakInvoice(backend: MockBackend): void {
  const line = backend.state.invoices.find((i) => i.id === 'inv-whitaker-2026-11')?.lineItems[0];
  assert.ok(line);
  line.quantity = 0;
}
