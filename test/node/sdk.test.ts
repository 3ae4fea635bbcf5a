// The SDK against scripted servers: msw handlers answered through `getResponse`, used as the
// client's `fetch`, so each test decides exactly what the server says on each attempt.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import { createAlisClientWithInternals, type AlisClientOptions } from '../../src/sdk/client.js';
import {
  AlisApiError,
  AlisNetworkError,
  createAlisClient,
  isAlisApiError,
  isQuoteRefusal,
  paymentQuoteOf,
  pullQuoteOf,
  type AlisClient,
  type CreatePaymentRequest,
  type QuotePaymentRequest,
  type Me,
} from '../../src/sdk/index.js';

const BASE = 'http://billing.test/api/v1';

interface Seen {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  body: string;
}

/** A scripted server: the handlers answer, and every request that reached it is recorded. */
function scriptedServer(...handlers: RequestHandler[]) {
  const seen: Seen[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    seen.push({
      method: request.method,
      path: url.pathname.slice(new URL(BASE).pathname.length),
      search: url.searchParams,
      headers: request.headers,
      body: await request.clone().text(),
    });
    const response = await getResponse(handlers, request);
    // 501 is never retried, so a missing handler shows up once, with its own message.
    return response ?? HttpResponse.json({ code: 'not_implemented', message: `no test handler for ${request.method} ${url.pathname}` }, { status: 501 });
  };
  return { fetch, seen };
}

/** A resolver answering the n-th call with the n-th answer (the last one repeats). */
function answers(...replies: Array<() => Response>) {
  let call = 0;
  return () => replies[Math.min(call++, replies.length - 1)]!();
}

/** A client with instant, recorded waits between retries. */
function clientOf(fetch: (request: Request) => Promise<Response>, options: Partial<AlisClientOptions> = {}) {
  const delays: number[] = [];
  const client = createAlisClientWithInternals(
    { baseUrl: BASE, fetch, getToken: () => 'payer-token', retry: { baseDelayMs: 100, maxDelayMs: 1_000 }, ...options },
    {
      random: () => 0.5,
      sleep: async (ms, signal) => {
        delays.push(ms);
        if (signal.aborted) throw signal.reason;
      },
    },
  );
  return { client, delays };
}

const failure = (status: number, code: string, extra: Record<string, unknown> = {}, headers?: HeadersInit) => () =>
  HttpResponse.json({ code, message: `refused: ${code}`, ...extra }, { status, headers });

const me: Me = {
  user: { id: 'u1', email: 'ann@example.com', displayName: 'Ann', role: 'payer', profileId: 'full', partyId: 'c1' },
  party: { id: 'c1', kind: 'contact', name: 'Ann', residentId: 'r1', relationship: 'Daughter' },
  resident: { id: 'r1', name: 'Rose Lee', unit: 'Apt 12' },
  residentAddress: { name: 'Rose Lee', line1: '1 Maple Grove Way', line2: 'Apt 12', city: 'Madison', state: 'WI', postalCode: '53703', country: 'US' },
  permissions: ['view_billing', 'pay_bills'],
  community: {
    communityName: 'Maple Grove',
    currency: 'USD',
    timeZone: 'America/Chicago',
    gatewayEnabled: true,
    portalEnabled: true,
    paymentsEnabled: true,
    cardFeeBasisPoints: 250,
    bankFeeBasisPoints: 0,
    allocationPolicy: 'oldest_first',
    billingOffice: { name: 'Business office', phone: '(608) 555-0100', email: null, hours: null },
    pullNoticeLeadDays: 10,
    cardFeeFundings: ['credit'],
    cardFeeFlatCents: 0,
    cardFeeCapCents: null,
    bankFeeFlatCents: 0,
    bankFeeCapCents: null,
    cardSurchargesProhibited: false,
    feeOnRefund: 'kept',
  },
};

const quoteInvoice: QuotePaymentRequest = { methodId: 'm1', target: { type: 'invoice', invoiceId: 'i1' }, amountCents: 12_500, currency: 'USD' };
const payInvoice: CreatePaymentRequest = { ...quoteInvoice, quoteId: 'qt_reviewed' };
// The server's answer is not inspected by these tests; any JSON object stands in for a Payment.
const paymentJson = () => HttpResponse.json({ id: 'p1', status: 'pending' }, { status: 201 });

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => assert.fail('expected the call to reject'),
    (error: unknown) => error,
  );

