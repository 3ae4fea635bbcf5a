// The Payment Center's money paths, driven through the MSW handlers the way a client would.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getResponse } from 'msw';
import { pullAmounts } from '../../src/mock-server/engine/arrangements.js';
import { createMockBackend } from '../../src/mock-server/engine/backend.js';
import { createMockHandlers } from '../../src/mock-server/handlers.js';
import { withQuote } from './support/http-backend.js';
import type { components } from '../../src/contract/types.js';

type Schemas = components['schemas'];
type Payment = Schemas['Payment'];
type Invoice = Schemas['Invoice'];

const BRENDA = 'mock-token-brenda-lopez';
const DANIEL = 'mock-token-daniel-whitaker';
const KEVIN = 'mock-token-kevin-nguyen';
const FRANK_PARTY = 'res-castellano';
const DANIEL_PARTY = 'con-daniel-whitaker';
const OCT = 'inv-whitaker-2026-10';
const NOV = 'inv-whitaker-2026-11';
const ADDRESS = { name: 'Daniel Whitaker', line1: '18 Elm Street', city: 'Evanston', state: 'IL', postalCode: '60201', country: 'US' };

/** Money as the engine's messages state it, e.g. "$1,234.56". */
const usd = (cents: number): string => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);

interface Call {
  status: number;
  body: unknown;
}

let keyCounter = 0;

