// Deposits as a bookkeeper keeps them: a deposit batches settled money only (a bank debit still
// settling waits, refused with `not_settled`), and money that leaves the bank afterwards — a
// gateway return, a return staff record, a refund — is an adjustment of the deposit, so its net
// matches the bank statement. Driven through the HTTP handlers as the Payment Center would.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { httpBackend } from './support/http-backend.js';
import type { components } from '../../src/contract/types.js';

type Schemas = components['schemas'];
type Payment = Schemas['Payment'];
type Deposit = Schemas['Deposit'];
type DepositReport = Schemas['DepositReport'];

const BRENDA = 'mock-token-brenda-lopez';
const DANIEL = 'mock-token-daniel-whitaker';
const DANIEL_BANK = 'pm-0002';
const NOV = 'inv-whitaker-2026-11';

async function depositOf(http: ReturnType<typeof httpBackend>, depositId: string): Promise<Deposit> {
  const page = await http.ok<Schemas['DepositPage']>('GET', '/staff/deposits?limit=100', BRENDA);
  const found = page.items.find((d) => d.id === depositId);
  assert.ok(found, `deposit ${depositId} is listed`);
  return found;
}

/** Daniel pays part of his November invoice from his checking account: a pending bank debit. */
async function danielPaysByBank(http: ReturnType<typeof httpBackend>, amountCents = 12_345): Promise<Payment> {
  return http.ok<Payment>('POST', '/payments', DANIEL, { methodId: DANIEL_BANK, target: { type: 'invoice', invoiceId: NOV }, amountCents, currency: 'USD' });
}

describe('a deposit holds settled money only', () => {
  test('a pending bank debit is refused with not_settled naming the day it settles; nothing changes', async () => {
    const http = httpBackend();
    const pending = await danielPaysByBank(http);
    assert.equal(pending.status, 'pending');
    // Submitted Wednesday, Nov 25: it settles two business days later.
    assert.equal(pending.depositableOn, '2026-11-27');
    const listed = await http.ok<Schemas['PaymentPage']>('GET', '/staff/payments?deposited=false', BRENDA);
    assert.equal(listed.items.find((p) => p.id === pending.id)?.depositableOn, '2026-11-27', 'Undeposited Payments lists it with the date');

    const error = await http.refused(409, 'not_settled', 'POST', '/staff/deposits', BRENDA, { paymentIds: ['pay-0093', pending.id] });
    assert.match(error.message, new RegExp(`${pending.reference} is still settling; it can be deposited on Friday, November 27, 2026`));
    assert.equal(error.fields?.['paymentIds[1]'], 'Settling: can be deposited on Friday, November 27, 2026.');
    assert.deepEqual(error.details, { paymentId: pending.id, depositableOn: '2026-11-27' });
  });

  test('once it settled it can be deposited, and its details name the deposit by reference', async () => {
    const http = httpBackend();
    const pending = await danielPaysByBank(http);
    await http.ok('POST', '/__mock/clock', undefined, { advanceDays: 2 });
    const settled = await http.ok<Payment>('GET', `/staff/payments/${pending.id}`, BRENDA);
    assert.equal(settled.status, 'succeeded');
    assert.equal(settled.depositableOn, null);
    const deposit = await http.ok<Deposit>('POST', '/staff/deposits', BRENDA, { paymentIds: [pending.id] });
    assert.equal(deposit.total.amountCents, pending.totalCharged.amountCents);
    assert.deepEqual(deposit.adjustments, []);
    assert.equal(deposit.adjustmentsTotal.amountCents, 0);
    assert.equal(deposit.net.amountCents, deposit.total.amountCents);
    const after = await http.ok<Payment>('GET', `/staff/payments/${pending.id}`, BRENDA);
    assert.equal(after.depositId, deposit.id);
    assert.equal(after.depositReference, deposit.reference);
    assert.match(deposit.reference, /^DEP-20261127$/);
    // The payer's own view names it the same way.
    const mine = await http.ok<Payment>('GET', `/payments/${pending.id}`, DANIEL);
    assert.equal(mine.depositReference, deposit.reference);
  });

  test('seeded deposits hold only payments that had settled when deposited, and DEP-20261106 shows its return', async () => {
    const { backend } = httpBackend();
    for (const deposit of backend.state.deposits) {
      for (const id of deposit.paymentIds) {
        const payment = backend.state.payments.find((p) => p.id === id)!;
        const settled = payment.history.findIndex((h) => h.action === 'succeeded');
        const deposited = payment.history.findIndex((h) => h.action === 'deposited');
        assert.ok(settled >= 0 && settled < deposited, `${payment.reference} was deposited before it settled`);
      }
    }
  });
});