describe('SDK: requests', () => {
  it('returns the typed body of a GET and sends the bearer token', async () => {
    const server = scriptedServer(http.get(`${BASE}/me`, () => HttpResponse.json(me)));
    const { client } = clientOf(server.fetch);
    const result = await client.session.me();
    assert.deepEqual(result, me);
    assert.equal(result.community.currency, 'USD');
    assert.equal(server.seen[0]!.headers.get('Authorization'), 'Bearer payer-token');
  });

  it('sends no Authorization header when the token is empty, and asks for the token on every attempt', async () => {
    const tokens = [null, 'fresh-token'];
    const server = scriptedServer(http.get(`${BASE}/me`, answers(failure(503, 'internal_error'), () => HttpResponse.json(me))));
    const { client } = clientOf(server.fetch, { getToken: async () => tokens.shift() });
    await client.session.me();
    assert.equal(server.seen[0]!.headers.has('Authorization'), false);
    assert.equal(server.seen[1]!.headers.get('Authorization'), 'Bearer fresh-token');
  });

  it('drops an earlier attempt’s token when getToken has none for the retry', async () => {
    const tokens = ['old-token', null];
    const server = scriptedServer(http.get(`${BASE}/me`, answers(failure(503, 'internal_error'), () => HttpResponse.json(me))));
    const { client } = clientOf(server.fetch, { getToken: async () => tokens.shift() });
    await client.session.me();
    assert.equal(server.seen[0]!.headers.get('Authorization'), 'Bearer old-token');
    assert.equal(server.seen[1]!.headers.has('Authorization'), false, 'the first attempt’s token is not carried into the retry');
  });

  it('sends a JSON body with its Content-Type, and no Content-Type without a body', async () => {
    const server = scriptedServer(
      http.post(`${BASE}/payments/quote`, () => HttpResponse.json({ quoteId: 'qt_1' })),
      http.get(`${BASE}/outstanding`, () => HttpResponse.json({})),
    );
    const { client } = clientOf(server.fetch);
    await client.payments.quote(quoteInvoice);
    await client.outstanding.get();
    assert.equal(server.seen[0]!.method, 'POST');
    assert.equal(server.seen[0]!.headers.get('Content-Type'), 'application/json');
    assert.deepEqual(JSON.parse(server.seen[0]!.body), quoteInvoice);
    assert.equal(server.seen[1]!.headers.has('Content-Type'), false);
  });

  it('leaves out query parameters given as undefined or null, and keeps false, 0 and the empty string', async () => {
    const server = scriptedServer(http.get(`${BASE}/staff/payments`, () => HttpResponse.json({ items: [], nextCursor: null })));
    const { client } = clientOf(server.fetch);
    await client.staff.payments.list({ deposited: false, limit: 0, payerId: '', cursor: undefined, status: null as unknown as undefined });
    assert.deepEqual([...server.seen[0]!.search.entries()], [['deposited', 'false'], ['limit', '0'], ['payerId', '']]);
  });

  it('serializes query parameters and path parameters', async () => {
    const server = scriptedServer(
      http.get(`${BASE}/invoices`, () => HttpResponse.json({ items: [], nextCursor: null })),
      http.get(`${BASE}/staff/payments`, () => HttpResponse.json({ items: [], nextCursor: null })),
      http.get(`${BASE}/invoices/:id`, ({ params }) => HttpResponse.json({ id: params.id })),
    );
    const { client } = clientOf(server.fetch);
    await client.invoices.list({ status: 'open', limit: 10, cursor: 'c/2' });
    await client.staff.payments.list({ deposited: false });
    await client.invoices.get('inv 7');
    assert.deepEqual(Object.fromEntries(server.seen[0]!.search), { status: 'open', limit: '10', cursor: 'c/2' });
    assert.deepEqual(Object.fromEntries(server.seen[1]!.search), { deposited: 'false' });
    assert.equal(server.seen[2]!.path, '/invoices/inv%207');
  });

  it('resolves with undefined for 204 and unwraps list envelopes', async () => {
    const server = scriptedServer(
      http.delete(`${BASE}/payment-methods/:id`, () => new HttpResponse(null, { status: 204 })),
      http.get(`${BASE}/payment-methods`, () => HttpResponse.json({ items: [{ id: 'm1' }] })),
    );
    const { client } = clientOf(server.fetch);
    assert.equal(await client.paymentMethods.remove('m1'), undefined);
    assert.deepEqual(await client.paymentMethods.list(), [{ id: 'm1' }]);
  });

  it('uses globalThis.fetch as it is at call time when no fetch is given', async () => {
    const client = createAlisClient({ baseUrl: BASE });
    const original = globalThis.fetch;
    globalThis.fetch = async (input) => {
      assert.ok(input instanceof Request);
      return Response.json(me);
    };
    try {
      assert.deepEqual(await client.session.me(), me);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('covers every non-mock operation of the OpenAPI document, and sends Idempotency-Key exactly where it is required', async () => {
    type PathItem = Record<string, { parameters?: Array<{ $ref?: string }> } | undefined> & { parameters?: Array<{ $ref?: string }> };
    const document = parse(readFileSync(new URL('../../openapi/alis-billing.openapi.yaml', import.meta.url), 'utf8')) as {
      paths: Record<string, PathItem>;
    };
    const methods = ['get', 'put', 'post', 'patch', 'delete'] as const;
    const operations = new Map<string, { template: RegExp; params: number; money: boolean }>();
    for (const [path, item] of Object.entries(document.paths)) {
      if (path.startsWith('/__mock')) continue;
      for (const method of methods) {
        const operation = item[method];
        if (!operation) continue;
        const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
        operations.set(`${method.toUpperCase()} ${path}`, {
          template: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
          params: (path.match(/\{/g) ?? []).length,
          money: parameters.some((p) => p.$ref === '#/components/parameters/IdempotencyKey'),
        });
      }
    }

    const calls: Record<string, (c: AlisClient) => Promise<unknown>> = {
      'session.me': (c) => c.session.me(),
      'invoices.list': (c) => c.invoices.list(),
      'invoices.get': (c) => c.invoices.get('i1'),
      'outstanding.get': (c) => c.outstanding.get(),
      'community.get': (c) => c.community.get(),
      'notificationPreferences.get': (c) => c.notificationPreferences.get(),
      'notificationPreferences.update': (c) => c.notificationPreferences.update({ changes: [{ notice: 'payment_receipt', enabled: false }] }),
      'paymentMethods.list': (c) => c.paymentMethods.list(),
      'paymentMethods.create': (c) =>
        c.paymentMethods.create({
          type: 'bank_account',
          holderName: 'Ann',
          accountType: 'checking',
          routingNumber: '011000015',
          accountNumber: '123456789',
          billingAddress: { name: 'Ann', line1: '1 Elm St', city: 'Austin', state: 'TX', postalCode: '78701', country: 'US' },
        }),
      'paymentMethods.update': (c) => c.paymentMethods.update('m1', { isDefault: true }),
      'paymentMethods.remove': (c) => c.paymentMethods.remove('m1'),
      'paymentMethods.createSetupIntent': (c) => c.paymentMethods.createSetupIntent(),
      'payments.list': (c) => c.payments.list(),
      'payments.get': (c) => c.payments.get('p1'),
      'payments.quote': (c) => c.payments.quote(quoteInvoice),
      'payments.create': (c) => c.payments.create(payInvoice),
      'staff.payments.list': (c) => c.staff.payments.list(),
      'staff.payments.get': (c) => c.staff.payments.get('p1'),
      'staff.payments.quote': (c) =>
        c.staff.payments.quote({ payerId: 'c1', target: { type: 'outstanding' }, currency: 'USD', parts: [{ methodId: 'm1', amountCents: 100 }] }),
      'staff.payments.pull': (c) =>
        c.staff.payments.pull({ quoteId: 'qt_reviewed', payerId: 'c1', target: { type: 'outstanding' }, currency: 'USD', parts: [{ methodId: 'm1', amountCents: 100 }] }),
      'staff.payments.void': (c) => c.staff.payments.void('p1', { reason: 'duplicate' }),
      'staff.payments.refund': (c) => c.staff.payments.refund('p1', { amountCents: 100, currency: 'USD', reason: 'goodwill' }),
      'staff.payments.recordReturn': (c) => c.staff.payments.recordReturn('p1', { code: 'R01', reason: 'NSF' }),
      'staff.payments.represent': (c) => c.staff.payments.represent('p1'),
      'staff.deposits.list': (c) => c.staff.deposits.list(),
      'staff.deposits.create': (c) => c.staff.deposits.create({ paymentIds: ['p1'] }),
      'staff.deposits.report': (c) => c.staff.deposits.report('dep-1'),
      'staff.payers.list': (c) => c.staff.payers.list(),
      'staff.payers.get': (c) => c.staff.payers.get('c1'),
      'staff.payers.setArrangement': (c) => c.staff.payers.setArrangement('c1', { mode: 'self_pay' }),
      'staff.payers.duePulls': (c) => c.staff.payers.duePulls({ date: '2026-12-01' }),
      'staff.payers.requestPaymentMethod': (c) => c.staff.payers.requestPaymentMethod('c1'),
      'staff.payers.applyCredit': (c) => c.staff.payers.applyCredit('c1', { currency: 'USD' }),
      'staff.auditLog.list': (c) => c.staff.auditLog.list({ subjectType: 'invoice', subjectId: 'i1' }),
      'staff.residents.list': (c) => c.staff.residents.list(),
      'staff.invoices.list': (c) => c.staff.invoices.list(),
      'staff.invoices.update': (c) => c.staff.invoices.update('i1', { addresseeId: 'c1' }),
      'settings.get': (c) => c.settings.get(),
      'settings.update': (c) => c.settings.update({ cardFeeBasisPoints: 0 }),
      'access.profiles': (c) => c.access.profiles(),
      'access.createProfile': (c) => c.access.createProfile({ name: 'Sees statements', permissions: ['view_billing'] }),
      'access.updateProfile': (c) => c.access.updateProfile('prof1', { name: 'Sees bills' }),
      'access.deleteProfile': (c) => c.access.deleteProfile('prof1'),
      'access.users': (c) => c.access.users(),
      'access.updateUser': (c) => c.access.updateUser('u1', { revoked: true }),
      'access.invite': (c) => c.access.invite({ email: 'bob@example.com', partyId: 'c1', profileId: 'full', sensitiveInformationConfirmed: true }),
      'access.resendInvitation': (c) => c.access.resendInvitation('inv1'),
      'invitations.get': (c) => c.invitations.get('token-123456'),
      'invitations.accept': (c) => c.invitations.accept('token-123456', { displayName: 'Bob' }),
    };

    const server = scriptedServer(
      http.all('*', ({ request }) => (request.method === 'DELETE' ? new HttpResponse(null, { status: 204 }) : HttpResponse.json({ items: [] }))),
    );
    const { client } = clientOf(server.fetch);

    // Every method of the client is in the table, so a new method cannot skip this test
    // (`withSignal` makes no request: it scopes the client, tested below).
    const leaves = (value: object, prefix = ''): string[] =>
      Object.entries(value).filter(([key]) => key !== 'withSignal').flatMap(([key, member]) =>
        typeof member === 'function' ? [`${prefix}${key}`] : leaves(member as object, `${prefix}${key}.`),
      );
    assert.deepEqual(leaves(client).sort(), Object.keys(calls).sort());

    const reached = new Map<string, boolean>();
    for (const call of Object.values(calls)) {
      await call(client);
      const seen = server.seen.at(-1)!;
      // A literal segment (`/payments/quote`) beats a parameter (`/payments/{paymentId}`).
      const [match] = [...operations]
        .filter(([key, op]) => key.startsWith(`${seen.method} `) && op.template.test(seen.path))
        .sort(([, a], [, b]) => a.params - b.params);
      assert.ok(match, `${seen.method} ${seen.path} is not an operation of the document`);
      reached.set(match[0], seen.headers.has('Idempotency-Key'));
    }
    assert.equal(server.seen.length, Object.keys(calls).length);
    assert.deepEqual([...reached.keys()].sort(), [...operations.keys()].sort());
    for (const [key, sentKey] of reached) {
      assert.equal(sentKey, operations.get(key)!.money, `${key}: Idempotency-Key ${sentKey ? 'sent' : 'missing'}`);
    }
  });

  it('has a named type alias for every schema of the document except the mock backend’s', () => {
    const document = parse(readFileSync(new URL('../../openapi/alis-billing.openapi.yaml', import.meta.url), 'utf8')) as {
      components: { schemas: Record<string, unknown> };
    };
    const source = readFileSync(new URL('../../src/sdk/types.ts', import.meta.url), 'utf8');
    const missing = Object.keys(document.components.schemas).filter(
      (name) => !name.startsWith('Mock') && !source.includes(`Schemas['${name}']`),
    );
    assert.deepEqual(missing, []);
  });
});

describe('SDK: a client scoped to a lifetime', () => {
  it('aborts every call of a client made withSignal when that signal aborts, and leaves the original alone', async () => {
    const held: Request[] = [];
    const fetch = (request: Request) =>
      new Promise<Response>((resolve, reject) => {
        held.push(request);
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
        setTimeout(() => resolve(HttpResponse.json(me)), 50);
      });
    const { client } = clientOf(fetch);
    const lifetime = new AbortController();
    const scoped = client.withSignal(lifetime.signal);
    const removed = new Error('element removed');
    // Two reads that are not shared (see "reads asked at once" below for those that are).
    const pending = rejection(scoped.invoices.get('i1'));
    const unaffected = client.invoices.get('i1') as unknown as Promise<Me>;
    await new Promise((resolve) => setTimeout(resolve, 5));
    lifetime.abort(removed);
    assert.equal(await pending, removed, 'the scoped call rejects with the lifetime’s reason, not as a network error');
    assert.equal((await unaffected).user.id, 'u1', 'the original client’s call is not aborted');
    assert.equal(held.length, 2);
    assert.equal(held[0]!.signal.aborted, true, 'the request itself was aborted, not only the promise');
    assert.equal(await rejection(scoped.invoices.list()), removed, 'a call after the lifetime ended is refused at once');
    assert.equal(held.length, 2, 'and nothing was sent');
  });

  it('combines the call’s own signal with the client’s: either one aborts, retry waits included', async () => {
    const server = scriptedServer(http.get(`${BASE}/me`, answers(failure(503, 'unavailable'), () => HttpResponse.json(me))));
    const lifetime = new AbortController();
    const waits: number[] = [];
    const client = createAlisClientWithInternals(
      { baseUrl: BASE, fetch: server.fetch, getToken: () => 't', signal: lifetime.signal },
      {
        random: () => 0.5,
        sleep: async (ms, signal) => {
          waits.push(ms);
          lifetime.abort(new Error('signed out'));
          if (signal.aborted) throw signal.reason;
        },
      },
    );
    const error = await rejection(client.session.me());
    assert.equal((error as Error).message, 'signed out', 'the wait before the retry ended with the client’s signal');
    assert.equal(server.seen.length, 1, 'no retry was sent after the abort');
    const own = new AbortController();
    own.abort(new Error('own'));
    assert.equal(((await rejection(createAlisClient({ baseUrl: BASE, fetch: server.fetch }).session.me({ signal: own.signal }))) as Error).message, 'own');
  });
});

describe('SDK: a client scoped to a lifetime keeps nothing of finished calls', () => {
  it('leaves no listener on the client’s signal once its calls have ended', async () => {
    const lifetime = new AbortController();
    let listening = 0;
    const add = lifetime.signal.addEventListener.bind(lifetime.signal);
    const remove = lifetime.signal.removeEventListener.bind(lifetime.signal);
    lifetime.signal.addEventListener = (...args: Parameters<AbortSignal['addEventListener']>) => {
      listening++;
      add(...args);
    };
    lifetime.signal.removeEventListener = (...args: Parameters<AbortSignal['removeEventListener']>) => {
      listening--;
      remove(...args);
    };
    const server = scriptedServer(
      http.get(`${BASE}/invoices`, () => HttpResponse.json({ items: [], nextCursor: null })),
      http.get(`${BASE}/me`, () => HttpResponse.json(me)),
    );
    const { client } = clientOf(server.fetch, { signal: lifetime.signal });
    for (let call = 0; call < 3; call++) {
      await client.invoices.list();
      await client.invoices.list(undefined, { signal: new AbortController().signal });
      await client.session.me();
    }
    assert.equal(server.seen.length, 9);
    assert.equal(listening, 0, 'every call let go of the client’s signal when it ended');
  });
});

describe('SDK: errors', () => {
  it('turns a refusal into an AlisApiError with status, code, message, fields and details', async () => {
    const server = scriptedServer(
      http.post(
        `${BASE}/payments`,
        failure(409, 'balance_changed', { fields: { expectedAmountCents: 'The balance changed.', bogus: 7 }, details: { currentAmountCents: 9_000 } }),
      ),
    );
    const { client } = clientOf(server.fetch);
    const error = await rejection(client.payments.create(payInvoice));
    assert.ok(error instanceof AlisApiError);
    assert.equal(error.status, 409);
    assert.equal(error.code, 'balance_changed');
    assert.equal(error.message, 'refused: balance_changed');
    assert.deepEqual(error.fields, { expectedAmountCents: 'The balance changed.' });
    assert.deepEqual(error.details, { currentAmountCents: 9_000 });
    assert.ok(isAlisApiError(error, 'balance_changed'));
    assert.equal(isAlisApiError(error, 'not_found'), false);
    assert.equal(isAlisApiError(new Error('x')), false);
  });

  it('gives typed access to the new quote of a quote_changed or quote_expired refusal', async () => {
    const fresh = {
      quoteId: 'qt_new',
      expiresAt: '2026-11-25T15:15:00.000Z',
      amount: { amountCents: 12_500, currency: 'USD' },
      fee: { amountCents: 375, currency: 'USD' },
      feeBasisPoints: 300,
      totalCharged: { amountCents: 12_875, currency: 'USD' },
      allocations: [],
      unapplied: { amountCents: 0, currency: 'USD' },
      method: { id: 'm1', type: 'card', label: 'Visa •••• 4242' },
      authorizationText: 'By submitting…',
    };
    const pull = { quoteId: 'qt_pull', expiresAt: fresh.expiresAt, payerId: 'c1', parts: [], amount: fresh.amount, fee: fresh.fee, totalCharged: fresh.totalCharged };
    const server = scriptedServer(
      http.post(`${BASE}/payments`, failure(409, 'quote_changed', { details: { quote: fresh } })),
      http.post(`${BASE}/staff/payments`, failure(409, 'quote_expired', { details: { quote: pull } })),
    );
    const { client } = clientOf(server.fetch);
    const changed = await rejection(client.payments.create(payInvoice));
    assert.ok(isQuoteRefusal(changed));
    assert.deepEqual(paymentQuoteOf(changed), fresh);
    assert.equal(pullQuoteOf(changed), null, 'a payment quote is not a pull quote');
    const expired = await rejection(client.staff.payments.pull({ quoteId: 'qt_old', payerId: 'c1', target: { type: 'outstanding' }, currency: 'USD', parts: [{ methodId: 'm1', amountCents: 100 }] }));
    assert.ok(isQuoteRefusal(expired));
    assert.deepEqual(pullQuoteOf(expired), pull);
    assert.equal(paymentQuoteOf(expired), null);
    // Any other refusal carries no quote, even with a `quote` in its details.
    assert.equal(paymentQuoteOf(new AlisApiError({ status: 409, code: 'balance_changed', message: 'x', details: { quote: fresh } })), null);
    assert.equal(isQuoteRefusal(new Error('quote_changed')), false);
  });

  it('gives fields and details as empty objects when the refusal has none', async () => {
    const server = scriptedServer(http.get(`${BASE}/invoices/:id`, failure(404, 'not_found')));
    const error = await rejection(clientOf(server.fetch).client.invoices.get('i9'));
    assert.ok(error instanceof AlisApiError);
    assert.deepEqual(error.fields, {});
    assert.deepEqual(error.details, {});
  });

  it('maps bodies that are not the API’s error shape by status, without crashing', async () => {
    const server = scriptedServer(
      http.post(`${BASE}/payment-methods`, () => new HttpResponse('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } })),
      http.get(`${BASE}/invoices/:id`, () => new HttpResponse(null, { status: 404 })),
      http.patch(`${BASE}/staff/settings`, () => HttpResponse.json({ code: 'brand_new_code', message: 'Not today.' }, { status: 403 })),
    );
    const { client } = clientOf(server.fetch);
    const html = await rejection(
      client.paymentMethods.create({
        type: 'card',
        token: 'tok_1',
        card: { brand: 'visa', last4: '4242', expMonth: 1, expYear: 2030 },
        billingAddress: { name: 'A', line1: 'B', city: 'C', state: 'TX', postalCode: '1', country: 'US' },
      }),
    );
    assert.ok(html instanceof AlisApiError);
    assert.equal(html.status, 502);
    assert.equal(html.code, 'internal_error');
    assert.doesNotMatch(html.message, /html/i);
    const empty = await rejection(client.invoices.get('i1'));
    assert.ok(empty instanceof AlisApiError);
    assert.equal(empty.code, 'not_found');
    const unknown = await rejection(client.settings.update({ portalEnabled: false }));
    assert.ok(unknown instanceof AlisApiError);
    assert.equal(unknown.code, 'forbidden');
    assert.equal(unknown.message, 'Not today.');
  });

  it('treats a 2xx body that is not JSON as an unknown outcome', async () => {
    const server = scriptedServer(http.get(`${BASE}/me`, () => new HttpResponse('<html>captive portal</html>', { status: 200 })));
    const error = await rejection(clientOf(server.fetch).client.session.me());
    assert.ok(error instanceof AlisNetworkError);
    assert.ok(error.cause instanceof SyntaxError);
  });

  it('passes a getToken failure through unchanged and sends nothing', async () => {
    const server = scriptedServer(http.get(`${BASE}/me`, () => HttpResponse.json(me)));
    const signedOut = new Error('signed out');
    const { client } = clientOf(server.fetch, {
      getToken: () => {
        throw signedOut;
      },
    });
    assert.equal(await rejection(client.session.me()), signedOut);
    assert.equal(server.seen.length, 0);
  });
});

describe('SDK: retries', () => {
  it('retries a 503 and returns the second answer', async () => {
    const server = scriptedServer(http.get(`${BASE}/me`, answers(failure(503, 'internal_error'), () => HttpResponse.json(me))));
    const { client, delays } = clientOf(server.fetch);
    assert.deepEqual(await client.session.me(), me);
    assert.equal(server.seen.length, 2);
    assert.deepEqual(delays, [50]); // 100 ms · 2^0 · jitter 0.5
  });

  it('retries a 429 after its Retry-After, capped at maxDelayMs', async () => {
    const server = scriptedServer(
      http.get(
        `${BASE}/me`,
        answers(
          failure(429, 'rate_limited', {}, { 'Retry-After': '0' }),
          failure(429, 'rate_limited', {}, { 'Retry-After': '30' }),
          () => HttpResponse.json(me),
        ),
      ),
    );
    const { client, delays } = clientOf(server.fetch);
    assert.deepEqual(await client.session.me(), me);
    assert.equal(server.seen.length, 3);
    assert.deepEqual(delays, [0, 1_000]);
  });

  it('gives up after 2 retries of a 500 (3 attempts) with the last AlisApiError', async () => {
    const server = scriptedServer(http.get(`${BASE}/outstanding`, failure(500, 'internal_error')));
    const { client, delays } = clientOf(server.fetch, { retry: { maxRetries: 5, baseDelayMs: 100, maxDelayMs: 1_000 } });
    const error = await rejection(client.outstanding.get());
    assert.ok(error instanceof AlisApiError);
    assert.equal(error.status, 500);
    assert.equal(error.code, 'internal_error');
    assert.equal(server.seen.length, 3);
    assert.deepEqual(delays, [50, 100]);
  });

  for (const [status, code] of [
    [400, 'validation_failed'],
    [404, 'not_found'],
    [409, 'balance_changed'],
    [422, 'amount_exceeds_balance'],
    [501, 'not_implemented'],
  ] as const) {
    it(`does not retry a ${status}, even with an idempotency key`, async () => {
      const server = scriptedServer(http.post(`${BASE}/payments`, failure(status, code)));
      const error = await rejection(clientOf(server.fetch).client.payments.create(payInvoice));
      assert.ok(isAlisApiError(error, code));
      assert.equal(server.seen.length, 1);
    });
  }

  it('does not retry a write without an idempotency key', async () => {
    const server = scriptedServer(http.post(`${BASE}/payment-methods/setup-intents`, failure(503, 'internal_error')));
    const error = await rejection(clientOf(server.fetch).client.paymentMethods.createSetupIntent());
    assert.ok(isAlisApiError(error, 'internal_error'));
    assert.equal(server.seen.length, 1);
  });

  it('retries a payment after a network error with the same Idempotency-Key and body', async () => {
    const server = scriptedServer(http.post(`${BASE}/payments`, answers(() => HttpResponse.error(), paymentJson)));
    const payment = await clientOf(server.fetch).client.payments.create(payInvoice);
    assert.equal(payment.id, 'p1');
    const [first, second] = server.seen;
    assert.equal(server.seen.length, 2);
    assert.match(first!.headers.get('Idempotency-Key')!, /^[0-9a-f-]{36}$/);
    assert.equal(second!.headers.get('Idempotency-Key'), first!.headers.get('Idempotency-Key'));
    assert.deepEqual(JSON.parse(second!.body), payInvoice);
    assert.equal(second!.body, first!.body);
  });

  it('sends the caller’s idempotency key, and a fresh key per call otherwise', async () => {
    const server = scriptedServer(http.post(`${BASE}/payments`, paymentJson), http.post(`${BASE}/staff/deposits`, paymentJson));
    const { client } = clientOf(server.fetch);
    await client.payments.create(payInvoice, { idempotencyKey: 'review-step-key-1' });
    await client.staff.deposits.create({ paymentIds: ['p1'] });
    await client.staff.deposits.create({ paymentIds: ['p1'] });
    const keys = server.seen.map((s) => s.headers.get('Idempotency-Key'));
    assert.equal(keys[0], 'review-step-key-1');
    assert.notEqual(keys[1], keys[2]);
  });

  it('throws AlisNetworkError, keeping the cause, when network errors exhaust the retries', async () => {
    const cause = new TypeError('fetch failed');
    let attempts = 0;
    const { client } = clientOf(async () => {
      attempts++;
      throw cause;
    });
    const error = await rejection(client.invoices.list());
    assert.ok(error instanceof AlisNetworkError);
    assert.equal(error.cause, cause);
    assert.equal(attempts, 3);
  });

  it('throws AlisNetworkError at once for a write without an idempotency key', async () => {
    let attempts = 0;
    const { client } = clientOf(async () => {
      attempts++;
      throw new TypeError('fetch failed');
    });
    const invite = client.access.invite({ email: 'a@b.co', partyId: 'c1', profileId: 'p', sensitiveInformationConfirmed: true });
    assert.ok((await rejection(invite)) instanceof AlisNetworkError);
    assert.equal(attempts, 1);
  });

  it('rejects with the original AbortError when aborted during the backoff, and stops attempting', { timeout: 2_000 }, async () => {
    const controller = new AbortController();
    const server = scriptedServer(
      http.get(`${BASE}/me`, () => {
        setTimeout(() => controller.abort(), 5);
        return HttpResponse.json({ code: 'internal_error', message: 'busy' }, { status: 503 });
      }),
    );
    // The real, abortable sleep with a long wait: only the abort can end it in time.
    const client = createAlisClientWithInternals(
      { baseUrl: BASE, fetch: server.fetch, retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } },
      { random: () => 0.99 },
    );
    const started = Date.now();
    const error = await rejection(client.session.me({ signal: controller.signal }));
    assert.equal(error, controller.signal.reason);
    assert.ok(error instanceof DOMException && error.name === 'AbortError');
    assert.ok(Date.now() - started < 1_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(server.seen.length, 1);
  });

  it('rejects with the AbortError of an already aborted signal without sending anything', async () => {
    const server = scriptedServer(http.get(`${BASE}/me`, () => HttpResponse.json(me)));
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(clientOf(server.fetch).client.session.me({ signal: controller.signal }));
    assert.equal(error, controller.signal.reason);
    assert.equal(server.seen.length, 0);
  });

  it('does not retry or wrap an abort that happens during the request', async () => {
    const controller = new AbortController();
    let attempts = 0;
    const { client } = clientOf(async (request) => {
      attempts++;
      controller.abort();
      throw request.signal.reason;
    });
    const error = await rejection(client.payments.create(payInvoice, { signal: controller.signal }));
    assert.equal(error, controller.signal.reason);
    assert.equal(attempts, 1);
  });

  it('retries with the public factory and real timers when baseDelayMs is tiny', async () => {
    const server = scriptedServer(http.get(`${BASE}/me`, answers(failure(502, 'internal_error'), () => HttpResponse.json(me))));
    const client = createAlisClient({ baseUrl: BASE, fetch: server.fetch, retry: { baseDelayMs: 1 } });
    assert.deepEqual(await client.session.me(), me);
    assert.equal(server.seen.length, 2);
  });
});

describe('SDK: reads asked at once share one request', () => {
  /** A server that holds every request until `release()`, and records them. */
  function heldServer() {
    const held: Request[] = [];
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const fetch = (request: Request) =>
      new Promise<Response>((resolve, reject) => {
        held.push(request);
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
        void released.then(() => resolve(HttpResponse.json(me)));
      });
    return { fetch, held, release: () => release() };
  }

  it('sends one GET /me for widgets that ask together, and gives each its own copy', async () => {
    const server = heldServer();
    const { client } = clientOf(server.fetch);
    const first = client.withSignal(new AbortController().signal);
    const second = client.withSignal(new AbortController().signal);
    const answers = Promise.all([first.session.me(), second.session.me(), client.session.me()]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    server.release();
    const [a, b, c] = await answers;
    assert.equal(server.held.length, 1, 'one request for three callers');
    assert.deepEqual(a, me);
    assert.deepEqual(b, me);
    assert.notEqual(a, b, 'each caller has its own copy to keep');
    assert.notEqual(b, c);
  });

  it('asks again once the shared answer has come: nothing is cached', async () => {
    const server = heldServer();
    server.release();
    const { client } = clientOf(server.fetch);
    await client.session.me();
    await client.community.get();
    await client.session.me();
    assert.deepEqual(
      server.held.map((request) => new URL(request.url).pathname.replace('/api/v1', '')),
      ['/me', '/community', '/me'],
    );
  });

  it('a caller that leaves rejects with its own reason; the others still get the answer', async () => {
    const server = heldServer();
    const { client } = clientOf(server.fetch);
    const leaving = new AbortController();
    const removed = new Error('element removed');
    const left = rejection(client.withSignal(leaving.signal).session.me());
    const staying = client.withSignal(new AbortController().signal).session.me();
    await new Promise((resolve) => setTimeout(resolve, 5));
    leaving.abort(removed);
    assert.equal(await left, removed);
    assert.equal(server.held[0]!.signal.aborted, false, 'the request goes on for the caller still waiting');
    server.release();
    assert.equal((await staying).user.id, 'u1');
    assert.equal(server.held.length, 1);
  });

  it('aborts the request itself when every caller has left', async () => {
    const server = heldServer();
    const { client } = clientOf(server.fetch);
    const one = new AbortController();
    const two = new AbortController();
    const first = rejection(client.withSignal(one.signal).outstanding.get());
    const second = rejection(client.withSignal(two.signal).outstanding.get());
    await new Promise((resolve) => setTimeout(resolve, 5));
    one.abort(new Error('one left'));
    assert.equal(server.held[0]!.signal.aborted, false);
    two.abort(new Error('two left'));
    assert.equal(server.held[0]!.signal.aborted, true, 'nobody waits any more, so nothing is left downloading');
    assert.equal(((await first) as Error).message, 'one left');
    assert.equal(((await second) as Error).message, 'two left');
    // The next call starts a new request rather than joining the aborted one.
    const next = client.outstanding.get();
    server.release();
    await next;
    assert.equal(server.held.length, 2);
  });
});
