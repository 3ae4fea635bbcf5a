import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { creditCoversSentence, creditOrder, payableNow, spreadCredit, type CreditTarget } from '../../src/core/credit-plan.js';

const invoices: CreditTarget[] = [
  { invoiceId: 'nov', number: 'INV-2026-0081', dueDate: '2026-11-01', balanceCents: 50_000 },
  { invoiceId: 'oct', number: 'INV-2026-0041', dueDate: '2026-10-01', balanceCents: 20_000 },
  { invoiceId: 'dec', number: 'INV-2026-0121', dueDate: '2026-12-01', balanceCents: 30_000 },
];

describe('credit plan', () => {
  test('policy order: oldest due first, except most recent first under newest_first', () => {
    assert.deepEqual(creditOrder(invoices, 'unapplied_credit').map((i) => i.invoiceId), ['oct', 'nov', 'dec']);
    assert.deepEqual(creditOrder(invoices, 'oldest_first').map((i) => i.invoiceId), ['oct', 'nov', 'dec']);
    assert.deepEqual(creditOrder(invoices, 'newest_first').map((i) => i.invoiceId), ['dec', 'nov', 'oct']);
  });

  test('credit fills each invoice up to its balance until it runs out', () => {
    const ordered = creditOrder(invoices, 'unapplied_credit');
    assert.deepEqual(spreadCredit(ordered, 45_000), [
      { invoiceId: 'oct', amountCents: 20_000 },
      { invoiceId: 'nov', amountCents: 25_000 },
    ]);
    // More credit than is owed: every invoice is paid and the rest stays on account.
    assert.deepEqual(spreadCredit(ordered, 1_000_000).map((l) => l.amountCents), [20_000, 50_000, 30_000]);
    assert.deepEqual(spreadCredit(ordered, 0), []);
    assert.deepEqual(spreadCredit([{ ...invoices[0]!, balanceCents: 0 }], 100), []);
  });

  test('Pay Invoice takes at most what is owed net of credit; without credit, the balance', () => {
    assert.equal(payableNow(50_000, 0, 120_000), 0);
    assert.equal(payableNow(50_000, 30_000, 20_000), 30_000);
    assert.equal(payableNow(50_000, 80_000, 20_000), 50_000);
    // Without credit the invoice's own balance is the limit (what is owed elsewhere does not matter).
    assert.equal(payableNow(50_000, 0, 0), 50_000);
    const usd = (m: { amountCents: number }) => `$${(m.amountCents / 100).toFixed(2)}`;
    assert.equal(
      creditCoversSentence({ amountCents: 12_000, currency: 'USD' }, usd),
      'Your credit on account of $120.00 covers this invoice; the billing office will apply it, so there is nothing to pay now.',
    );
  });
});
