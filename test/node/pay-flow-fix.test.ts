// What the pay flow does with each refusal, which method it preselects, how credit on account
// limits one invoice, and the quote it asks for: pinned here so they change only by decision.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { creditLimitedBalance, payQuoteRequest, payRefusalFix, preselectedMethodId } from '../../src/core/pay-flow-fix.js';
import { AlisApiError, AlisNetworkError } from '../../src/sdk/errors.js';

const refusal = (code: AlisApiError['code'], details: Record<string, unknown> = {}, fields: Record<string, string> = {}) =>
  new AlisApiError({ status: 409, code, message: `Refused: ${code}.`, details, fields });
const office = { name: 'Business office', phone: '(630) 555-0142', email: 'billing@example.org', hours: null };
const context = { payingOutstanding: false, office };

describe('pay flow refusal fixes', () => {
  test('says nothing was charged when the service could not be reached, keeping the key', () => {
    const fix = payRefusalFix(new AlisNetworkError('offline'), context);
    assert.equal(fix.event.reason, 'network');
    assert.match(fix.flowError?.message ?? '', /nothing was charged/);
    assert.equal(fix.forgetKey, false);
    assert.equal(fix.announcement, undefined);
  });

  test('keeps the choices when the session ended, and forgets the key', () => {
    const fix = payRefusalFix(refusal('unauthenticated'), context);
    assert.deepEqual(fix.flowError, { message: 'Your session has ended, so nothing was charged. Sign in again, then continue: your choices are kept.', final: false });
    assert.equal(fix.forgetKey, true);
  });

  test('puts an amount refusal beside the amount, with the balance the engine gives', () => {
    const fix = payRefusalFix(refusal('amount_exceeds_balance', { balanceCents: 4_000 }), context);
    assert.equal(fix.amountError, 'Refused: amount_exceeds_balance.');
    assert.equal(fix.balanceCents, 4_000);
    assert.equal(fix.focus, 'amount');
    assert.equal(fix.forgetKey, true);
  });

  test('follows a changed balance when paying everything, and loads again', () => {
    const fix = payRefusalFix(refusal('balance_changed', { currentAmountCents: 9_000 }), { ...context, payingOutstanding: true });
    assert.equal(fix.amountCents, 9_000);
    assert.equal(fix.balanceNotice, 'Refused: balance_changed. Nothing was charged.');
    assert.equal(fix.reload, true);
    assert.equal(payRefusalFix(refusal('balance_changed', { currentAmountCents: 9_000 }), context).amountCents, undefined);
  });

  test('names the billing office for a re-addressed invoice, as final', () => {
    const fix = payRefusalFix(refusal('not_addressee'), context);
    assert.equal(fix.flowError?.final, true);
    assert.match(fix.flowError?.message ?? '', /^Refused: not_addressee\. Contact Business office/);
  });
});

describe('pay flow choices', () => {
  const methods = [
    { id: 'a', usable: true, isDefault: false },
    { id: 'b', usable: true, isDefault: true },
    { id: 'c', usable: false, isDefault: false },
  ];

  test('preselects a method just added, else the one chosen, else the default', () => {
    assert.equal(preselectedMethodId(methods, 'a', 'b'), 'b');
    assert.equal(preselectedMethodId(methods, 'a', 'c'), 'a');
    assert.equal(preselectedMethodId(methods, 'c', null), 'b');
    assert.equal(preselectedMethodId(methods.slice(0, 1), null, null), 'a');
    assert.equal(preselectedMethodId([], null, null), null);
  });

  test('limits one invoice by credit on account only when the credit lowers it', () => {
    const usd = (amountCents: number) => ({ amountCents, currency: 'USD' });
    assert.equal(creditLimitedBalance(12_000, { total: usd(2_000), unappliedCredit: usd(10_000) }), 2_000);
    assert.equal(creditLimitedBalance(12_000, { total: usd(20_000), unappliedCredit: usd(1_000) }), null);
    assert.equal(creditLimitedBalance(12_000, { total: usd(2_000), unappliedCredit: usd(0) }), null);
  });

  test('asks to pay everything outstanding only at the total the payer saw', () => {
    assert.deepEqual(payQuoteRequest({ type: 'outstanding' }, 'm1', 5_000, 'USD'), {
      methodId: 'm1',
      target: { type: 'outstanding' },
      amountCents: 5_000,
      currency: 'USD',
      expectedAmountCents: 5_000,
    });
    assert.deepEqual(payQuoteRequest({ type: 'invoice', invoiceId: 'inv-1' }, 'm1', 5_000, 'USD'), {
      methodId: 'm1',
      target: { type: 'invoice', invoiceId: 'inv-1' },
      amountCents: 5_000,
      currency: 'USD',
    });
  });
});