/** A bare `call(method, path, token, body)` over a backend's handlers. */
function setupCall(backend: ReturnType<typeof createMockBackend>) {
  const handlers = createMockHandlers(backend, { baseUrl: 'http://localhost/api/v1' });
  const bare = async (method: string, path: string, token: string, body?: unknown): Promise<Call> => {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await getResponse(handlers, new Request(`http://localhost/api/v1${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }));
    assert.ok(response);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  // Pulls and payments are quoted first unless the test names a quote.
  return async (method: string, path: string, token: string, body?: unknown): Promise<Call> =>
    bare(method, path, token, await withQuote(method, path, body, (quotePath, quoteBody) => bare('POST', quotePath, token, quoteBody)));
}

function setup() {
  const backend = createMockBackend();
  const handlers = createMockHandlers(backend, { baseUrl: 'http://localhost/api/v1' });
  const call = async (method: string, path: string, init: { token?: string; body?: unknown; key?: string } = {}): Promise<Call> => {
    if (init.body !== undefined && method === 'POST') {
      const quoteInit = { ...(init.token === undefined ? {} : { token: init.token }) };
      init = { ...init, body: await withQuote(method, path, init.body, (quotePath, quoteBody) => call('POST', quotePath, { ...quoteInit, body: quoteBody })) };
    }
    const headers: Record<string, string> = {};
    if (init.token !== undefined) headers['Authorization'] = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (method === 'POST') headers['Idempotency-Key'] = init.key ?? `test-key-${++keyCounter}`;
    const request = new Request(`http://localhost/api/v1${path}`, {
      method,
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const response = await getResponse(handlers, request);
    assert.ok(response, `${method} ${path} was not handled`);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  /** As staff; asserts the status. */
  const staff = async <T>(method: string, path: string, status: number, body?: unknown): Promise<T> => {
    const response = await call(method, path, { token: BRENDA, ...(body === undefined ? {} : { body }) });
    assert.equal(response.status, status, `${method} ${path}: ${JSON.stringify(response.body)}`);
    return response.body as T;
  };
  /** As staff, expecting a refusal with `code`. */
  const refused = async (method: string, path: string, status: number, code: string, body?: unknown): Promise<Schemas['Error']> => {
    const error = await staff<Schemas['Error']>(method, path, status, body);
    assert.equal(error.code, code);
    return error;
  };
  const invoice = async (id: string): Promise<Invoice> => {
    const page = await staff<Schemas['InvoicePage']>('GET', '/staff/invoices?limit=500', 200);
    const found = page.items.find((i) => i.id === id);
    assert.ok(found, id);
    return found;
  };
  return { backend, call, staff, refused, invoice };
}

describe('staff payments and deposits', () => {
  test('Undeposited Payments lists only depositable payments not in a deposit, newest first', async () => {
    const { staff } = setup();
    const page = await staff<Schemas['PaymentPage']>('GET', '/staff/payments?deposited=false', 200);
    assert.deepEqual(page.items.map((p) => p.id), ['pay-0094', 'pay-0093', 'pay-0092']);
    const bank = await staff<Schemas['PaymentPage']>('GET', '/staff/payments?deposited=false&methodType=bank_account', 200);
    assert.deepEqual(bank.items.map((p) => p.id), ['pay-0092']);
    const frank = await staff<Schemas['PaymentPage']>('GET', `/staff/payments?payerId=${FRANK_PARTY}&source=staff_pull&limit=5`, 200);
    assert.equal(frank.items.length, 5);
    assert.ok(frank.nextCursor);
    const one = await staff<Payment>('GET', '/staff/payments/pay-0093', 200);
    assert.equal(one.reference.startsWith('PAY-'), true);
  });

  test('from/to filter by community date; to before from is validation_failed', async () => {
    const { staff, refused } = setup();
    const page = await staff<Schemas['PaymentPage']>('GET', '/staff/payments?from=2026-11-01&to=2026-11-30&limit=500', 200);
    assert.ok(page.items.length > 0);
    assert.ok(page.items.every((p) => p.createdAt >= '2026-11-01'));
    await refused('GET', '/staff/payments?from=2026-11-30&to=2026-11-01', 400, 'validation_failed');
  });

  test('a deposit takes the payments out of Undeposited Payments with the total they charged', async () => {
    const { staff, refused } = setup();
    const before = await staff<Schemas['PaymentPage']>('GET', '/staff/payments?deposited=false', 200);
    const chosen = before.items.filter((p) => p.id !== 'pay-0094');
    const deposit = await staff<Schemas['Deposit']>('POST', '/staff/deposits', 201, { paymentIds: chosen.map((p) => p.id) });
    const expected = chosen.reduce((sum, p) => sum + p.totalCharged.amountCents, 0);
    assert.equal(deposit.total.amountCents, expected);
    assert.equal(deposit.paymentCount, 2);
    const after = await staff<Schemas['PaymentPage']>('GET', '/staff/payments?deposited=false', 200);
    assert.deepEqual(after.items.map((p) => p.id), ['pay-0094']);
    const deposited = await staff<Payment>('GET', '/staff/payments/pay-0093', 200);
    assert.equal(deposited.depositId, deposit.id);
    assert.equal(deposited.history.at(-1)?.action, 'deposited');
    assert.equal(deposited.history.at(-1)?.actor.name, 'Brenda Lopez');
    const list = await staff<Schemas['DepositPage']>('GET', '/staff/deposits', 200);
    assert.equal(list.items[0]?.id, deposit.id);
    // A deposit's payments in one request, exactly those it holds.
    const ofDeposit = await staff<Schemas['PaymentPage']>('GET', `/staff/payments?depositId=${deposit.id}&limit=500`, 200);
    assert.deepEqual(ofDeposit.items.map((p) => p.id).sort(), [...deposit.paymentIds].sort());
    assert.deepEqual((await staff<Schemas['PaymentPage']>('GET', '/staff/payments?depositId=dep-unknown', 200)).items, []);
    // A payment belongs to at most one deposit.
    await refused('POST', '/staff/deposits', 409, 'already_deposited', { paymentIds: ['pay-0094', 'pay-0093'] });
    await refused('POST', '/staff/deposits', 404, 'not_found', { paymentIds: ['pay-9999'] });
  });

  test('a voided payment cannot be deposited (invalid_state)', async () => {
    const { staff, refused } = setup();
    await staff('POST', '/staff/payments/pay-0094/void', 200, { reason: 'Duplicate' });
    await refused('POST', '/staff/deposits', 409, 'invalid_state', { paymentIds: ['pay-0094'] });
  });
});

describe('voids and refunds', () => {
  test('void reopens the invoice; voiding again is invalid_state; a deposited payment cannot be voided', async () => {
    const { staff, refused, invoice } = setup();
    assert.equal((await invoice('inv-okafor-2026-11')).status, 'paid');
    const voided = await staff<Payment>('POST', '/staff/payments/pay-0093/void', 200, { reason: 'Entered twice' });
    assert.equal(voided.status, 'voided');
    assert.deepEqual(voided.history.at(-1), { ...voided.history.at(-1), action: 'voided', detail: 'Entered twice' });
    const reopened = await invoice('inv-okafor-2026-11');
    assert.equal(reopened.balance.amountCents, reopened.total.amountCents);
    await refused('POST', '/staff/payments/pay-0093/void', 409, 'invalid_state', { reason: 'again' });
    await refused('POST', '/staff/payments/pay-0091/void', 409, 'already_deposited', { reason: 'too late' });
    await refused('POST', '/staff/payments/pay-9999/void', 404, 'not_found', { reason: 'nothing' });
  });

  test('partial refund reopens the newest allocation first; beyond what is left is refund_exceeds_paid', async () => {
    const { staff, refused, invoice } = setup();
    // pay-0092 settled October in full and part of November.
    const partial = await staff<Payment>('POST', '/staff/payments/pay-0092/refunds', 201, { amountCents: 100_000, currency: 'USD', reason: 'Goodwill' });
    assert.equal(partial.status, 'partially_refunded');
    assert.equal(partial.refundedTotal.amountCents, 100_000);
    const november = await invoice('inv-nguyen-2026-11');
    const october = await invoice('inv-nguyen-2026-10');
    assert.equal(october.status, 'paid');
    assert.equal(november.paid.amountCents, 279_900 - 100_000);
    const left = 841_007 - 100_000;
    const error = await refused('POST', '/staff/payments/pay-0092/refunds', 422, 'refund_exceeds_paid', { amountCents: left + 1, currency: 'USD', reason: 'Too much' });
    assert.equal(error.details?.['refundableCents'], left);
    const full = await staff<Payment>('POST', '/staff/payments/pay-0092/refunds', 201, { amountCents: left, currency: 'USD', reason: 'Moved out' });
    assert.equal(full.status, 'refunded');
    assert.equal((await invoice('inv-nguyen-2026-10')).paid.amountCents, 0);
    await refused('POST', '/staff/payments/pay-0092/refunds', 409, 'invalid_state', { amountCents: 1, currency: 'USD', reason: 'More' });
    await refused('POST', '/staff/payments/pay-0093/refunds', 400, 'validation_failed', { amountCents: 1, currency: 'EUR', reason: 'Wrong currency' });
  });
});

describe('bank returns and re-presentments', () => {
  test('R01 reopens the invoice; represent twice, the third time not_representable', async () => {
    const { staff, refused, invoice } = setup();
    let current = 'pay-0091';
    for (let presentment = 1; presentment <= 3; presentment++) {
      const returned = await staff<Payment>('POST', `/staff/payments/${current}/returns`, 201, { code: 'R01', reason: 'NSF' });
      assert.equal(returned.status, 'returned');
      assert.equal(returned.return?.presentmentCount, presentment);
      assert.equal(returned.return?.representable, presentment < 3);
      const reopened = await invoice('inv-castellano-2026-11');
      assert.equal(reopened.balance.amountCents, reopened.total.amountCents);
      if (presentment === 3) break;
      const again = await staff<Payment>('POST', `/staff/payments/${current}/representments`, 201);
      assert.equal(again.status, 'pending');
      assert.equal(again.representmentOf, current);
      assert.deepEqual(again.allocations.map((a) => a.amount.amountCents), [742_439]);
      assert.equal((await invoice('inv-castellano-2026-11')).status, 'paid');
      await refused('POST', `/staff/payments/${current}/representments`, 422, 'not_representable');
      current = again.id;
    }
    await refused('POST', `/staff/payments/${current}/representments`, 422, 'not_representable');
    const original = await staff<Payment>('GET', '/staff/payments/pay-0091', 200);
    assert.deepEqual(original.history.map((h) => h.action).slice(-2), ['returned', 'represented']);
  });

  test('a re-presentment that no longer fits the invoice is amount_exceeds_balance', async () => {
    const { backend, staff, refused, invoice } = setup();
    await staff('POST', '/staff/payments/pay-0092/returns', 201, { code: 'R09', reason: 'Uncollected' });
    // Meanwhile the payer settled October another way (a payment record put straight into the store).
    backend.mutate((draft) => {
      // Copied from the store, not the draft: a draft is a proxy, which structuredClone refuses.
      const other = structuredClone(backend.state.payments.find((p) => p.id === 'pay-0093'));
      assert.ok(other);
      draft.payments.push({ ...other, id: 'pay-test', payerPartyId: 'con-kevin-nguyen', allocations: [{ invoiceId: 'inv-nguyen-2026-10', amountCents: 100 }] });
    });
    const october = await invoice('inv-nguyen-2026-10');
    const before = structuredClone(backend.state);
    const error = await refused('POST', '/staff/payments/pay-0092/representments', 422, 'amount_exceeds_balance');
    assert.equal(error.details?.['invoiceId'], 'inv-nguyen-2026-10');
    assert.equal(error.details?.['balanceCents'], october.balance.amountCents);
    // The balance in words, as every other message states money (e.g. "$3,318.57"), never raw cents.
    assert.equal(error.message, `Invoice ${october.number} now has a balance of ${usd(october.balance.amountCents)}, less than this payment applied to it.`);
    assert.deepEqual(backend.state, before);
  });

  test('a re-presentment the payer no longer owes, because credit was taken on account since, is amount_exceeds_balance', async () => {
    const { backend, staff, refused, call } = setup();
    await staff('PATCH', '/staff/settings', 200, { allocationPolicy: 'unapplied_credit' });
    const owedBy = async () => (await staff<Schemas['Payer']>('GET', `/staff/payers/${DANIEL_PARTY}`, 200)).outstanding.amountCents;
    const payOutstanding = async (methodId: string): Promise<Payment> => {
      const total = await owedBy();
      const paid = await call('POST', '/payments', { token: DANIEL, body: { methodId, target: { type: 'outstanding' }, amountCents: total, expectedAmountCents: total, currency: 'USD' } });
      assert.equal(paid.status, 201, JSON.stringify(paid.body));
      return paid.body as Payment;
    };
    // Daniel's debit for everything he owes is returned R01; he then pays it all by card.
    const debit = await payOutstanding('pm-0002');
    await staff('POST', `/staff/payments/${debit.id}/returns`, 201, { code: 'R01', reason: 'NSF' });
    await payOutstanding('pm-0001');
    assert.equal(await owedBy(), 0);
    const before = structuredClone(backend.state);
    const error = await refused('POST', `/staff/payments/${debit.id}/representments`, 422, 'amount_exceeds_balance');
    const amount = debit.amount.amountCents;
    assert.equal(error.message, `The payer\u2019s account already holds a credit of ${usd(amount)}, so at most $0.00 is owed now, less than the ${usd(amount)} of this debit.`);
    assert.deepEqual(error.details, { balanceCents: 0 });
    assert.deepEqual(backend.state, before);
  });

  test('R03 blocks the method; card payments and non-returnable states are invalid_state; R03 is not representable', async () => {
    const { staff, refused, call } = setup();
    const returned = await staff<Payment>('POST', '/staff/payments/pay-0092/returns', 201, { code: 'R03', reason: 'No account' });
    assert.equal(returned.return?.representable, false);
    const payer = await staff<Schemas['Payer']>('GET', '/staff/payers/con-kevin-nguyen', 200);
    const method = payer.methods.find((m) => m.id === 'pm-0009');
    assert.equal(method?.status, 'blocked');
    assert.equal(method?.usable, false);
    assert.equal(method?.block?.returnCode, 'R03');
    await refused('POST', '/staff/payments/pay-0092/representments', 422, 'not_representable');
    await refused('POST', '/staff/payments/pay-0092/returns', 409, 'invalid_state', { code: 'R01', reason: 'again' });
    await refused('POST', '/staff/payments/pay-0093/returns', 409, 'invalid_state', { code: 'R01', reason: 'card' });
    // The payer sees the block too, and cannot pay with it (once the payer paths are served).
    const methods = await call('GET', '/payment-methods', { token: KEVIN });
    if (methods.status === 200) {
      const mine = (methods.body as { items: Schemas['PaymentMethod'][] }).items.find((m) => m.id === 'pm-0009');
      assert.equal(mine?.status, 'blocked');
    }
    const pay = await call('POST', '/payments', {
      token: KEVIN,
      body: { methodId: 'pm-0009', target: { type: 'invoice', invoiceId: 'inv-nguyen-2026-11' }, amountCents: 100, currency: 'USD' },
    });
    if (pay.status !== 501) {
      assert.equal(pay.status, 422);
      assert.equal((pay.body as Schemas['Error']).code, 'method_unusable');
    }
  });
});

describe('payers, arrangements and due pulls', () => {
  test('payers list and one payer with balance, methods and arrangement', async () => {
    const { staff, refused } = setup();
    const all = await staff<Schemas['PayerPage']>('GET', '/staff/payers?limit=500', 200);
    assert.ok(all.items.some((p) => p.party.id === FRANK_PARTY));
    const search = await staff<Schemas['PayerPage']>('GET', '/staff/payers?search=castellano', 200);
    assert.deepEqual(search.items.map((p) => p.party.id), ['res-castellano', 'con-angela-castellano']);
    const frank = await staff<Schemas['Payer']>('GET', `/staff/payers/${FRANK_PARTY}`, 200);
    assert.equal(frank.arrangement.mode, 'billing_team_pulls');
    assert.equal(frank.arrangement.dayOfMonth, 5);
    assert.ok(frank.outstanding.amountCents > 0);
    assert.equal(frank.openInvoiceCount, 1);
    await refused('GET', '/staff/payers/nobody', 404, 'not_found');
  });

  test('arrangement validation: split rules (400), methods (422 method_unusable), self pay', async () => {
    const { staff, refused } = setup();
    const path = '/staff/payers/con-daniel-whitaker/arrangement';
    const pulls = (split: string, parts: unknown[]) => ({ mode: 'billing_team_pulls', dayOfMonth: 10, split, parts });
    let error = await refused('PUT', path, 400, 'validation_failed', pulls('single', [{ methodId: 'pm-0002', amountCents: 100 }]));
    assert.ok(error.fields?.['parts[0].amountCents']);
    error = await refused('PUT', path, 400, 'validation_failed', pulls('percentages', [{ methodId: 'pm-0002', basisPoints: 6000 }, { methodId: 'pm-0001', basisPoints: 3000 }]));
    assert.ok(error.fields?.['parts']);
    error = await refused('PUT', path, 400, 'validation_failed', pulls('fixed_amounts', [{ methodId: 'pm-0002' }]));
    assert.ok(error.fields?.['parts[0].amountCents']);
    // pm-0001 (Daniel's card) has no recurring authorization; pm-0007 is Frank's.
    error = await refused('PUT', path, 422, 'method_unusable', pulls('fixed_amounts', [{ methodId: 'pm-0002', amountCents: 500 }, { methodId: 'pm-0001', amountCents: 500 }]));
    assert.ok(error.fields?.['parts[1].methodId']);
    error = await refused('PUT', path, 422, 'method_unusable', pulls('single', [{ methodId: 'pm-0007' }]));
    assert.ok(error.fields?.['parts[0].methodId']);
    const payer = await staff<Schemas['Payer']>('PUT', path, 200, pulls('single', [{ methodId: 'pm-0002' }]));
    assert.equal(payer.arrangement.mode, 'billing_team_pulls');
    assert.equal(payer.arrangement.nextPullDate, '2026-12-10');
    assert.equal(payer.methods.find((m) => m.id === 'pm-0002')?.usedByArrangement, true);
    const self = await staff<Schemas['Payer']>('PUT', path, 200, { mode: 'self_pay' });
    assert.equal(self.arrangement.mode, 'self_pay');
  });

  test('due pulls: Frank on the 5th for his outstanding balance; nobody on the 6th; splits', async () => {
    const { staff } = setup();
    const due = await staff<Schemas['DuePulls']>('GET', '/staff/pulls/due?date=2026-12-05', 200);
    const frank = await staff<Schemas['Payer']>('GET', `/staff/payers/${FRANK_PARTY}`, 200);
    assert.equal(due.items.length, 1);
    assert.equal(due.items[0]?.payer.id, FRANK_PARTY);
    assert.equal(due.items[0]?.outstanding.amountCents, frank.outstanding.amountCents);
    assert.deepEqual(due.items[0]?.parts.map((p) => [p.method.id, p.amount.amountCents]), [['pm-0007', frank.outstanding.amountCents]]);
    assert.equal((await staff<Schemas['DuePulls']>('GET', '/staff/pulls/due?date=2026-12-06', 200)).items.length, 0);
    // Today (the 25th) defaults.
    assert.equal((await staff<Schemas['DuePulls']>('GET', '/staff/pulls/due', 200)).date, '2026-11-25');
    // Daniel: a fixed monthly pull from his authorized checking account.
    await staff('PUT', '/staff/payers/con-daniel-whitaker/arrangement', 200, {
      mode: 'billing_team_pulls',
      dayOfMonth: 5,
      split: 'fixed_amounts',
      parts: [{ methodId: 'pm-0002', amountCents: 1_000_000_000 }],
    });
    const both = await staff<Schemas['DuePulls']>('GET', '/staff/pulls/due?date=2027-01-05', 200);
    const daniel = both.items.find((i) => i.payer.id === 'con-daniel-whitaker');
    assert.ok(daniel);
    // A fixed amount above the balance is capped at the balance.
    assert.equal(daniel.parts[0]?.amount.amountCents, daniel.outstanding.amountCents);
  });
});

describe('pulls', () => {
  const outstandingOf = async (staff: ReturnType<typeof setup>['staff'], payerId: string): Promise<number> =>
    (await staff<Schemas['Payer']>('GET', `/staff/payers/${payerId}`, 200)).outstanding.amountCents;

  test('pulling a due pull pays Frank’s outstanding balance from his checking account, once per key', async () => {
    const { staff, call, backend } = setup();
    const due = await staff<Schemas['DuePulls']>('GET', '/staff/pulls/due?date=2026-12-05', 200);
    const pull = due.items[0];
    assert.ok(pull);
    const reviewed = {
      payerId: FRANK_PARTY,
      target: { type: 'outstanding' },
      currency: 'USD',
      expectedAmountCents: pull.outstanding.amountCents,
      parts: pull.parts.map((p) => ({ methodId: p.method.id, amountCents: p.amount.amountCents })),
    };
    // The retry sends the very same body, quote id included.
    const quote = (await call('POST', '/staff/payments/quote', { token: BRENDA, body: reviewed })).body as Schemas['PullQuote'];
    const body = { ...reviewed, quoteId: quote.quoteId };
    const first = await call('POST', '/staff/payments', { token: BRENDA, body, key: 'pull-frank-1' });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    const items = (first.body as { items: Payment[] }).items;
    assert.equal(items.length, 1);
    assert.equal(items[0]?.source, 'staff_pull');
    assert.equal(items[0]?.status, 'pending');
    assert.equal(items[0]?.createdBy.name, 'Brenda Lopez');
    assert.equal(await outstandingOf(staff, FRANK_PARTY), 0);
    const count = backend.state.payments.length;
    // A retry (double click, timeout) replays the first answer and charges nothing more.
    const again = await call('POST', '/staff/payments', { token: BRENDA, body, key: 'pull-frank-1' });
    assert.deepEqual(again, first);
    assert.equal(backend.state.payments.length, count);
    const reused = await call('POST', '/staff/payments', { token: BRENDA, body: { ...body, parts: [{ methodId: 'pm-0007', amountCents: 1 }] }, key: 'pull-frank-1' });
    assert.equal(reused.status, 422);
    assert.equal((reused.body as Schemas['Error']).code, 'idempotency_key_reused');
    // Paid: no longer due, and it waits in Undeposited Payments.
    assert.equal((await staff<Schemas['DuePulls']>('GET', '/staff/pulls/due?date=2026-12-05', 200)).items.length, 0);
    const undeposited = await staff<Schemas['PaymentPage']>('GET', '/staff/payments?deposited=false', 200);
    assert.equal(undeposited.items[0]?.id, items[0]?.id);
  });

  test('pull refusals: method_unusable, balance_changed, amount_exceeds_balance, not_found; nothing half-made', async () => {
    const { staff, refused, backend } = setup();
    const owed = await outstandingOf(staff, 'con-daniel-whitaker');
    const base = { payerId: 'con-daniel-whitaker', target: { type: 'outstanding' }, currency: 'USD', expectedAmountCents: owed };
    const before = structuredClone(backend.state);
    // pm-0001 (card) is not authorized for recurring payments; pm-0007 is someone else's.
    let error = await refused('POST', '/staff/payments', 422, 'method_unusable', { ...base, parts: [{ methodId: 'pm-0002', amountCents: 100 }, { methodId: 'pm-0001', amountCents: 100 }] });
    assert.ok(error.fields?.['parts[1].methodId']);
    error = await refused('POST', '/staff/payments', 422, 'method_unusable', { ...base, parts: [{ methodId: 'pm-0007', amountCents: 100 }] });
    assert.ok(error.fields?.['parts[0].methodId']);
    error = await refused('POST', '/staff/payments', 409, 'balance_changed', { ...base, expectedAmountCents: owed + 1, parts: [{ methodId: 'pm-0002', amountCents: owed }] });
    assert.equal(error.details?.['currentAmountCents'], owed);
    await refused('POST', '/staff/payments', 422, 'amount_exceeds_balance', { ...base, parts: [{ methodId: 'pm-0002', amountCents: owed + 1 }] });
    await refused('POST', '/staff/payments', 404, 'not_found', { ...base, payerId: 'nobody', parts: [{ methodId: 'pm-0002', amountCents: 1 }] });
    assert.deepEqual(backend.state, before);
  });

  test('a split pull makes one payment per part, taking the open invoices in allocation order', async () => {
    const { staff, backend } = setup();
    // Daniel authorizes his card for recurring payments too.
    const daniel = await setupCall(backend)('PATCH', '/payment-methods/pm-0001', DANIEL, { recurringAuthorization: true });
    assert.equal(daniel.status, 200, JSON.stringify(daniel.body));
    const owed = await outstandingOf(staff, 'con-daniel-whitaker');
    const card = Math.floor(owed / 3);
    const result = await staff<{ items: Payment[] }>('POST', '/staff/payments', 201, {
      payerId: 'con-daniel-whitaker',
      target: { type: 'outstanding' },
      currency: 'USD',
      expectedAmountCents: owed,
      parts: [{ methodId: 'pm-0002', amountCents: owed - card }, { methodId: 'pm-0001', amountCents: card }],
    });
    assert.deepEqual(result.items.map((p) => [p.method.id, p.amount.amountCents, p.status]), [
      ['pm-0002', owed - card, 'pending'],
      ['pm-0001', card, 'succeeded'],
    ]);
    for (const p of result.items) {
      assert.equal(p.allocations.reduce((sum, a) => sum + a.amount.amountCents, 0), p.amount.amountCents);
    }
    assert.equal(await outstandingOf(staff, 'con-daniel-whitaker'), 0);
  });

  test('with credit on account, a pull of one invoice takes at most what is owed net of the credit; a refusal changes nothing', async () => {
    const { backend, staff, refused, invoice } = setup();
    await staff('PATCH', '/staff/settings', 200, { allocationPolicy: 'unapplied_credit' });
    const owed = (await staff<Schemas['Payer']>('GET', `/staff/payers/${DANIEL_PARTY}`, 200)).outstanding.amountCents;
    // The whole balance pulled as credit on account (pm-0002 is Daniel's authorized checking account).
    await staff('POST', '/staff/payments', 201, {
      payerId: DANIEL_PARTY, target: { type: 'outstanding' }, currency: 'USD', expectedAmountCents: owed,
      parts: [{ methodId: 'pm-0002', amountCents: owed }],
    });
    const october = await invoice(OCT);
    assert.ok(october.balance.amountCents > 0, 'the invoices stay open under unapplied credit');
    const before = structuredClone(backend.state);
    const error = await refused('POST', '/staff/payments', 422, 'amount_exceeds_balance', {
      payerId: DANIEL_PARTY, target: { type: 'invoice', invoiceId: OCT }, currency: 'USD',
      parts: [{ methodId: 'pm-0002', amountCents: october.balance.amountCents }],
    });
    assert.equal(error.message, `The payer\u2019s account holds a credit of ${usd(owed)}, which covers everything they owe; the billing office will apply it to invoice ${(await invoice(OCT)).number}, so there is nothing to pay now.`);
    assert.deepEqual(error.details, { invoiceId: OCT, balanceCents: 0 });
    assert.deepEqual(backend.state, before);
    assert.equal((await staff<Schemas['Payer']>('GET', `/staff/payers/${DANIEL_PARTY}`, 200)).outstanding.amountCents, 0);
  });

  test('in a split pull, a declined part allocates nothing, and the next part allocates as if it had not been there', async () => {
    const { backend, staff, call, invoice } = setup();
    // Daniel adds a card the mock gateway declines and authorizes it for recurring payments.
    const added = await call('POST', '/payment-methods', {
      token: DANIEL,
      body: { type: 'card', token: 'tok_chargeDeclined', card: { brand: 'visa', last4: '0002', expMonth: 12, expYear: 2030 }, billingAddress: ADDRESS },
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    const declining = (added.body as Schemas['PaymentMethod']).id;
    const authorized = await setupCall(backend)('PATCH', `/payment-methods/${declining}`, DANIEL, { recurringAuthorization: true });
    assert.equal(authorized.status, 200, JSON.stringify(authorized.body));

    const owed = (await staff<Schemas['Payer']>('GET', `/staff/payers/${DANIEL_PARTY}`, 200)).outstanding.amountCents;
    const oct = (await invoice(OCT)).balance.amountCents;
    const nov = (await invoice(NOV)).balance.amountCents;
    assert.ok(2 * oct + 500 <= owed && 500 < nov);
    // Oldest first: the card was meant for October, the checking account for October's balance again plus $5.
    const result = await staff<{ items: Payment[] }>('POST', '/staff/payments', 201, {
      payerId: DANIEL_PARTY, target: { type: 'outstanding' }, currency: 'USD', expectedAmountCents: owed,
      parts: [{ methodId: declining, amountCents: oct }, { methodId: 'pm-0002', amountCents: oct + 500 }],
    });
    const [card, bank] = result.items;
    assert.equal(card?.status, 'failed');
    assert.deepEqual(card?.allocations, []);
    assert.equal(bank?.status, 'pending');
    assert.deepEqual(bank?.allocations.map((a) => [a.invoiceId, a.amount.amountCents]), [[OCT, oct], [NOV, 500]]);
    assert.equal((await invoice(OCT)).balance.amountCents, 0);
    assert.equal((await invoice(NOV)).balance.amountCents, nov - 500);
    assert.equal((await staff<Schemas['Payer']>('GET', `/staff/payers/${DANIEL_PARTY}`, 200)).outstanding.amountCents, owed - oct - 500);
  });
});

describe('payments switched off', () => {
  test('pulls and re-presentments are gateway_disabled while the gateway is off; nothing changes', async () => {
    const { backend, staff, refused } = setup();
    await staff('POST', '/staff/payments/pay-0091/returns', 201, { code: 'R01', reason: 'NSF' });
    backend.mutate((draft) => {
      draft.settings.gatewayEnabled = false;
    });
    const before = structuredClone(backend.state);
    await refused('POST', '/staff/payments/pay-0091/representments', 403, 'gateway_disabled');
    const owed = (await staff<Schemas['Payer']>('GET', `/staff/payers/${FRANK_PARTY}`, 200)).outstanding.amountCents;
    await refused('POST', '/staff/payments', 403, 'gateway_disabled', {
      payerId: FRANK_PARTY, target: { type: 'outstanding' }, currency: 'USD', expectedAmountCents: owed, parts: [{ methodId: 'pm-0007', amountCents: owed }],
    });
    assert.deepEqual(backend.state, before);
  });
});

describe('idempotency of money-moving staff paths', () => {
  test('a retried deposit or refund replays; the same key on another body is refused', async () => {
    const { call, backend } = setup();
    const deposit = { paymentIds: ['pay-0093'] };
    const first = await call('POST', '/staff/deposits', { token: BRENDA, body: deposit, key: 'deposit-key-1' });
    assert.equal(first.status, 201);
    assert.deepEqual(await call('POST', '/staff/deposits', { token: BRENDA, body: deposit, key: 'deposit-key-1' }), first);
    assert.equal(backend.state.deposits.filter((d) => d.paymentIds.includes('pay-0093')).length, 1);
    const other = await call('POST', '/staff/deposits', { token: BRENDA, body: { paymentIds: ['pay-0094'] }, key: 'deposit-key-1' });
    assert.equal((other.body as Schemas['Error']).code, 'idempotency_key_reused');
    const refund = { amountCents: 500, currency: 'USD', reason: 'Goodwill' };
    const r1 = await call('POST', '/staff/payments/pay-0093/refunds', { token: BRENDA, body: refund, key: 'refund-key-1' });
    const r2 = await call('POST', '/staff/payments/pay-0093/refunds', { token: BRENDA, body: refund, key: 'refund-key-1' });
    assert.deepEqual(r2, r1);
    assert.equal((r2.body as Payment).refunds.length, 1);
  });
});

describe('pullAmounts', () => {
  const part = (methodId: string, amountCents: number | null, basisPoints: number | null) => ({ methodId, amountCents, basisPoints });
  test('percentages round down with the remainder on the first part; fixed amounts are capped; zero parts dropped', () => {
    assert.deepEqual(pullAmounts('percentages', [part('a', null, 3333), part('b', null, 3333), part('c', null, 3334)], 100), [
      { methodId: 'a', amountCents: 34 },
      { methodId: 'b', amountCents: 33 },
      { methodId: 'c', amountCents: 33 },
    ]);
    assert.deepEqual(pullAmounts('fixed_amounts', [part('a', 70, null), part('b', 50, null), part('c', 10, null)], 100), [
      { methodId: 'a', amountCents: 70 },
      { methodId: 'b', amountCents: 30 },
    ]);
    assert.deepEqual(pullAmounts('single', [part('a', null, null)], 12_345), [{ methodId: 'a', amountCents: 12_345 }]);
  });
});

describe('staff invoices', () => {
  test('search and filters; an addressee change moves who may pay the invoice, not who sees it', async () => {
    const { staff, refused, call } = setup();
    const search = await staff<Schemas['InvoicePage']>('GET', '/staff/invoices?search=whitaker&status=open&limit=500', 200);
    assert.ok(search.items.length > 0);
    assert.ok(search.items.every((i) => i.residentName.includes('Whitaker') && i.balance.amountCents > 0));
    const daniel = await call('GET', '/invoices?status=open&limit=500', { token: DANIEL });
    const target = (daniel.body as Schemas['InvoicePage']).items[0];
    assert.ok(target);
    const contacts = await staff<Schemas['InvoicePage']>('GET', `/staff/invoices?addresseeId=con-daniel-whitaker&limit=500`, 200);
    assert.ok(contacts.items.some((i) => i.id === target.id));
    // Another resident's contact is refused.
    const error = await refused('PATCH', `/staff/invoices/${target.id}`, 422, 'invalid_addressee', { addresseeId: 'con-kevin-nguyen' });
    assert.ok(error.fields?.['addresseeId']);
    await refused('PATCH', '/staff/invoices/inv-nope', 404, 'not_found', { addresseeId: 'con-kevin-nguyen' });
    const changed = await staff<Invoice>('PATCH', `/staff/invoices/${target.id}`, 200, { addresseeId: target.residentId });
    assert.equal(changed.addressee.id, target.residentId);
    // Daniel may still see it (his profile views the resident's billing), now addressed to his mother…
    const seen = await call('GET', `/invoices/${target.id}`, { token: DANIEL });
    assert.equal(seen.status, 200);
    assert.equal((seen.body as Invoice).addressee.name, 'Margaret Whitaker');
    // …but no longer pay it: the engine says to whom it is addressed.
    const card = (await call('GET', '/payment-methods', { token: DANIEL })).body as { items: Schemas['PaymentMethod'][] };
    const pay = { methodId: card.items.find((m) => m.usable)?.id, target: { type: 'invoice', invoiceId: target.id }, amountCents: 100, currency: 'USD' };
    const refusal = await call('POST', '/payments/quote', { token: DANIEL, body: pay });
    assert.equal(refusal.status, 403);
    assert.equal((refusal.body as Schemas['Error']).code, 'not_addressee');
    assert.match((refusal.body as Schemas['Error']).message, /addressed to Margaret Whitaker/);
    const back = await staff<Invoice>('PATCH', `/staff/invoices/${target.id}`, 200, { addresseeId: 'con-daniel-whitaker' });
    assert.equal(back.addressee.id, 'con-daniel-whitaker');
    assert.equal((await call('POST', '/payments/quote', { token: DANIEL, body: pay })).status, 200);
  });
});

describe('refusals', () => {
  test('a refused request changes nothing', async () => {
    const { backend, refused } = setup();
    const before = structuredClone(backend.state);
    await refused('POST', '/staff/deposits', 409, 'already_deposited', { paymentIds: ['pay-0094', 'pay-0091'] });
    await refused('POST', '/staff/payments/pay-0092/refunds', 422, 'refund_exceeds_paid', { amountCents: 99_999_999, currency: 'USD', reason: 'x' });
    await refused('PUT', '/staff/payers/con-daniel-whitaker/arrangement', 422, 'method_unusable', {
      mode: 'billing_team_pulls', dayOfMonth: 1, split: 'fixed_amounts',
      parts: [{ methodId: 'pm-0002', amountCents: 5 }, { methodId: 'pm-0001', amountCents: 5 }],
    });
    await refused('PATCH', '/staff/invoices/inv-nguyen-2026-11', 422, 'invalid_addressee', { addresseeId: 'res-castellano' });
    assert.deepEqual(backend.state, before);
  });

  test('payers get 403 forbidden on every staff money path', async () => {
    const { call } = setup();
    const paths: [string, string, unknown?][] = [
      ['GET', '/staff/payments'],
      ['GET', '/staff/payments/pay-0093'],
      ['POST', '/staff/payments', { payerId: 'res-castellano', target: { type: 'outstanding' }, currency: 'USD', expectedAmountCents: 1, parts: [{ methodId: 'pm-0007', amountCents: 1 }] }],
      ['POST', '/staff/payments/pay-0093/void', { reason: 'x' }],
      ['POST', '/staff/payments/pay-0093/refunds', { amountCents: 1, currency: 'USD', reason: 'x' }],
      ['POST', '/staff/payments/pay-0092/returns', { code: 'R01', reason: 'x' }],
      ['POST', '/staff/payments/pay-0092/representments'],
      ['GET', '/staff/deposits'],
      ['POST', '/staff/deposits', { paymentIds: ['pay-0093'] }],
      ['GET', '/staff/payers'],
      ['GET', '/staff/payers/res-castellano'],
      ['PUT', '/staff/payers/res-castellano/arrangement', { mode: 'self_pay' }],
      ['GET', '/staff/pulls/due'],
      ['GET', '/staff/invoices'],
      ['PATCH', '/staff/invoices/inv-nguyen-2026-11', { addresseeId: 'con-kevin-nguyen' }],
    ];
    for (const [method, path, body] of paths) {
      const response = await call(method, path, { token: DANIEL, ...(body === undefined ? {} : { body }) });
      assert.equal(response.status, 403, `${method} ${path}`);
      assert.equal((response.body as Schemas['Error']).code, 'forbidden', `${method} ${path}`);
    }
  });
});
