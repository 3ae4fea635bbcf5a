// Where the parts of "money that reconciles" meet: a refund before a deposit, a re-presentment
// after the payer withdrew the authorization, credit applied to a debit that comes back, a fee
// that would lift a payment over the limit, and a due list run twice the same day. Each found by
// reading the parts together, after each was tested alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { httpBackend } from './support/http-backend.js';
import { applyCredit } from '../../src/mock-server/engine/credit.js';
import { EngineError } from '../../src/mock-server/engine/errors.js';
import type { components } from '../../src/contract/types.js';

type Schemas = components['schemas'];
type Payment = Schemas['Payment'];

const BRENDA = 'mock-token-brenda-lopez';
const DANIEL = 'mock-token-daniel-whitaker';
const DANIEL_PARTY = 'con-daniel-whitaker';
const DANIEL_CARD = 'pm-0001';
const DANIEL_CHECKING = 'pm-0002';
const FRANK = 'mock-token-frank-castellano';
const FRANK_PARTY = 'res-castellano';
const FRANK_CHECKING = 'pm-0007';

/** A seeded backend where Frank (view-only in the seed) may manage his methods. */
function withFrankManaging() {
  const http = httpBackend();
  http.backend.mutate((draft) => {
    const frank = draft.users.find((u) => u.id === 'usr-frank-castellano');
    if (frank) frank.profileId = 'prof-financial-responsible-party';
  });
  return http;
}

