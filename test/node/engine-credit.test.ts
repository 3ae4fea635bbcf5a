// Applying credit on account (`POST /staff/payers/{payerId}/credit-applications`), driven through
// the HTTP handlers: both modes, every refusal (each leaving the store as it was), idempotent
// replays, and what refunds and returns do to credit that was applied.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { httpBackend } from './support/http-backend.js';
import type { components } from '../../src/contract/types.js';

type Schemas = components['schemas'];
type Payment = Schemas['Payment'];
type Invoice = Schemas['Invoice'];
type Result = Schemas['CreditApplicationResult'];

const BRENDA = 'mock-token-brenda-lopez';
const DANIEL = 'mock-token-daniel-whitaker';
const DANIEL_PARTY = 'con-daniel-whitaker';
const CARD = 'pm-0001';
const BANK = 'pm-0002';
const OCT = 'inv-whitaker-2026-10';
const NOV = 'inv-whitaker-2026-11';
const DEC = 'inv-whitaker-2026-12';
const APPLY = `/staff/payers/${DANIEL_PARTY}/credit-applications`;

const usd = (cents: number): string => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);

/** A seeded backend under `unapplied_credit`, with Daniel's whole balance paid as credit on account. */
async function withCredit(methodId = CARD) {
  const http = httpBackend();
  const { ok } = http;
  await ok('PATCH', '/staff/settings', BRENDA, { allocationPolicy: 'unapplied_credit' });
  const owed = (await ok<Schemas['Outstanding']>('GET', '/outstanding', DANIEL)).total.amountCents;
  const payment = await ok<Payment>('POST', '/payments', DANIEL, { methodId, target: { type: 'outstanding' }, amountCents: owed, expectedAmountCents: owed, currency: 'USD' });
  const invoice = (id: string) => ok<Invoice>('GET', `/invoices/${id}`, DANIEL);
  const outstanding = () => ok<Schemas['Outstanding']>('GET', '/outstanding', DANIEL);
  const staffPayment = (id: string) => ok<Payment>('GET', `/staff/payments/${id}`, BRENDA);
  return { ...http, owed, payment, invoice, outstanding, staffPayment };
}

