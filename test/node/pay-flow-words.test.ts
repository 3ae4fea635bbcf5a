// What the pay flow says at each step: pinned here so a change of wording is a decision.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  balanceChangedNotice,
  creditCapSentence,
  declinedMessage,
  payAmountHint,
  payFlowTitle,
  paymentTakenAnnouncement,
  receiptWords,
  settlingWhat,
} from '../../src/core/pay-flow-words.js';

const usd = (amountCents: number) => ({ amountCents, currency: 'USD' });

describe('pay flow words', () => {
  test('titles the flow by the invoice, or the whole balance', () => {
    assert.equal(payFlowTitle('INV-0012'), 'Pay invoice INV-0012');
    assert.equal(payFlowTitle(null), 'Pay your outstanding balance');
  });

  test('hints at the balance, or at what credit on account leaves payable now', () => {
    assert.equal(payAmountHint(usd(12_000), usd(12_000), 'en-US'), 'The balance is $120.00. You may pay part of it.');
    assert.equal(payAmountHint(usd(12_000), null, 'en-US'), 'The balance is $120.00. You may pay part of it.');
    assert.equal(
      payAmountHint(usd(2_000), usd(12_000), 'en-US'),
      "You may pay up to $20.00 now (the invoice's balance is $120.00; credit on account covers the rest).",
    );
  });

  test('says why credit on account caps one invoice', () => {
    assert.equal(
      creditCapSentence(usd(10_000), usd(2_000), 'en-US'),
      'Your credit on account of $100.00 is taken off what you owe, so you may pay at most $20.00 of this invoice now.',
    );
  });

  test('counts the open invoices a payment of everything settles', () => {
    assert.equal(settlingWhat(1), 'your open invoice');
    assert.equal(settlingWhat(3), 'your 3 open invoices');
  });

  test("words a decline with the gateway's reason, or a plain one", () => {
    assert.equal(
      declinedMessage({ failure: { code: 'card_declined', message: 'The card was declined.' } }),
      'Your payment was declined: The card was declined. Nothing was charged. Choose another method or try again.',
    );
    assert.equal(declinedMessage({ failure: null }), 'Your payment was declined: The payment was declined. Nothing was charged. Choose another method or try again.');
  });

  test('tells a received card payment from a submitted bank debit', () => {
    assert.equal(paymentTakenAnnouncement({ status: 'succeeded', reference: 'PAY-1' }), 'Payment received. Reference PAY-1.');
    assert.equal(paymentTakenAnnouncement({ status: 'pending', reference: 'PAY-2' }), 'Payment submitted. Reference PAY-2.');
    assert.deepEqual(receiptWords({ status: 'pending' }), {
      heading: 'Payment submitted',
      confirmation: 'Thank you. Your bank payment is processing and usually completes in two business days.',
    });
    assert.equal(receiptWords({ status: 'succeeded' }).heading, 'Payment received');
    // A card payment still pending is being confirmed by its processor: no bank's two business days.
    assert.equal(receiptWords({ status: 'pending', method: { type: 'card' } }).confirmation, 'Thank you. Your card payment is being confirmed.');
    assert.match(receiptWords({ status: 'pending', method: { type: 'bank_account' } }).confirmation, /bank payment is processing/);
  });

  test('adds "Nothing was charged." to a changed balance only while something is still owed', () => {
    assert.equal(balanceChangedNotice('The balance changed.', 500), 'The balance changed. Nothing was charged.');
    assert.equal(balanceChangedNotice('The balance changed.', 0), 'The balance changed.');
  });
});
