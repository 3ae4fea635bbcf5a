// The sentence the pay flow and the staff pull show when the engine answers `quote_changed` or
// `quote_expired`: it names what changed between the reviewed quote and the new one.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { paymentQuoteTerms, pullQuoteTerms, quoteChangeSentence } from '../../src/core/quote-change.js';
import type { PaymentQuote, PullQuote } from '../../src/sdk/types.js';

const usd = (amountCents: number) => ({ amountCents, currency: 'USD' });

function paymentQuote(change: Partial<PaymentQuote> = {}): PaymentQuote {
  return {
    quoteId: 'qt_a',
    expiresAt: '2026-11-25T15:15:00.000Z',
    amount: usd(1_430_840),
    fee: usd(35_771),
    feeBasisPoints: 250,
    feeRule: 'A 2.50% convenience fee applies to credit cards.',
    totalCharged: usd(1_466_611),
    allocations: [{ invoiceId: 'i1', invoiceNumber: 'INV-1', amount: usd(1_430_840) }],
    unapplied: usd(0),
    method: { id: 'pm-1', type: 'card', label: 'Visa •••• 4242' },
    authorizationText: 'By submitting…',
    ...change,
  };
}

const payer = { reader: 'payer' as const, expired: false, locale: 'en-US' };

describe('quoteChangeSentence', () => {
  test('a changed fee is named with both amounts', () => {
    const fresh = paymentQuote({ fee: usd(42_925), feeBasisPoints: 300, totalCharged: usd(1_473_765) });
    assert.equal(
      quoteChangeSentence(paymentQuoteTerms(paymentQuote()), paymentQuoteTerms(fresh), payer),
      'The convenience fee changed from $357.71 to $429.25 since you reviewed it. Review the new total and submit again.',
    );
  });

  test('the amount, the method and the allocation are each named; several together with the new total', () => {
    const reviewed = paymentQuoteTerms(paymentQuote());
    assert.match(quoteChangeSentence(reviewed, paymentQuoteTerms(paymentQuote({ amount: usd(100) })), payer), /^The amount changed from \$14,308\.40 to \$1\.00 since/);
    assert.match(
      quoteChangeSentence(reviewed, paymentQuoteTerms(paymentQuote({ method: { id: 'pm-2', type: 'card', label: 'Mastercard •••• 4444' } })), payer),
      /^The payment method changed from Visa •••• 4242 to Mastercard •••• 4444 since you reviewed it\./,
    );
    const credit = paymentQuote({ allocations: [], unapplied: usd(1_430_840) });
    assert.match(quoteChangeSentence(reviewed, paymentQuoteTerms(credit), payer), /^The way your payment is applied to your invoices changed since you reviewed it\./);
    const both = paymentQuote({ amount: usd(100), fee: usd(3), totalCharged: usd(103) });
    assert.equal(
      quoteChangeSentence(reviewed, paymentQuoteTerms(both), payer),
      'The amount and the convenience fee changed since you reviewed it; the total is now $1.03. Review the new total and submit again.',
    );
  });

  test('a rate change that rounds to the same fee is still named; an expiry with nothing changed says so', () => {
    const reviewed = paymentQuoteTerms(paymentQuote());
    assert.match(quoteChangeSentence(reviewed, paymentQuoteTerms(paymentQuote({ feeBasisPoints: 260 })), payer), /^The convenience fee rate changed from 2\.5% to 2\.6%/);
    assert.equal(
      quoteChangeSentence(reviewed, paymentQuoteTerms(paymentQuote({ quoteId: 'qt_b' })), { ...payer, expired: true }),
      'Your review expired after 15 minutes. The total is still $14,666.11; review it and submit again.',
    );
  });

  test('staff read about the pull, its parts together', () => {
    const part = (fee: number, bps: number) => ({
      method: { id: 'pm-7', type: 'bank_account' as const, label: 'Checking •••• 6789' },
      amount: usd(10_000),
      fee: usd(fee),
      feeBasisPoints: bps,
      feeRule: 'A bank account fee applies.',
      totalCharged: usd(10_000 + fee),
      allocations: [{ invoiceId: 'i1', invoiceNumber: 'INV-1', amount: usd(10_000) }],
      unapplied: usd(0),
    });
    const pull = (fee: number, bps: number): PullQuote => ({
      quoteId: 'qt_p',
      expiresAt: '2026-11-25T15:15:00.000Z',
      payerId: 'res-1',
      parts: [part(fee, bps)],
      amount: usd(10_000),
      fee: usd(fee),
      totalCharged: usd(10_000 + fee),
    });
    assert.equal(
      quoteChangeSentence(pullQuoteTerms(pull(0, 0)), pullQuoteTerms(pull(100, 100)), { reader: 'staff', expired: false, locale: 'en-US' }),
      'The fee changed from $0.00 to $1.00 since you reviewed it. Review the new total and pull again.',
    );
    assert.match(quoteChangeSentence(pullQuoteTerms(pull(0, 0)), pullQuoteTerms(pull(0, 0)), { reader: 'staff', expired: true }), /^The review expired after 15 minutes/);
  });
});