describe('where the money parts meet', () => {
  test('a payment refunded before it is deposited: the deposit nets what the bank keeps, and a full refund nets zero', async () => {
    const { ok } = httpBackend();
    await ok('PATCH', '/staff/settings', BRENDA, { feeOnRefund: 'refunded' });
    const invoice = (await ok<Schemas['Outstanding']>('GET', '/outstanding', DANIEL)).invoices[0]!;
    const payment = await ok<Payment>('POST', '/payments', DANIEL, { methodId: DANIEL_CARD, target: { type: 'invoice', invoiceId: invoice.invoiceId }, amountCents: 10_000, currency: 'USD' });
    assert.equal(payment.fee.amountCents, 250);
    const refunded = await ok<Payment>('POST', `/staff/payments/${payment.id}/refunds`, BRENDA, { amountCents: 4_000, currency: 'USD', reason: 'Overcharge' });
    const [refund] = refunded.refunds;
    const firstBack = refund!.amount.amountCents + refund!.fee.amountCents;
    assert.equal(firstBack, 4_100, 'the refund gave back its fee share too');
    const deposit = await ok<Schemas['Deposit']>('POST', '/staff/deposits', BRENDA, { paymentIds: [payment.id] });
    assert.equal(deposit.total.amountCents, 10_250);
    assert.equal(deposit.net.amountCents, 10_250 - firstBack, 'the bank kept the charge less the refund');
    await ok('POST', `/staff/payments/${payment.id}/refunds`, BRENDA, { amountCents: 6_000, currency: 'USD', reason: 'Moved out' });
    const after = (await ok<{ items: Schemas['Deposit'][] }>('GET', '/staff/deposits', BRENDA)).items.find((d) => d.id === deposit.id)!;
    assert.equal(after.net.amountCents, 0, 'a payment refunded in full, fee included, leaves nothing in the bank');
  });

  test('a returned pull cannot be presented again once the payer withdrew the authorization', async () => {
    const http = withFrankManaging();
    const outstanding = (await http.ok<Schemas['Payer']>('GET', `/staff/payers/${FRANK_PARTY}`, BRENDA)).outstanding.amountCents;
    const pulled = await http.ok<{ items: Payment[] }>('POST', '/staff/payments', BRENDA, {
      payerId: FRANK_PARTY,
      target: { type: 'outstanding' },
      currency: 'USD',
      expectedAmountCents: outstanding,
      parts: [{ methodId: FRANK_CHECKING, amountCents: 10_000 }],
    });
    const [payment] = pulled.items;
    assert.ok(payment);
    await http.ok('POST', `/staff/payments/${payment.id}/returns`, BRENDA, { code: 'R01', reason: 'Bank statement' });
    await http.ok('PATCH', `/payment-methods/${FRANK_CHECKING}`, FRANK, { recurringAuthorization: false });
    const error = await http.refused(422, 'method_unusable', 'POST', `/staff/payments/${payment.id}/representments`, BRENDA);
    assert.match(error.message, /withdrew the authorization/);
  });

  test('a debit whose credit was applied comes back and is presented again: the credit goes back where it was', async () => {
    const { ok, backend } = httpBackend();
    await ok('PATCH', '/staff/settings', BRENDA, { allocationPolicy: 'unapplied_credit' });
    const owed = (await ok<Schemas['Outstanding']>('GET', '/outstanding', DANIEL)).total.amountCents;
    const payment = await ok<Payment>('POST', '/payments', DANIEL, { methodId: DANIEL_CHECKING, target: { type: 'outstanding' }, amountCents: owed, expectedAmountCents: owed, currency: 'USD' });
    await ok('POST', `/__mock/payments/${payment.id}/settle`);
    const applied = await ok<Schemas['CreditApplicationResult']>('POST', `/staff/payers/${DANIEL_PARTY}/credit-applications`, BRENDA, { currency: 'USD' });
    const invoiceIds = applied.applications.map((a) => a.invoiceId);
    await ok('POST', `/staff/payments/${payment.id}/returns`, BRENDA, { code: 'R01', reason: 'Bank statement' });
    // The return names every invoice it reopened, including those the credit had paid.
    const entry = backend.state.auditLog.at(-1)!;
    assert.equal(entry.action, 'payment_return_recorded');
    for (const id of invoiceIds) assert.ok(entry.subjects.some((s) => s.type === 'invoice' && s.id === id), `the return's audit entry names ${id}`);
    const again = await ok<Payment>('POST', `/staff/payments/${payment.id}/representments`, BRENDA);
    assert.deepEqual(
      again.creditApplications.map((a) => [a.invoiceId, a.amount.amountCents]),
      applied.applications.map((a) => [a.invoiceId, a.amount.amountCents]),
    );
    assert.equal(again.creditLeft.amountCents, 0);
    const outstanding = await ok<Schemas['Outstanding']>('GET', '/outstanding', DANIEL);
    assert.equal(outstanding.total.amountCents, 0);
    assert.equal(outstanding.invoices.length, 0, 'the invoices the credit paid are paid again, not open and overdue');
  });

  test('credit allocations are checked by the engine itself, not only by the contract', () => {
    const { backend } = httpBackend();
    const staff = backend.state.users.find((u) => u.role === 'staff')!;
    for (const amountCents of [0.5, -100, 0, 2 ** 53 + 1]) {
      assert.throws(
        () => backend.mutate((draft, now) => applyCredit(draft, now, staff, DANIEL_PARTY, { currency: 'USD', allocations: [{ invoiceId: 'inv-whitaker-2026-10', amountCents }] })),
        (error: unknown) => error instanceof EngineError && error.code === 'validation_failed' && 'allocations[0].amountCents' in (error.fields ?? {}),
        `amountCents ${amountCents}`,
      );
    }
  });

  test('a fee that would lift a payment over the limit is refused, and fee settings stay within reason', async () => {
    const http = httpBackend();
    await http.refused(400, 'validation_failed', 'PATCH', '/staff/settings', BRENDA, { cardFeeFlatCents: 100_001 });
    await http.ok('PATCH', '/staff/settings', BRENDA, { cardFeeFlatCents: 100_000, cardFeeCapCents: null });
    await http.ok('PATCH', '/staff/settings', BRENDA, { allocationPolicy: 'unapplied_credit' });
    // Direct engine call: the contract would stop an amount this large before it, the engine too.
    const { quotePortalPayment } = await import('../../src/mock-server/engine/payments.js');
    const daniel = http.backend.state.users.find((u) => u.id === 'usr-daniel-whitaker')!;
    assert.throws(
      () => http.backend.mutate((draft, now) => quotePortalPayment(draft, now, daniel, { methodId: DANIEL_CARD, target: { type: 'invoice', invoiceId: 'inv-whitaker-2026-10' }, amountCents: 999_999_000, currency: 'USD' })),
      (error: unknown) => error instanceof EngineError && (error.code === 'validation_failed' || error.code === 'amount_exceeds_balance'),
    );
  });

  test('a payer pulled today is not due again today, even when a fixed amount left something owing', async () => {
    const http = withFrankManaging();
    const payer = await http.ok<Schemas['Payer']>('GET', `/staff/payers/${FRANK_PARTY}`, BRENDA);
    const today = (await http.ok<Schemas['DuePulls']>('GET', '/staff/pulls/due', BRENDA)).date;
    const day = Number(today.slice(8, 10));
    await http.ok('PUT', `/staff/payers/${FRANK_PARTY}/arrangement`, BRENDA, { mode: 'billing_team_pulls', dayOfMonth: day, split: 'fixed_amounts', parts: [{ methodId: FRANK_CHECKING, amountCents: 5_000 }] });
    const due = await http.ok<Schemas['DuePulls']>('GET', '/staff/pulls/due', BRENDA);
    const row = due.items.find((i) => i.payer.id === FRANK_PARTY);
    assert.ok(row, 'Frank is due today');
    const body = { payerId: FRANK_PARTY, target: { type: 'outstanding' }, currency: 'USD', expectedAmountCents: payer.outstanding.amountCents, parts: [{ methodId: FRANK_CHECKING, amountCents: 5_000 }] };
    await http.ok('POST', '/staff/payments', BRENDA, body);
    const after = await http.ok<Schemas['DuePulls']>('GET', '/staff/pulls/due', BRENDA);
    assert.ok((await http.ok<Schemas['Payer']>('GET', `/staff/payers/${FRANK_PARTY}`, BRENDA)).outstanding.amountCents > 0, 'something is still owed');
    assert.equal(after.items.find((i) => i.payer.id === FRANK_PARTY), undefined, 'but Frank was pulled today');
  });
});
