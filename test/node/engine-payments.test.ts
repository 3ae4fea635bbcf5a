// The payer's payments — quote, Pay Invoice, Pay Outstanding, the mock gateway, idempotency —
// driven through the MSW handlers the way a client would.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getResponse } from 'msw';
import { createMockBackend, type MockBackend } from '../../src/mock-server/engine/backend.js';
import { beginIdempotent } from '../../src/mock-server/engine/idempotency.js';
import { createMockHandlers } from '../../src/mock-server/handlers.js';
import { withQuote } from './support/http-backend.js';
import type { components } from '../../src/contract/types.js';

type Schemas = components['schemas'];
type Payment = Schemas['Payment'];
type Invoice = Schemas['Invoice'];
type ErrorBody = Schemas['Error'];

const DANIEL = 'mock-token-daniel-whitaker';
const DANIEL_USER = 'usr-daniel-whitaker';
const FRANK = 'mock-token-frank-castellano';
const ELEANOR = 'mock-token-eleanor-brooks';
const BRENDA = 'mock-token-brenda-lopez';
const SUSAN = 'mock-token-susan-whitaker-hale';
const CARD = 'pm-0001'; // Daniel's Visa •••• 4242, default
const BANK = 'pm-0002'; // Daniel's checking •••• 4257
const OCT = 'inv-whitaker-2026-10';
const NOV = 'inv-whitaker-2026-11';
const DEC = 'inv-whitaker-2026-12';
const ADDRESS = { name: 'Daniel Whitaker', line1: '18 Elm Street', city: 'Evanston', state: 'IL', postalCode: '60201', country: 'US' };
/** Passes the ABA checksum. */
const ROUTING = '011000015';

interface Call {
  status: number;
  body: unknown;
}

let keys = 0;