describe('applying credit on account', () => {
  test('policy order applies the credit to the oldest due invoices first, and they are paid', async () => {
    const { backend, ok, owed, payment, invoice, outstanding, staffPayment } = await withCredit();
    const balances = await Promise.all([OCT, NOV, DEC].map(async (id) => (await invoice(id)).balance.amountCents));
    assert.equal(balances.reduce((a, b) => a + b, 0), owed);
    const payer = await ok<Schemas['Payer']>('GET', `/staff/payers/${DANIEL_PARTY}`, BRENDA);
    assert.equal(payer.creditOnAccount.amountCents, owed);
    assert.equal(payer.outstanding.amountCents, 0);

    const audits = backend.state.auditLog.length;
    const result = await ok<Result>('POST', APPLY, BRENDA, { currency: 'USD' });
    assert.deepEqual(result.applications.map((a) => [a.invoiceId, a.amount.amountCents, a.paymentId]), [
      [OCT, balances[0], payment.id],
      [NOV, balances[1], payment.id],
      [DEC, balances[2], payment.id],
    ]);
    assert.equal(result.applied.amountCents, owed);
    assert.equal(result.creditLeft.amountCents, 0);
    assert.equal(result.outstanding.amountCents, 0);
    for (const id of [OCT, NOV, DEC]) {
      const after = await invoice(id);
      assert.equal(after.status, 'paid', `${after.number} is ${after.status}`);
      assert.equal(after.overdue, false);
    }
    const now = await outstanding();
    assert.equal(now.unappliedCredit.amountCents, 0);
    assert.deepEqual(now.invoices, []);

    // The payment says where its credit went, in the payer's history and the staff's.
    const seen = await ok<Payment>('GET', `/payments/${payment.id}`, DANIEL);
    assert.equal(seen.creditApplications.length, 3);
    assert.equal(seen.creditApplications[0]?.invoiceNumber, (await invoice(OCT)).number);
    assert.equal(seen.creditApplications[0]?.appliedBy.name, 'Brenda Lopez');
    assert.equal(seen.creditLeft.amountCents, 0);
    const history = (await staffPayment(payment.id)).history.filter((h) => h.action === 'credit_applied');
    assert.equal(history[0]?.detail, `${usd(balances[0] ?? 0)} applied to ${(await invoice(OCT)).number}.`);

    // One audit entry for the request, naming the payer, the invoices and the payment.
    const added = backend.state.auditLog.slice(audits);
    assert.equal(added.length, 1);
    assert.equal(added[0]?.action, 'credit_applied');
    assert.ok(added[0]?.subjects.some((s) => s.type === 'payer' && s.id === DANIEL_PARTY));
    assert.deepEqual(added[0]?.changes[0], { field: 'creditOnAccountCents', before: owed, after: 0 });
  });

  test('under another policy, policy order is that policy’s: most recent due first under newest_first', async () => {
    const { ok, payment, invoice } = await withCredit();
    await ok('PATCH', '/staff/settings', BRENDA, { allocationPolicy: 'newest_first' });
    // Part of the credit refunded, so it does not reach every invoice: the oldest stays open.
    await ok('POST', `/staff/payments/${payment.id}/refunds`, BRENDA, { amountCents: 10_000, currency: 'USD', reason: 'Part back' });
    const result = await ok<Result>('POST', APPLY, BRENDA, { currency: 'USD' });
    assert.deepEqual(result.applications.map((a) => a.invoiceId), [DEC, NOV, OCT]);
    assert.equal((await invoice(DEC)).status, 'paid');
    assert.equal((await invoice(OCT)).balance.amountCents, 10_000);
    assert.equal(result.outstanding.amountCents, 10_000);
  });

  test('chosen invoices get exactly the chosen amounts; the rest stays on account', async () => {
    const { ok, owed, invoice, outstanding } = await withCredit();
    const dec = (await invoice(DEC)).balance.amountCents;
    const result = await ok<Result>('POST', APPLY, BRENDA, { currency: 'USD', allocations: [{ invoiceId: DEC, amountCents: dec }, { invoiceId: OCT, amountCents: 1_000 }] });
    assert.deepEqual(result.applications.map((a) => [a.invoiceId, a.amount.amountCents]), [[DEC, dec], [OCT, 1_000]]);
    assert.equal(result.creditLeft.amountCents, owed - dec - 1_000);
    assert.equal((await invoice(DEC)).status, 'paid');
    assert.equal((await invoice(OCT)).status, 'partially_paid');
    const now = await outstanding();
    assert.equal(now.unappliedCredit.amountCents, owed - dec - 1_000);
    assert.equal(now.total.amountCents, 0);
    assert.deepEqual(now.invoices.map((i) => i.invoiceId), [OCT, NOV]);
  });

  test('credit is drawn from the oldest payment holding it first', async () => {
    const { ok, owed, payment } = await withCredit();
    // A refund makes part owed again; paying it leaves a second payment holding credit.
    await ok('POST', `/staff/payments/${payment.id}/refunds`, BRENDA, { amountCents: 30_000, currency: 'USD', reason: 'Returned to the family' });
    const second = await ok<Payment>('POST', '/payments', DANIEL, { methodId: CARD, target: { type: 'outstanding' }, amountCents: 30_000, expectedAmountCents: 30_000, currency: 'USD' });
    const result = await ok<Result>('POST', APPLY, BRENDA, { currency: 'USD' });
    assert.equal(result.applied.amountCents, owed);
    const drawn = new Map<string, number>();
    for (const line of result.applications) drawn.set(line.paymentId, (drawn.get(line.paymentId) ?? 0) + line.amount.amountCents);
    assert.deepEqual([...drawn], [[payment.id, owed - 30_000], [second.id, 30_000]]);
  });

  test('a retry with the same key replays the result and applies nothing twice; another body is refused', async () => {
    const { backend, call, ok, owed } = await withCredit();
    const body = { currency: 'USD', allocations: [{ invoiceId: OCT, amountCents: 5_000 }] };
    const first = await call('POST', APPLY, BRENDA, body, 'apply-credit-once');
    assert.equal(first.status, 201);
    const before = structuredClone(backend.state);
    const again = await call('POST', APPLY, BRENDA, body, 'apply-credit-once');
    assert.deepEqual(again, first);
    assert.deepEqual(backend.state, before);
    const other = await call('POST', APPLY, BRENDA, { ...body, allocations: [{ invoiceId: OCT, amountCents: 6_000 }] }, 'apply-credit-once');
    assert.equal(other.status, 422);
    assert.equal((other.body as { code: string }).code, 'idempotency_key_reused');
    assert.deepEqual(backend.state, before);
    assert.equal((await ok<Schemas['Payer']>('GET', `/staff/payers/${DANIEL_PARTY}`, BRENDA)).creditOnAccount.amountCents, owed - 5_000);
  });
});

