// Amounts beyond what a double holds exactly, or beyond any bill, are refused everywhere money comes
// in — through HTTP (the contract's maximum) and by the engine itself for direct calls — and nothing
// above the limit is ever served.
import { describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { getResponse } from 'msw';
import { setArrangement } from '../../src/mock-server/engine/arrangements.js';
import type { MockBackend } from '../../src/mock-server/engine/backend.js';
import { EngineError } from '../../src/mock-server/engine/errors.js';
import { MAX_MONEY_CENTS, centsProblem } from '../../src/mock-server/engine/money.js';
import { quotePortalPayment, submitPortalPayment } from '../../src/mock-server/engine/payments.js';
import { refundPayment } from '../../src/mock-server/engine/reversals.js';
import type { BillingState, UserRecord } from '../../src/mock-server/engine/state.js';
import { pullPayment } from '../../src/mock-server/engine/staff-payments.js';
import { createMockHandlers } from '../../src/mock-server/handlers.js';
import type { components } from '../../src/contract/types.js';
import { httpBackend } from './support/http-backend.js';

type Schemas = components['schemas'];

const BASE = 'http://localhost/api/v1';
const BRENDA = 'mock-token-brenda-lopez';
const DANIEL = 'mock-token-daniel-whitaker';
const DANIEL_PARTY = 'con-daniel-whitaker';
const FRANK_PARTY = 'res-castellano';
const ARRANGEMENT = `/staff/payers/${DANIEL_PARTY}/arrangement`;
/** Daniel's authorized checking account (pm-0002) and his card (pm-0001). */
const CHECKING = 'pm-0002';
const CARD = 'pm-0001';

/**
 * The JSON texts that broke the arrangement: 2^53 + 1, which `JSON.parse` turns into 2^53 without a
 * word, and 1e300, which was stored and served as `1e+300`. Written as raw text, because
 * `JSON.stringify` of the number would already have rounded it.
 */
const HUGE_TEXTS = ['9007199254740993', '1e300', String(MAX_MONEY_CENTS + 1)];

/** A request with a raw JSON body, so the number is exactly the text a client sent. */
async function rawCall(backend: MockBackend, method: string, path: string, token: string, json: string, key?: string): Promise<{ status: number; body: Schemas['Error'] }> {
  const handlers = createMockHandlers(backend, { baseUrl: BASE });
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  if (key) headers['Idempotency-Key'] = key;
  const response = await getResponse(handlers, new Request(`${BASE}${path}`, { method, headers, body: json }));
  assert.ok(response, `${method} ${path} was not handled`);
  return { status: response.status, body: (await response.json()) as Schemas['Error'] };
}

/** Refused with 400 `validation_failed` naming `field`, leaving the store exactly as it was. */
async function refusedRaw(backend: MockBackend, method: string, path: string, token: string, json: string, field: string): Promise<void> {
  const before = structuredClone(backend.state);
  const reply = await rawCall(backend, method, path, token, json, `limits-${Math.random()}`);
  assert.equal(reply.status, 400, `${json}: ${JSON.stringify(reply.body)}`);
  assert.equal(reply.body.code, 'validation_failed');
  assert.ok(reply.body.fields?.[field], `${json}: names ${field} in ${JSON.stringify(reply.body.fields)}`);
  assert.deepEqual(backend.state, before, `${json} changed the store although it was refused`);
}

/** Every `…Cents` number anywhere in `value`. */
function centsValues(value: unknown, out: number[] = []): number[] {
  if (Array.isArray(value)) value.forEach((v) => centsValues(v, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (key.endsWith('Cents') && typeof v === 'number') out.push(v);
      else centsValues(v, out);
    }
  }
  return out;
}

/** A direct engine call on a draft, expected to be refused as `validation_failed` naming `field`. */
function engineRefuses(backend: MockBackend, field: string, call: (draft: BillingState, now: Date, staff: UserRecord, payer: UserRecord) => unknown): void {
  const before = structuredClone(backend.state);
  assert.throws(
    () =>
      backend.mutate((draft, now) => {
        const staff = draft.users.find((u) => u.token === BRENDA);
        const payer = draft.users.find((u) => u.token === DANIEL);
        assert.ok(staff && payer);
        return call(draft, now, staff, payer);
      }),
    (error: unknown) => error instanceof EngineError && error.code === 'validation_failed' && error.status === 400 && Boolean(error.fields?.[field]),
  );
  assert.deepEqual(backend.state, before);
}

describe('money limits: 1,000,000,000 cents (ten million dollars) at most', () => {
  test('an arrangement part of 2^53 + 1, 1e300 or the limit + 1 is refused with 400 and changes nothing', async () => {
    const { backend } = httpBackend();
    for (const huge of HUGE_TEXTS) {
      const json = `{"mode":"billing_team_pulls","dayOfMonth":10,"split":"fixed_amounts","parts":[{"methodId":"${CHECKING}","amountCents":${huge}}]}`;
      await refusedRaw(backend, 'PUT', ARRANGEMENT, BRENDA, json, 'parts[0].amountCents');
    }
  });

  test('the limit itself is a valid fixed pull, stored and served exactly', async () => {
    const { ok } = httpBackend();
    const payer = await ok<Schemas['Payer']>('PUT', ARRANGEMENT, BRENDA, {
      mode: 'billing_team_pulls',
      dayOfMonth: 10,
      split: 'fixed_amounts',
      parts: [{ methodId: CHECKING, amountCents: MAX_MONEY_CENTS }],
    });
    assert.deepEqual(payer.arrangement.parts.map((p) => p.amountCents), [MAX_MONEY_CENTS]);
    const read = await ok<Schemas['Payer']>('GET', `/staff/payers/${DANIEL_PARTY}`, BRENDA);
    assert.deepEqual(read.arrangement.parts.map((p) => p.amountCents), [MAX_MONEY_CENTS]);
  });

  test('a payment, its quote, a pull and a refund of 2^53 + 1 or 1e300 are refused with 400 and change nothing', async () => {
    const { backend } = httpBackend();
    const invoice = backend.state.invoices.find((i) => i.addresseeId === DANIEL_PARTY);
    const settled = backend.state.payments.find((p) => p.status === 'succeeded');
    assert.ok(invoice && settled);
    for (const huge of HUGE_TEXTS) {
      const payment = `{"methodId":"${CARD}","target":{"type":"invoice","invoiceId":"${invoice.id}"},"amountCents":${huge},"currency":"USD"}`;
      await refusedRaw(backend, 'POST', '/payments', DANIEL, payment, 'amountCents');
      await refusedRaw(backend, 'POST', '/payments/quote', DANIEL, payment, 'amountCents');
      const outstanding = `{"methodId":"${CARD}","target":{"type":"outstanding"},"amountCents":100,"expectedAmountCents":${huge},"currency":"USD"}`;
      await refusedRaw(backend, 'POST', '/payments', DANIEL, outstanding, 'expectedAmountCents');
      const pull = `{"payerId":"${DANIEL_PARTY}","target":{"type":"outstanding"},"currency":"USD","expectedAmountCents":100,"parts":[{"methodId":"${CHECKING}","amountCents":${huge}}]}`;
      await refusedRaw(backend, 'POST', '/staff/payments', BRENDA, pull, 'parts[0].amountCents');
      const refund = `{"amountCents":${huge},"currency":"USD","reason":"Limits"}`;
      await refusedRaw(backend, 'POST', `/staff/payments/${settled.id}/refunds`, BRENDA, refund, 'amountCents');
    }
  });

  test('direct engine calls refuse the same amounts as HTTP, naming the field', () => {
    const { backend } = httpBackend();
    const invoice = backend.state.invoices.find((i) => i.addresseeId === DANIEL_PARTY);
    const settled = backend.state.payments.find((p) => p.status === 'succeeded');
    assert.ok(invoice && settled);
    // 2 ** 53 + 1 is what a JavaScript caller gets for 9007199254740993: 2 ** 53, silently.
    for (const huge of [2 ** 53 + 1, 1e300, MAX_MONEY_CENTS + 1, Number.NaN, Infinity, 12.5, 0, -100]) {
      const target = { type: 'invoice' as const, invoiceId: invoice.id };
      engineRefuses(backend, 'parts[0].amountCents', (draft, now, staff) =>
        setArrangement(draft, now, staff, DANIEL_PARTY, { mode: 'billing_team_pulls', dayOfMonth: 10, split: 'fixed_amounts', parts: [{ methodId: CHECKING, amountCents: huge }] }),
      );
      engineRefuses(backend, 'amountCents', (draft, now, _staff, payer) => submitPortalPayment(draft, now, payer, { quoteId: 'qt_any', methodId: CARD, target, amountCents: huge, currency: 'USD' }));
      engineRefuses(backend, 'amountCents', (draft, now, _staff, payer) => quotePortalPayment(draft, now, payer, { methodId: CARD, target, amountCents: huge, currency: 'USD' }));
      engineRefuses(backend, 'expectedAmountCents', (draft, now, _staff, payer) =>
        submitPortalPayment(draft, now, payer, { quoteId: 'qt_any', methodId: CARD, target: { type: 'outstanding' }, amountCents: 100, expectedAmountCents: huge, currency: 'USD' }),
      );
      engineRefuses(backend, 'parts[1].amountCents', (draft, now, staff) =>
        pullPayment(draft, now, staff, { quoteId: 'qt_any', payerId: FRANK_PARTY, target, currency: 'USD', parts: [{ methodId: 'pm-0007', amountCents: 100 }, { methodId: 'pm-0008', amountCents: huge }] }),
      );
      engineRefuses(backend, 'amountCents', (draft, now, staff) => refundPayment(draft, now, staff, settled.id, { amountCents: huge, currency: 'USD', reason: 'Limits' }));
    }
  });

  test('centsProblem accepts whole cents up to the limit only', () => {
    assert.equal(centsProblem(1), null);
    assert.equal(centsProblem(MAX_MONEY_CENTS), null);
    assert.equal(centsProblem(-MAX_MONEY_CENTS, -MAX_MONEY_CENTS), null);
    for (const bad of [0, MAX_MONEY_CENTS + 1, 2 ** 53, 0.5, '100', null]) assert.match(centsProblem(bad) ?? '', /from 1 to 1,000,000,000/);
  });

  test('nothing above the limit is served: the seed is within it, and a record forced above it is never sent', async (t: TestContext) => {
    const { backend, ok, call } = httpBackend();
    const reads = ['/staff/payments?limit=500', '/staff/invoices?limit=500', '/staff/payers?limit=500', '/staff/deposits?limit=500', '/staff/pulls/due'];
    const served = (await Promise.all(reads.map((path) => ok<unknown>('GET', path, BRENDA)))).flatMap((body) => centsValues(body));
    assert.ok(served.length > 100);
    assert.ok(served.every((cents) => Math.abs(cents) <= MAX_MONEY_CENTS));
    // A store that somehow holds more (a bug, a hand-edited saved state) is answered as a server
    // error instead of being served, because every response is checked against the contract.
    t.mock.method(console, 'error', () => undefined);
    backend.mutate((draft) => {
      const line = draft.invoices.find((i) => i.addresseeId === DANIEL_PARTY)?.lineItems[0];
      assert.ok(line);
      line.unitAmountCents = 1e300;
    });
    const reply = await call('GET', '/invoices?limit=500', DANIEL);
    assert.equal(reply.status, 500);
    assert.doesNotMatch(JSON.stringify(reply.body), /1e\+300/);
  });
});