function setup() {
  const backend = createMockBackend();
  const handlers = createMockHandlers(backend, { baseUrl: 'http://localhost/api/v1' });
  const bodies: string[] = [];
  const call = async (method: string, path: string, init: { token?: string; body?: unknown; key?: string | null } = {}): Promise<Call> => {
    // Payments are quoted first, as the pay flow does, unless the test names a quote.
    if (init.body !== undefined && method === 'POST') {
      const quoteInit = { ...(init.token === undefined ? {} : { token: init.token }) };
      init = { ...init, body: await withQuote(method, path, init.body, (quotePath, quoteBody) => call('POST', quotePath, { ...quoteInit, body: quoteBody })) };
    }
    const headers: Record<string, string> = {};
    if (init.token !== undefined) headers['Authorization'] = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (method === 'POST' && init.key !== null && (path === '/payments' || path.endsWith('/refunds'))) headers['Idempotency-Key'] = init.key ?? `test-key-${++keys}`;
    const request = new Request(`http://localhost/api/v1${path}`, {
      method,
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const response = await getResponse(handlers, request);
    assert.ok(response, `${method} ${path} was not handled`);
    const text = await response.text();
    bodies.push(text);
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  /** Expects `status`, returns the body. */
  const expect = async <T>(status: number, method: string, path: string, init: { token?: string; body?: unknown; key?: string | null } = {}): Promise<T> => {
    const response = await call(method, path, { token: DANIEL, ...init });
    assert.equal(response.status, status, `${method} ${path}: ${JSON.stringify(response.body)}`);
    return response.body as T;
  };
  /** Expects a refusal with `code`, and that it changed nothing. */
  const refused = async (status: number, code: string, method: string, path: string, init: { token?: string; body?: unknown; key?: string | null } = {}): Promise<ErrorBody> => {
    const before = structuredClone(backend.state);
    const error = await expect<ErrorBody>(status, method, path, init);
    assert.equal(error.code, code, error.message);
    assert.deepEqual(backend.state, before, `${code} changed the store`);
    return error;
  };
  const invoice = (id: string, token = DANIEL) => expect<Invoice>(200, 'GET', `/invoices/${id}`, { token });
  const pay = (body: Record<string, unknown>, init: { token?: string; key?: string } = {}) =>
    expect<Payment>(201, 'POST', '/payments', { body: { currency: 'USD', ...body }, ...init });
  const advanceDays = (days: number) => expect(200, 'POST', '/__mock/clock', { body: { advanceDays: days } });
  const addBank = (accountNumber: string, token = DANIEL) =>
    expect<Schemas['PaymentMethod']>(201, 'POST', '/payment-methods', {
      token,
      body: { type: 'bank_account', holderName: 'Daniel Whitaker', accountType: 'checking', routingNumber: ROUTING, accountNumber, billingAddress: ADDRESS },
    });
  const addCard = (token: string, last4: string) =>
    expect<Schemas['PaymentMethod']>(201, 'POST', '/payment-methods', {
      body: { type: 'card', token, card: { brand: 'visa', last4, expMonth: 12, expYear: 2030 }, billingAddress: ADDRESS },
    });
  return { backend, call, expect, refused, invoice, pay, advanceDays, addBank, addCard, bodies };
}

function setSettings(backend: MockBackend, change: Partial<MockBackend['state']['settings']>): void {
  backend.mutate((draft) => Object.assign(draft.settings, change));
}

describe('Pay Invoice', () => {
  test('a partial then a full payment by card settle the invoice; the card fee is charged on top', async () => {
    const { pay, invoice, refused } = setup();
    const start = (await invoice(OCT)).balance.amountCents;
    const first = await pay({ methodId: CARD, target: { type: 'invoice', invoiceId: OCT }, amountCents: 100_000 });
    assert.equal(first.status, 'succeeded');
    assert.equal(first.fee.amountCents, 2_500);
    assert.equal(first.totalCharged.amountCents, 102_500);
    assert.deepEqual(first.allocations.map((a) => [a.invoiceId, a.amount.amountCents]), [[OCT, 100_000]]);
    assert.match(first.reference, /^PAY-20261125-\d{4}$/);
    assert.deepEqual(first.history.map((h) => [h.action, h.actor.role]), [['submitted', 'payer'], ['succeeded', 'system']]);
    assert.equal(first.createdBy.userId, DANIEL_USER);
    const partial = await invoice(OCT);
    assert.equal(partial.balance.amountCents, start - 100_000);
    assert.equal(partial.status, 'partially_paid');

    await pay({ methodId: CARD, target: { type: 'invoice', invoiceId: OCT }, amountCents: start - 100_000 });
    const paid = await invoice(OCT);
    assert.equal(paid.balance.amountCents, 0);
    assert.equal(paid.status, 'paid');

    const error = await refused(422, 'amount_exceeds_balance', 'POST', '/payments', {
      body: { methodId: CARD, target: { type: 'invoice', invoiceId: OCT }, amountCents: 1, currency: 'USD' },
    });
    assert.equal(error.fields?.['amountCents'], 'At most 0.');
    assert.equal(error.details?.['balanceCents'], 0);
  });

  test('more than the balance is refused with the current balance', async () => {
    const { refused, invoice } = setup();
    const balance = (await invoice(NOV)).balance.amountCents;
    const error = await refused(422, 'amount_exceeds_balance', 'POST', '/payments', {
      body: { methodId: CARD, target: { type: 'invoice', invoiceId: NOV }, amountCents: balance + 1, currency: 'USD' },
    });
    assert.equal(error.details?.['balanceCents'], balance);
    assert.ok(error.fields?.['amountCents']);
  });

  test('a quote shows fee (half-up), total and allocation, and changes nothing', async () => {
    const { expect, backend } = setup();
    const before = structuredClone(backend.state);
    const quote = await expect<Schemas['PaymentQuote']>(200, 'POST', '/payments/quote', {
      body: { methodId: CARD, target: { type: 'invoice', invoiceId: OCT }, amountCents: 12_345, currency: 'USD' },
    });
    // 2.5% of $123.45 is 308.625¢ → 309¢.
    assert.equal(quote.fee.amountCents, 309);
    assert.equal(quote.feeBasisPoints, 250);
    assert.equal(quote.totalCharged.amountCents, 12_654);
    assert.deepEqual(quote.allocations.map((a) => [a.invoiceId, a.amount.amountCents]), [[OCT, 12_345]]);
    assert.ok(quote.allocations[0]?.invoiceNumber.startsWith('INV-'));
    assert.equal(quote.method.label, 'Visa •••• 4242');
    assert.match(quote.authorizationText, /\$126\.54/);
    assert.deepEqual(backend.state, before);

    const bank = await expect<Schemas['PaymentQuote']>(200, 'POST', '/payments/quote', {
      body: { methodId: BANK, target: { type: 'invoice', invoiceId: OCT }, amountCents: 12_345, currency: 'USD' },
    });
    assert.equal(bank.fee.amountCents, 0);
    assert.match(bank.authorizationText, /ACH/);
  });

  test('bank fee in basis points, half-up', async () => {
    const { backend, pay } = setup();
    setSettings(backend, { bankFeeBasisPoints: 50 });
    // 0.5% of $1.01 is 0.505¢ → 1¢; of $1.00 is 0.5¢ → 1¢; of $0.99 is 0.495¢ → 0¢.
    const a = await pay({ methodId: BANK, target: { type: 'invoice', invoiceId: OCT }, amountCents: 101 });
    const b = await pay({ methodId: BANK, target: { type: 'invoice', invoiceId: OCT }, amountCents: 100 });
    const c = await pay({ methodId: BANK, target: { type: 'invoice', invoiceId: OCT }, amountCents: 99 });
    assert.deepEqual([a.fee.amountCents, b.fee.amountCents, c.fee.amountCents], [1, 1, 0]);
  });
});

describe('Pay Outstanding', () => {
  const outstandingOf = async (expect: ReturnType<typeof setup>['expect']) =>
    (await expect<Schemas['Outstanding']>(200, 'GET', '/outstanding')).total.amountCents;

  test('oldest first: settles every open invoice, each to zero', async () => {
    const { expect, pay, invoice } = setup();
    const balances = await Promise.all([OCT, NOV, DEC].map(async (id) => (await invoice(id)).balance.amountCents));
    const total = await outstandingOf(expect);
    assert.equal(total, balances.reduce((a, b) => a + b, 0));
    const payment = await pay({ methodId: CARD, target: { type: 'outstanding' }, amountCents: total, expectedAmountCents: total });
    assert.deepEqual(payment.allocations.map((a) => [a.invoiceId, a.amount.amountCents]), [[OCT, balances[0]], [NOV, balances[1]], [DEC, balances[2]]]);
    assert.equal(payment.unapplied.amountCents, 0);
    for (const id of [OCT, NOV, DEC]) {
      const after = await invoice(id);
      assert.equal(after.balance.amountCents, 0, id);
      assert.equal(after.status, 'paid');
    }
    assert.equal(await outstandingOf(expect), 0);
  });

  test('newest first allocates the most recent due date first', async () => {
    const { backend, expect, pay } = setup();
    setSettings(backend, { allocationPolicy: 'newest_first' });
    const total = await outstandingOf(expect);
    const payment = await pay({ methodId: CARD, target: { type: 'outstanding' }, amountCents: total, expectedAmountCents: total });
    assert.deepEqual(payment.allocations.map((a) => a.invoiceId), [DEC, NOV, OCT]);
  });

  test('unapplied credit allocates nothing and leaves the invoices open', async () => {
    const { backend, expect, pay, invoice } = setup();
    setSettings(backend, { allocationPolicy: 'unapplied_credit' });
    const before = (await invoice(OCT)).balance.amountCents;
    const total = await outstandingOf(expect);
    const payment = await pay({ methodId: CARD, target: { type: 'outstanding' }, amountCents: total, expectedAmountCents: total });
    assert.deepEqual(payment.allocations, []);
    assert.equal(payment.unapplied.amountCents, total);
    assert.equal((await invoice(OCT)).balance.amountCents, before);
  });

  test('credit held is taken off the outstanding total, so the balance cannot be paid twice', async () => {
    const { backend, expect, refused, pay } = setup();
    setSettings(backend, { allocationPolicy: 'unapplied_credit' });
    const total = await outstandingOf(expect);
    await pay({ methodId: CARD, target: { type: 'outstanding' }, amountCents: total, expectedAmountCents: total });
    const after = await expect<Schemas['Outstanding']>(200, 'GET', '/outstanding');
    assert.equal(after.total.amountCents, 0);
    assert.equal(after.unappliedCredit.amountCents, total);
    // The invoices stay open for the billing team to apply the credit, but nothing more is owed.
    assert.ok(after.invoices.length > 0);
    await refused(409, 'balance_changed', 'POST', '/payments', {
      body: { methodId: CARD, target: { type: 'outstanding' }, amountCents: total, expectedAmountCents: total, currency: 'USD' },
    });
  });

  test('credit left after a partial refund is netted, and Pay Outstanding under oldest first settles the oldest invoices', async () => {
    const { backend, expect, pay, invoice } = setup();
    setSettings(backend, { allocationPolicy: 'unapplied_credit' });
    const open = await outstandingOf(expect);
    const payment = await pay({ methodId: CARD, target: { type: 'outstanding' }, amountCents: open, expectedAmountCents: open });
    // Staff refund part of it: the refund comes out of the credit, so that much is owed again.
    const refund = 30_000;
    await expect(201, 'POST', `/staff/payments/${payment.id}/refunds`, { token: BRENDA, body: { amountCents: refund, currency: 'USD', reason: 'Returned to the family' } });
    setSettings(backend, { allocationPolicy: 'oldest_first' });
    const outstanding = await expect<Schemas['Outstanding']>(200, 'GET', '/outstanding');
    assert.equal(outstanding.unappliedCredit.amountCents, open - refund);
    assert.equal(outstanding.total.amountCents, refund);
    const octBalance = (await invoice(OCT)).balance.amountCents;
    const settled = await pay({ methodId: CARD, target: { type: 'outstanding' }, amountCents: refund, expectedAmountCents: refund });
    assert.equal(settled.allocations[0]?.invoiceId, OCT);
    assert.equal(settled.allocations[0]?.amount.amountCents, Math.min(refund, octBalance));
    assert.equal((await expect<Schemas['Outstanding']>(200, 'GET', '/outstanding')).total.amountCents, 0);
  });

  test('with credit on account, Pay Invoice and its quote take at most what is owed net of the credit', async () => {
    const { backend, expect, refused, pay, invoice } = setup();
    const usd = (cents: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
    setSettings(backend, { allocationPolicy: 'unapplied_credit' });
    const total = await outstandingOf(expect);
    const payment = await pay({ methodId: CARD, target: { type: 'outstanding' }, amountCents: total, expectedAmountCents: total });
    const octBalance = (await invoice(OCT)).balance.amountCents;
    assert.ok(octBalance > 0, 'the invoices stay open under unapplied credit');

    // Everything is covered by the credit: paying an invoice's own balance again is overpaying.
    const payOct = (amountCents: number) => ({ methodId: CARD, target: { type: 'invoice', invoiceId: OCT }, amountCents, currency: 'USD' });
    for (const path of ['/payments/quote', '/payments']) {
      const error = await refused(422, 'amount_exceeds_balance', 'POST', path, { body: payOct(octBalance) });
      assert.equal(error.message, `Your account holds a credit of ${usd(total)}, which covers everything you owe; the billing office will apply it to invoice ${(await invoice(OCT)).number}, so there is nothing to pay now.`);
      assert.deepEqual(error.details, { invoiceId: OCT, balanceCents: 0 });
      assert.deepEqual(error.fields, { amountCents: 'At most 0.' });
    }
    assert.equal((await invoice(OCT)).balance.amountCents, octBalance);

    // A partial refund of the credit makes that much owed again, and no more.
    const owed = 30_000;
    await expect(201, 'POST', `/staff/payments/${payment.id}/refunds`, { token: BRENDA, body: { amountCents: owed, currency: 'USD', reason: 'Returned to the family' } });
    assert.ok(owed < octBalance);
    for (const path of ['/payments/quote', '/payments']) {
      const error = await refused(422, 'amount_exceeds_balance', 'POST', path, { body: payOct(owed + 1) });
      assert.equal(error.message, `Your account holds a credit of ${usd(total - owed)}, which the billing office applies to your invoices, so at most ${usd(owed)} can be paid now.`);
      assert.deepEqual(error.details, { invoiceId: OCT, balanceCents: owed });
    }
    const quote = await expect<Schemas['PaymentQuote']>(200, 'POST', '/payments/quote', { body: payOct(owed) });
    assert.equal(quote.amount.amountCents, owed);
    await pay(payOct(owed));
    assert.equal(await outstandingOf(expect), 0);
    assert.equal((await invoice(OCT)).balance.amountCents, octBalance - owed);
    await refused(422, 'amount_exceeds_balance', 'POST', '/payments', { body: payOct(1) });
  });

  test('a changed balance is refused with the current total, and nothing is charged', async () => {
    const { expect, refused, pay } = setup();
    const total = await outstandingOf(expect);
    const stale = { methodId: CARD, target: { type: 'outstanding' }, amountCents: total, expectedAmountCents: total, currency: 'USD' };
    await pay({ methodId: CARD, target: { type: 'invoice', invoiceId: OCT }, amountCents: 1_000 });
    const error = await refused(409, 'balance_changed', 'POST', '/payments', { body: stale });
    assert.equal(error.details?.['currentAmountCents'], total - 1_000);
    // Amount and reviewed total must both be the current total.
    await refused(409, 'balance_changed', 'POST', '/payments', { body: { ...stale, amountCents: total - 1_000 } });
    await refused(400, 'validation_failed', 'POST', '/payments', {
      body: { methodId: CARD, target: { type: 'outstanding' }, amountCents: total - 1_000, currency: 'USD' },
    });
  });
});

describe('the mock gateway', () => {
  test('a declined card makes a failed payment (201) and changes no balance', async () => {
    const { addCard, pay, invoice } = setup();
    const declined = await addCard('tok_chargeDeclined', '4000');
    const nsf = await addCard('tok_visa_9995', '9995');
    const before = (await invoice(OCT)).balance.amountCents;
    const failed = await pay({ methodId: declined.id, target: { type: 'invoice', invoiceId: OCT }, amountCents: 5_000 });
    assert.equal(failed.status, 'failed');
    assert.equal(failed.failure?.code, 'card_declined');
    assert.deepEqual(failed.allocations, []);
    assert.deepEqual(failed.history.map((h) => h.action), ['submitted', 'failed']);
    const short = await pay({ methodId: nsf.id, target: { type: 'invoice', invoiceId: OCT }, amountCents: 5_000 });
    assert.equal(short.failure?.code, 'insufficient_funds');
    assert.equal((await invoice(OCT)).balance.amountCents, before);
  });

  test('a bank payment is pending until two business days pass, then succeeds', async () => {
    const { addBank, pay, expect, advanceDays } = setup();
    const method = await addBank('000123456789');
    const payment = await pay({ methodId: method.id, target: { type: 'invoice', invoiceId: OCT }, amountCents: 20_000 });
    assert.equal(payment.status, 'pending');
    assert.equal(payment.fee.amountCents, 0);
    // Wed 25 Nov → Thu: one business day, still pending.
    await advanceDays(1);
    assert.equal((await expect<Payment>(200, 'GET', `/payments/${payment.id}`)).status, 'pending');
    // Fri 27 Nov: settled.
    await advanceDays(1);
    const settled = await expect<Payment>(200, 'GET', `/payments/${payment.id}`);
    assert.equal(settled.status, 'succeeded');
    assert.deepEqual(settled.history.map((h) => [h.action, h.actor.role]), [['submitted', 'payer'], ['succeeded', 'system']]);
  });

  test('a pending payment counts: a second payment cannot overpay the invoice', async () => {
    const { addBank, pay, invoice, refused } = setup();
    const method = await addBank('000123456789');
    const balance = (await invoice(OCT)).balance.amountCents;
    await pay({ methodId: method.id, target: { type: 'invoice', invoiceId: OCT }, amountCents: balance });
    await refused(422, 'amount_exceeds_balance', 'POST', '/payments', {
      body: { methodId: CARD, target: { type: 'invoice', invoiceId: OCT }, amountCents: 1, currency: 'USD' },
    });
  });

  test('the R01 test account is returned when it settles, and the invoice reopens', async () => {
    const { addBank, pay, invoice, expect, advanceDays } = setup();
    const method = await addBank('987650001');
    const before = (await invoice(OCT)).balance.amountCents;
    const payment = await pay({ methodId: method.id, target: { type: 'invoice', invoiceId: OCT }, amountCents: before });
    assert.equal((await invoice(OCT)).balance.amountCents, 0);
    await advanceDays(2);
    const returned = await expect<Payment>(200, 'GET', `/payments/${payment.id}`);
    assert.equal(returned.status, 'returned');
    assert.equal(returned.return?.code, 'R01');
    assert.equal(returned.return?.representable, true);
    assert.deepEqual(returned.history.map((h) => h.action), ['submitted', 'succeeded', 'returned']);
    const reopened = await invoice(OCT);
    assert.equal(reopened.balance.amountCents, before);
    // R01 does not block the account.
    const methods = await expect<{ items: Schemas['PaymentMethod'][] }>(200, 'GET', '/payment-methods');
    assert.equal(methods.items.find((m) => m.id === method.id)?.status, 'active');
  });

  test('the R03 test account is returned and blocked; paying with it is method_unusable', async () => {
    const { addBank, pay, refused, advanceDays, expect } = setup();
    const method = await addBank('55550003');
    const payment = await pay({ methodId: method.id, target: { type: 'invoice', invoiceId: OCT }, amountCents: 1_000 });
    await advanceDays(3);
    assert.equal((await expect<Payment>(200, 'GET', `/payments/${payment.id}`)).return?.code, 'R03');
    const error = await refused(422, 'method_unusable', 'POST', '/payments', {
      body: { methodId: method.id, target: { type: 'invoice', invoiceId: OCT }, amountCents: 1_000, currency: 'USD' },
    });
    assert.match(error.fields?.['methodId'] ?? '', /R03/);
  });

  test('mock controls settle, fail and return payments', async () => {
    const { addBank, pay, expect, call } = setup();
    const method = await addBank('000123456789');
    const target = { type: 'invoice', invoiceId: OCT };
    const a = await pay({ methodId: method.id, target, amountCents: 1_000 });
    const settled = await expect<Payment>(200, 'POST', `/__mock/payments/${a.id}/settle`);
    assert.equal(settled.status, 'succeeded');
    assert.equal((await call('POST', `/__mock/payments/${a.id}/settle`)).status, 409);

    const b = await pay({ methodId: method.id, target, amountCents: 1_000 });
    const failed = await expect<Payment>(200, 'POST', `/__mock/payments/${b.id}/fail`);
    assert.equal(failed.status, 'failed');
    assert.equal((await call('POST', `/__mock/payments/${b.id}/fail`)).status, 409);

    const returned = await expect<Payment>(200, 'POST', `/__mock/payments/${a.id}/fail`, { body: { returnCode: 'R02' } });
    assert.equal(returned.status, 'returned');
    const methods = await expect<{ items: Schemas['PaymentMethod'][] }>(200, 'GET', '/payment-methods');
    const blocked = methods.items.find((m) => m.id === method.id);
    assert.equal(blocked?.status, 'blocked');
    assert.equal(blocked?.block?.returnCode, 'R02');
    assert.equal(blocked?.usable, false);

    const card = await pay({ methodId: CARD, target, amountCents: 1_000 });
    const notBank = await call('POST', `/__mock/payments/${card.id}/fail`, { body: { returnCode: 'R01' } });
    assert.equal((notBank.body as ErrorBody).code, 'invalid_state');
    assert.equal((await call('POST', '/__mock/payments/pay-9999/settle')).status, 404);
  });
});

describe('idempotency', () => {
  const body = { methodId: CARD, target: { type: 'invoice', invoiceId: OCT }, amountCents: 5_000, currency: 'USD' };

  test('the same key and body return the first response and charge once', async () => {
    const { expect, backend } = setup();
    const count = backend.state.payments.length;
    const first = await expect<Payment>(201, 'POST', '/payments', { body, key: 'key-double-click' });
    const after = structuredClone(backend.state);
    // Same members in another order are the same body.
    const reordered = { currency: 'USD', amountCents: 5_000, target: { invoiceId: OCT, type: 'invoice' }, methodId: CARD };
    const second = await expect<Payment>(201, 'POST', '/payments', { body: reordered, key: 'key-double-click' });
    assert.deepEqual(second, first);
    assert.equal(backend.state.payments.length, count + 1);
    assert.deepEqual(backend.state, after);
  });

  test('keys are per user: another payer may use the same key', async () => {
    const { expect } = setup();
    await expect<Payment>(201, 'POST', '/payments', { body, key: 'key-shared-by-chance' });
    const eleanor = await expect<Payment>(201, 'POST', '/payments', {
      token: ELEANOR,
      key: 'key-shared-by-chance',
      body: { methodId: 'pm-0006', target: { type: 'invoice', invoiceId: 'inv-brooks-2026-11' }, amountCents: 5_000, currency: 'USD' },
    });
    assert.equal(eleanor.payer.id, 'res-brooks');
  });

  test('the same key with a different body is idempotency_key_reused', async () => {
    const { expect, refused } = setup();
    await expect<Payment>(201, 'POST', '/payments', { body, key: 'key-reused-1' });
    await refused(422, 'idempotency_key_reused', 'POST', '/payments', { body: { ...body, amountCents: 5_001 }, key: 'key-reused-1' });
  });

  test('the same key while the first request is in flight is idempotency_in_progress', async () => {
    const { backend, refused } = setup();
    const quoted = { ...body, quoteId: 'qt_in_flight' };
    backend.mutate((draft, now) => beginIdempotent(draft, now, { userId: DANIEL_USER, operation: 'POST /payments', key: 'key-in-flight', body: quoted }));
    await refused(409, 'idempotency_in_progress', 'POST', '/payments', { body: quoted, key: 'key-in-flight' });
  });

  test('a refused first attempt is not stored: the key stays free', async () => {
    const { expect, refused } = setup();
    await refused(422, 'amount_exceeds_balance', 'POST', '/payments', { body: { ...body, amountCents: 99_999_999 }, key: 'key-after-refusal' });
    const payment = await expect<Payment>(201, 'POST', '/payments', { body, key: 'key-after-refusal' });
    assert.equal(payment.status, 'succeeded');
  });

  test('a declined payment is a result: it is replayed, not charged again', async () => {
    const { expect, addCard, backend } = setup();
    const declined = await addCard('tok_chargeDeclined', '4000');
    const failedBody = { ...body, methodId: declined.id };
    const first = await expect<Payment>(201, 'POST', '/payments', { body: failedBody, key: 'key-declined' });
    const count = backend.state.payments.length;
    assert.deepEqual(await expect<Payment>(201, 'POST', '/payments', { body: failedBody, key: 'key-declined' }), first);
    assert.equal(backend.state.payments.length, count);
  });

  test('a missing key is validation_failed', async () => {
    const { refused } = setup();
    await refused(400, 'validation_failed', 'POST', '/payments', { body, key: null });
  });
});

describe('refusals', () => {
  const body = { methodId: CARD, target: { type: 'invoice', invoiceId: OCT }, amountCents: 5_000, currency: 'USD' };

  test('gateway_disabled while ALIS Pay is off, portal_disabled while ALIS Connect is off', async () => {
    const { backend, refused } = setup();
    setSettings(backend, { gatewayEnabled: false });
    const off = await refused(403, 'gateway_disabled', 'POST', '/payments', { body });
    assert.match(off.message, /\(630\) 555-0142/, 'the message says how to reach the billing office');
    await refused(403, 'gateway_disabled', 'POST', '/payments/quote', { body });
    setSettings(backend, { gatewayEnabled: true, portalEnabled: false });
    const error = await refused(403, 'portal_disabled', 'POST', '/payments', { body });
    assert.match(error.message, /portal/);
  });

  test('forbidden without "pay bills", for staff, and access_revoked / unauthenticated', async () => {
    const { refused } = setup();
    const frank = { methodId: 'pm-0007', target: { type: 'invoice', invoiceId: 'inv-castellano-2026-12' }, amountCents: 1_000, currency: 'USD' };
    await refused(403, 'forbidden', 'POST', '/payments', { token: FRANK, body: frank });
    await refused(403, 'forbidden', 'POST', '/payments/quote', { token: FRANK, body: frank });
    await refused(403, 'forbidden', 'POST', '/payments', { token: BRENDA, body });
    await refused(403, 'forbidden', 'GET', '/payments', { token: BRENDA });
    await refused(403, 'access_revoked', 'POST', '/payments', { token: SUSAN, body });
    await refused(401, 'unauthenticated', 'GET', '/payments', { token: 'nope' });
  });

  test('method_unusable: another payer\u2019s, expired or removed method', async () => {
    const { refused, expect } = setup();
    const ruths = await refused(422, 'method_unusable', 'POST', '/payments', { body: { ...body, methodId: 'pm-0003' } });
    assert.ok(ruths.fields?.['methodId']);
    // Eleanor Brooks's Amex expired in September 2026.
    const expired = await refused(422, 'method_unusable', 'POST', '/payments', {
      token: ELEANOR,
      body: { ...body, methodId: 'pm-0005', target: { type: 'invoice', invoiceId: 'inv-brooks-2026-11' } },
    });
    assert.match(expired.message, /expired/);
    await expect(200, 'DELETE', `/payment-methods/${CARD}`);
    await refused(422, 'method_unusable', 'POST', '/payments', { body });
  });

  test('not_found: another payer\u2019s invoice or payment', async () => {
    const { refused, pay } = setup();
    await refused(404, 'not_found', 'POST', '/payments', { body: { ...body, target: { type: 'invoice', invoiceId: 'inv-jensen-2026-12' } } });
    await refused(404, 'not_found', 'POST', '/payments/quote', { body: { ...body, target: { type: 'invoice', invoiceId: 'inv-nope' } } });
    const mine = await pay(body);
    await refused(404, 'not_found', 'GET', `/payments/${mine.id}`, { token: ELEANOR });
    await refused(404, 'not_found', 'GET', '/payments/pay-9999');
  });

  test('validation_failed: wrong currency, zero amount', async () => {
    const { refused } = setup();
    const currency = await refused(400, 'validation_failed', 'POST', '/payments', { body: { ...body, currency: 'EUR' } });
    assert.ok(currency.fields?.['currency']);
    await refused(400, 'validation_failed', 'POST', '/payments', { body: { ...body, amountCents: 0 } });
    await refused(400, 'validation_failed', 'GET', '/payments?status=lost');
  });
});

describe('payment history', () => {
  test('GET /payments: the payer\u2019s own, newest first, by status, paged; staff pulls included', async () => {
    const { expect, pay, backend } = setup();
    const made = await pay({ methodId: CARD, target: { type: 'invoice', invoiceId: OCT }, amountCents: 1_000 });
    const page = await expect<Schemas['PaymentPage']>(200, 'GET', '/payments?limit=500');
    assert.equal(page.items[0]?.id, made.id);
    assert.ok(page.items.every((p) => p.payer.id === 'con-daniel-whitaker'));
    const sorted = [...page.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    assert.deepEqual(page.items.map((p) => p.id), sorted.map((p) => p.id));
    const own = backend.state.payments.filter((p) => p.payerPartyId === 'con-daniel-whitaker').length;
    assert.equal(page.items.length, own);

    const first = await expect<Schemas['PaymentPage']>(200, 'GET', '/payments?limit=1');
    assert.ok(first.nextCursor);
    const second = await expect<Schemas['PaymentPage']>(200, 'GET', `/payments?limit=1&cursor=${encodeURIComponent(first.nextCursor)}`);
    assert.equal(second.items[0]?.id, page.items[1]?.id);

    const succeeded = await expect<Schemas['PaymentPage']>(200, 'GET', '/payments?status=succeeded&limit=500');
    assert.ok(succeeded.items.length > 0 && succeeded.items.every((p) => p.status === 'succeeded'));

    const frank = await expect<Schemas['PaymentPage']>(200, 'GET', '/payments?limit=500', { token: FRANK });
    assert.ok(frank.items.some((p) => p.source === 'staff_pull'));
    assert.ok(frank.items.every((p) => p.payer.id === 'res-castellano'));
  });

  test('the full bank account number never appears in the store or any response', async () => {
    const { addBank, pay, expect, backend, bodies } = setup();
    const method = await addBank('000123456789');
    await pay({ methodId: method.id, target: { type: 'invoice', invoiceId: OCT }, amountCents: 1_000 });
    await expect(200, 'GET', '/payment-methods');
    await expect(200, 'GET', '/payments');
    assert.equal(method.bankAccount?.last4, '6789');
    assert.ok(!JSON.stringify(backend.state).includes('000123456789'));
    assert.ok(!JSON.stringify(backend.state).includes('123456789'));
    for (const text of bodies) assert.ok(!text.includes('123456789'), text.slice(0, 200));
  });
});