describe('refusals of a credit application', () => {
  test('no_credit when the payer holds none', async () => {
    const { refused } = httpBackend();
    const error = await refused(409, 'no_credit', 'POST', APPLY, BRENDA, { currency: 'USD' });
    assert.equal(error.message, 'Daniel Whitaker (Son) holds no credit on account; there is nothing to apply.');
  });

  test('amount_exceeds_credit and amount_exceeds_balance name the field; nothing changes', async () => {
    const { ok, refused, owed, payment, invoice } = await withCredit();
    const oct = (await invoice(OCT)).balance.amountCents;
    const over = await refused(422, 'amount_exceeds_balance', 'POST', APPLY, BRENDA, { currency: 'USD', allocations: [{ invoiceId: NOV, amountCents: 1 }, { invoiceId: OCT, amountCents: oct + 1 }] });
    assert.equal(over.message, `Invoice ${(await invoice(OCT)).number} has a balance of ${usd(oct)}; apply at most that.`);
    assert.deepEqual(Object.keys(over.fields ?? {}), ['allocations[1].amountCents']);
    assert.deepEqual(over.details, { invoiceId: OCT, balanceCents: oct });

    // Each amount within its invoice's balance, but together more than the credit.
    await ok('POST', `/staff/payments/${payment.id}/refunds`, BRENDA, { amountCents: 1_000, currency: 'USD', reason: 'Part back' });
    const error = await refused(422, 'amount_exceeds_credit', 'POST', APPLY, BRENDA, {
      currency: 'USD',
      allocations: await Promise.all([OCT, NOV, DEC].map(async (invoiceId) => ({ invoiceId, amountCents: (await invoice(invoiceId)).balance.amountCents }))),
    });
    assert.equal(error.message, `That is ${usd(owed)} in all, more than the ${usd(owed - 1_000)} of credit on account.`);
    assert.deepEqual(error.details, { creditCents: owed - 1_000 });
    assert.ok(error.fields?.['allocations']);
  });

  test('another resident’s invoice is not_found; one of the family addressed to someone else is not_addressee', async () => {
    const { ok, refused, invoice } = await withCredit();
    const nf = await refused(404, 'not_found', 'POST', APPLY, BRENDA, { currency: 'USD', allocations: [{ invoiceId: 'inv-nguyen-2026-10', amountCents: 100 }] });
    assert.ok(nf.fields?.['allocations[0].invoiceId']);
    await refused(404, 'not_found', 'POST', APPLY, BRENDA, { currency: 'USD', allocations: [{ invoiceId: 'inv-nope', amountCents: 100 }] });
    const dec = await invoice(DEC);
    await ok('PATCH', `/staff/invoices/${DEC}`, BRENDA, { addresseeId: dec.residentId });
    const error = await refused(403, 'not_addressee', 'POST', APPLY, BRENDA, { currency: 'USD', allocations: [{ invoiceId: DEC, amountCents: 100 }] });
    assert.ok(error.fields?.['allocations[0].invoiceId']);
    assert.match(error.message, new RegExp(`^Invoice ${dec.number} is addressed to ${dec.residentName}`));
  });

  test('policy order with no open invoice is conflict; bad input is validation_failed; payers are forbidden', async () => {
    const { ok, refused, invoice } = await withCredit();
    await refused(400, 'validation_failed', 'POST', APPLY, BRENDA, { currency: 'EUR' });
    await refused(400, 'validation_failed', 'POST', APPLY, BRENDA, { currency: 'USD', allocations: [{ invoiceId: OCT, amountCents: 1 }, { invoiceId: OCT, amountCents: 2 }] });
    await refused(400, 'validation_failed', 'POST', APPLY, BRENDA, { currency: 'USD', allocations: [{ invoiceId: OCT, amountCents: 0 }] });
    await refused(403, 'forbidden', 'POST', APPLY, DANIEL, { currency: 'USD' });
    await refused(404, 'not_found', 'POST', '/staff/payers/con-nobody/credit-applications', BRENDA, { currency: 'USD' });
    // Every invoice readdressed away: the credit stays on account, with nowhere to go.
    const residentId = (await invoice(OCT)).residentId;
    for (const id of [OCT, NOV, DEC]) await ok('PATCH', `/staff/invoices/${id}`, BRENDA, { addresseeId: residentId });
    const error = await refused(409, 'conflict', 'POST', APPLY, BRENDA, { currency: 'USD' });
    assert.equal(error.message, 'Daniel Whitaker (Son) has no open invoice to apply the credit to; it stays on account.');
  });
});

