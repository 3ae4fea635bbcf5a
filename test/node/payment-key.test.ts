import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { forgetPaymentKey, paymentKeyFor, PAYMENT_KEY_TTL_MS, type KeyStorage, type PaymentFingerprint } from '../../src/core/payment-key.js';
import { placeRefusal } from '../../src/core/payment-refusal.js';

function memoryStorage(): KeyStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (name) => entries.get(name) ?? null,
    setItem: (name, value) => void entries.set(name, value),
    removeItem: (name) => void entries.delete(name),
  };
}

const payment: PaymentFingerprint = { userId: 'usr-1', target: 'inv-1', amountCents: 12_500, methodId: 'pm-1', balanceCents: 50_000 };

describe('paymentKeyFor', () => {
  test('a second tab reviewing the same payment gets the same key', () => {
    const shared = memoryStorage();
    const first = paymentKeyFor(payment, shared, 1_000);
    assert.equal(paymentKeyFor({ ...payment }, shared, 1_000 + 60_000), first);
  });

  test('a different amount, method, target or user is a different payment', () => {
    const shared = memoryStorage();
    const first = paymentKeyFor(payment, shared, 0);
    for (const other of [
      { ...payment, amountCents: 12_501 },
      { ...payment, methodId: 'pm-2' },
      { ...payment, target: 'outstanding' },
      { ...payment, userId: 'usr-2' },
    ]) {
      assert.notEqual(paymentKeyFor(other, shared, 0), first, JSON.stringify(other));
    }
  });

  test('the same amount again after the first payment lowered the balance is a new payment, not a replay of the first', () => {
    const shared = memoryStorage();
    const first = paymentKeyFor(payment, shared, 0);
    const afterFirst = { ...payment, balanceCents: payment.balanceCents - payment.amountCents };
    assert.notEqual(paymentKeyFor(afterFirst, shared, 5 * 60_000), first);
  });

  test('a remembered key expires after 15 minutes', () => {
    const shared = memoryStorage();
    const first = paymentKeyFor(payment, shared, 0);
    assert.equal(paymentKeyFor(payment, shared, PAYMENT_KEY_TTL_MS - 1), first);
    assert.notEqual(paymentKeyFor(payment, shared, PAYMENT_KEY_TTL_MS), first);
  });

  test('forgetting a key (after a decline) makes the next review a new payment', () => {
    const shared = memoryStorage();
    const first = paymentKeyFor(payment, shared, 0);
    forgetPaymentKey(payment, shared);
    assert.notEqual(paymentKeyFor(payment, shared, 1), first);
  });

  test('without storage, or with storage that throws or holds garbage, a fresh key is still made', () => {
    assert.match(paymentKeyFor(payment, undefined), /^[0-9a-f-]{36}$/);
    const throwing: KeyStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    assert.match(paymentKeyFor(payment, throwing), /^[0-9a-f-]{36}$/);
    const garbage = memoryStorage();
    paymentKeyFor(payment, garbage, 0);
    for (const name of garbage.entries.keys()) garbage.entries.set(name, '{not json');
    assert.match(paymentKeyFor(payment, garbage, 1), /^[0-9a-f-]{36}$/);
  });
});

describe('placeRefusal', () => {
  const refusal = (code: string, extra: { fields?: Record<string, string>; details?: Record<string, unknown> } = {}) =>
    placeRefusal({ code: code as never, message: `server says ${code}`, fields: extra.fields ?? {}, details: extra.details ?? {} });

  test('amount_exceeds_balance goes beside the amount, with the current balance', () => {
    assert.deepEqual(refusal('amount_exceeds_balance', { details: { balanceCents: 500 } }), {
      where: 'amount',
      message: 'server says amount_exceeds_balance',
      balanceCents: 500,
    });
  });

  test('method_unusable goes beside the methods, preferring the field message', () => {
    assert.deepEqual(refusal('method_unusable', { fields: { methodId: 'This card has expired.' } }), { where: 'method', message: 'This card has expired.' });
  });

  test('balance_changed asks for a fresh review of the current total', () => {
    assert.deepEqual(refusal('balance_changed', { details: { currentAmountCents: 9_900 } }), {
      where: 'balance',
      message: 'server says balance_changed',
      currentAmountCents: 9_900,
    });
  });

  test('quote_changed and quote_expired bring the new quote back to review; without one the flow says so', () => {
    const quote = { quoteId: 'qt_new', totalCharged: { amountCents: 103, currency: 'USD' }, method: { id: 'pm-1', type: 'card', label: 'Visa' } };
    assert.deepEqual(refusal('quote_changed', { details: { quote } }), { where: 'quote', message: 'server says quote_changed', quote, expired: false });
    assert.deepEqual(refusal('quote_expired', { details: { quote } }), { where: 'quote', message: 'server says quote_expired', quote, expired: true });
    assert.deepEqual(refusal('quote_changed'), { where: 'flow', message: 'server says quote_changed', final: false });
  });

  test('gateway_disabled and forbidden end the flow; other refusals can be retried', () => {
    assert.deepEqual(refusal('gateway_disabled'), { where: 'flow', message: 'server says gateway_disabled', final: true });
    assert.deepEqual(refusal('forbidden'), { where: 'flow', message: 'server says forbidden', final: true });
    assert.deepEqual(refusal('idempotency_key_reused'), { where: 'flow', message: 'server says idempotency_key_reused', final: false });
  });

  test('validation_failed goes to the field it names', () => {
    assert.equal(refusal('validation_failed', { fields: { amountCents: 'Too small.' } }).where, 'amount');
    assert.equal(refusal('validation_failed', { fields: { methodId: 'Required.' } }).where, 'method');
    assert.equal(refusal('validation_failed', { fields: { currency: 'USD only.' } }).where, 'flow');
  });
});