describe('money leaving the bank after a deposit is an adjustment of it', () => {
  test('a gateway return (R01) of a deposited debit adjusts by the whole debit, amount plus fee', async () => {
    const http = httpBackend();
    const payment = await http.ok<Payment>('GET', '/staff/payments/pay-0091', BRENDA);
    assert.ok(payment.depositId);
    const before = await depositOf(http, payment.depositId);
    await http.ok('POST', '/__mock/payments/pay-0091/fail', undefined, { returnCode: 'R01' });
    const after = await depositOf(http, payment.depositId);
    assert.equal(after.total.amountCents, before.total.amountCents, 'the deposit itself is not rewritten');
    assert.equal(after.adjustments.length, 1);
    const [adjustment] = after.adjustments;
    assert.equal(adjustment?.kind, 'return');
    assert.equal(adjustment?.returnCode, 'R01');
    assert.equal(adjustment?.reason, 'Insufficient funds');
    assert.equal(adjustment?.paymentId, 'pay-0091');
    assert.equal(adjustment?.paymentReference, payment.reference);
    assert.equal(adjustment?.amount.amountCents, payment.amount.amountCents + payment.fee.amountCents);
    assert.equal(after.adjustmentsTotal.amountCents, payment.totalCharged.amountCents);
    assert.equal(after.net.amountCents, before.total.amountCents - payment.totalCharged.amountCents);
  });

  test('a return staff record adjusts the deposit; one audit entry for the request', async () => {
    const http = httpBackend();
    const payment = await http.ok<Payment>('GET', '/staff/payments/pay-0088', BRENDA);
    const depositId = payment.depositId!;
    const before = await depositOf(http, depositId);
    const audits = http.backend.state.auditLog.length;
    await http.ok('POST', '/staff/payments/pay-0088/returns', BRENDA, { code: 'R02', reason: 'Bank statement of Dec 1' });
    assert.equal(http.backend.state.auditLog.length, audits + 1);
    const after = await depositOf(http, depositId);
    assert.deepEqual(
      after.adjustments.map((a) => [a.kind, a.returnCode, a.paymentId, a.amount.amountCents]),
      [['return', 'R02', 'pay-0088', payment.totalCharged.amountCents]],
    );
    assert.equal(after.net.amountCents, before.total.amountCents - payment.totalCharged.amountCents);
  });

  test('every refund adjusts the deposit by what it gave back, made after the deposit or before it', async () => {
    const http = httpBackend();
    const card = http.backend.state.payments.find((p) => p.depositId !== null && p.method.type === 'card' && p.status === 'succeeded');
    assert.ok(card, 'a deposited card payment in the seed');
    const depositId = card.depositId!;
    const before = await depositOf(http, depositId);
    await http.ok('POST', `/staff/payments/${card.id}/refunds`, BRENDA, { amountCents: 1_000, currency: 'USD', reason: 'Duplicate charge' });
    await http.ok('POST', `/staff/payments/${card.id}/refunds`, BRENDA, { amountCents: 2_500, currency: 'USD', reason: 'Pharmacy credit' });
    const after = await depositOf(http, depositId);
    assert.deepEqual(
      after.adjustments.map((a) => [a.kind, a.returnCode, a.reason, a.amount.amountCents, a.paymentReference]),
      [
        ['refund', null, 'Duplicate charge', 1_000, card.reference],
        ['refund', null, 'Pharmacy credit', 2_500, card.reference],
      ],
    );
    assert.equal(after.net.amountCents, before.total.amountCents - 3_500);

    // A payment refunded before it is deposited brings its whole charge into the deposit and the
    // refund takes part back out: the deposit made later shows the refund as an adjustment, so its
    // net is what the bank keeps.
    await http.ok('POST', '/staff/payments/pay-0093/refunds', BRENDA, { amountCents: 700, currency: 'USD', reason: 'Overcharge' });
    const later = await http.ok<Deposit>('POST', '/staff/deposits', BRENDA, { paymentIds: ['pay-0093'] });
    assert.deepEqual(later.adjustments.map((a) => [a.kind, a.reason, a.amount.amountCents]), [['refund', 'Overcharge', 700]]);
    assert.equal(later.net.amountCents, later.total.amountCents - 700);
  });

  test('the deposit report lists every line with amount, fee, charged, adjustments and net, and the totals', async () => {
    const http = httpBackend();
    const payment = await http.ok<Payment>('GET', '/staff/payments/pay-0088', BRENDA);
    const depositId = payment.depositId!;
    await http.ok('POST', '/staff/payments/pay-0088/returns', BRENDA, { code: 'R01', reason: 'Bank statement' });
    const deposit = await depositOf(http, depositId);
    const report = await http.ok<DepositReport>('GET', `/staff/deposits/${depositId}/report`, BRENDA);
    assert.deepEqual(report.deposit, deposit);
    assert.equal(report.timeZone, 'America/Chicago');
    assert.deepEqual(report.lines.map((l) => l.paymentId), deposit.paymentIds);
    for (const line of report.lines) {
      const p = await http.ok<Payment>('GET', `/staff/payments/${line.paymentId}`, BRENDA);
      assert.equal(line.paymentReference, p.reference);
      assert.equal(line.payerName, p.payer.name);
      assert.equal(line.residentName, p.residentName);
      assert.equal(line.methodLabel, p.method.label);
      assert.equal(line.amount.amountCents, p.amount.amountCents);
      assert.equal(line.fee.amountCents, p.fee.amountCents);
      assert.equal(line.charged.amountCents, p.totalCharged.amountCents);
      const adjusted = line.paymentId === 'pay-0088' ? p.totalCharged.amountCents : 0;
      assert.equal(line.adjustments.amountCents, adjusted);
      assert.equal(line.net.amountCents, p.totalCharged.amountCents - adjusted);
    }
    const sum = (pick: (l: Schemas['DepositReportLine']) => Schemas['Money']) => report.lines.reduce((s, l) => s + pick(l).amountCents, 0);
    assert.equal(report.totals.amount.amountCents, sum((l) => l.amount));
    assert.equal(report.totals.fee.amountCents, sum((l) => l.fee));
    assert.equal(report.totals.charged.amountCents, deposit.total.amountCents);
    assert.equal(report.totals.adjustments.amountCents, deposit.adjustmentsTotal.amountCents);
    assert.equal(report.totals.net.amountCents, deposit.net.amountCents);
    assert.equal(report.totals.charged.amountCents - report.totals.adjustments.amountCents, report.totals.net.amountCents);

    await http.refused(404, 'not_found', 'GET', '/staff/deposits/dep-9999/report', BRENDA);
    await http.refused(403, 'forbidden', 'GET', `/staff/deposits/${depositId}/report`, DANIEL);
  });
});