describe('refunds and returns after credit was applied', () => {
  test('a refund takes the credit still unapplied first, then the newest application', async () => {
    const { ok, owed, payment, invoice, staffPayment } = await withCredit();
    await ok('POST', APPLY, BRENDA, { currency: 'USD', allocations: [{ invoiceId: OCT, amountCents: 10_000 }] });
    // Within the credit left: no invoice reopens.
    await ok('POST', `/staff/payments/${payment.id}/refunds`, BRENDA, { amountCents: 5_000, currency: 'USD', reason: 'Part back' });
    assert.equal((await staffPayment(payment.id)).creditLeft.amountCents, owed - 15_000);
    // Apply the rest in policy order, then refund: the newest application (DEC) reopens first.
    await ok('POST', APPLY, BRENDA, { currency: 'USD' });
    assert.equal((await staffPayment(payment.id)).creditLeft.amountCents, 0);
    const decBalance = (await invoice(DEC)).balance.amountCents;
    assert.equal(decBalance, 5_000, 'DEC is short by what the first refund took from the credit');
    await ok('POST', `/staff/payments/${payment.id}/refunds`, BRENDA, { amountCents: 7_000, currency: 'USD', reason: 'More back' });
    assert.equal((await invoice(DEC)).balance.amountCents, 12_000);
    assert.equal((await invoice(OCT)).balance.amountCents, 0, 'the oldest application stands');
    assert.equal((await ok<Schemas['Outstanding']>('GET', '/outstanding', DANIEL)).total.amountCents, 12_000);
  });

  test('a bank return of the payment reopens the invoices its credit paid', async () => {
    const { ok, owed, payment, invoice } = await withCredit(BANK);
    assert.equal(payment.status, 'pending');
    const open = (await invoice(OCT)).balance.amountCents;
    await ok('POST', APPLY, BRENDA, { currency: 'USD' });
    assert.equal((await invoice(OCT)).status, 'paid');
    const returned = await ok<Payment>('POST', `/staff/payments/${payment.id}/returns`, BRENDA, { code: 'R01', reason: 'NSF' });
    assert.equal(returned.creditLeft.amountCents, 0);
    assert.equal(returned.creditApplications.length, 3, 'the record of where the credit went is kept');
    assert.equal((await invoice(OCT)).balance.amountCents, open);
    const now = await ok<Schemas['Outstanding']>('GET', '/outstanding', DANIEL);
    assert.equal(now.total.amountCents, owed);
    assert.equal(now.unappliedCredit.amountCents, 0);
  });
});
