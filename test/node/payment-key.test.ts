import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  forgetPaymentKey,
  KEY_SWEEP_BATCH,
  paymentKeyFor,
  PAYMENT_KEY_TTL_MS,
  removeExpiredKeys,
  type KeyStorage,
  type PaymentFingerprint,
} from '../../src/core/payment-key.js';
import { pullKeyFor, PULL_KEY_TTL_MS } from '../../src/core/pull-all-due.js';
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

/** A Map-backed storage with `key` and `length`, as `localStorage` has, that counts the entries looked at. */
function sweepableStorage(): KeyStorage & { entries: Map<string, string>; looked: number } {
  const entries = new Map<string, string>();
  const storage = {
    entries,
    looked: 0,
    get length() {
      return entries.size;
    },
    key: (index: number) => {
      storage.looked += 1;
      return [...entries.keys()][index] ?? null;
    },
    getItem: (name: string) => entries.get(name) ?? null,
    setItem: (name: string, value: string) => void entries.set(name, value),
    removeItem: (name: string) => void entries.delete(name),
  };
  return storage;
}

const PAYMENT_PREFIX = 'alis-billing:payment-key:';
const remembered = (storage: { entries: Map<string, string> }, prefix = PAYMENT_PREFIX) => [...storage.entries.keys()].filter((n) => n.startsWith(prefix));

describe('expired payment keys are removed from storage', () => {
  test('reading a key removes the expired ones of other payments, and keeps live ones and the page’s own entries', () => {
    const storage = sweepableStorage();
    storage.setItem('host-page:cart', '{"items":3}');
    const old = paymentKeyFor(payment, storage, 0);
    paymentKeyFor({ ...payment, amountCents: 1 }, storage, 0);
    paymentKeyFor({ ...payment, amountCents: 2 }, storage, 10 * 60_000);
    storage.setItem(`${PAYMENT_PREFIX}garbage`, '{not json');
    assert.equal(remembered(storage).length, 4);

    // 15 minutes after the first two: they are gone (and the garbage), the third still counts.
    const other = { ...payment, userId: 'usr-2' };
    paymentKeyFor(other, storage, PAYMENT_KEY_TTL_MS);
    const left = remembered(storage);
    assert.equal(left.length, 2, left.join(', '));
    assert.ok(left.some((name) => name.includes('|2|')), 'the live key of another payment stays');
    assert.equal(storage.getItem('host-page:cart'), '{"items":3}', 'entries that are not ours are never touched');
    assert.notEqual(paymentKeyFor(payment, storage, PAYMENT_KEY_TTL_MS), old);
  });

  test('forgetting a key also sweeps', () => {
    const storage = sweepableStorage();
    paymentKeyFor(payment, storage, 0);
    forgetPaymentKey({ ...payment, amountCents: 7 }, storage, PAYMENT_KEY_TTL_MS + 1);
    assert.deepEqual(remembered(storage), []);
  });

  test('each call looks at a bounded batch, and the batches take turns until every expired key is gone', () => {
    const storage = sweepableStorage();
    for (let n = 0; n < 200; n++) storage.setItem(`host-page:${n}`, 'x');
    for (let n = 0; n < 100; n++) paymentKeyFor({ ...payment, amountCents: n + 1 }, storage, 0);
    assert.equal(remembered(storage).length, 100);
    const later = PAYMENT_KEY_TTL_MS + 1;
    let calls = 0;
    while (remembered(storage).length > 0 && calls < 100) {
      storage.looked = 0;
      removeExpiredKeys(storage, PAYMENT_PREFIX, PAYMENT_KEY_TTL_MS, later);
      assert.ok(storage.looked <= KEY_SWEEP_BATCH, `one call looked at ${storage.looked} entries`);
      calls += 1;
    }
    assert.deepEqual(remembered(storage), []);
    // 300 entries in batches of 32 (removals shift the rest, so a few more turns may be needed).
    assert.ok(calls <= 2 * Math.ceil(300 / KEY_SWEEP_BATCH), `${calls} calls`);
    assert.equal([...storage.entries.keys()].length, 200, 'the page’s entries are all still there');
  });

  test('storage without key/length, or that throws while sweeping, is left alone and keys still work', () => {
    assert.equal(removeExpiredKeys(memoryStorage(), PAYMENT_PREFIX, PAYMENT_KEY_TTL_MS, 0), 0);
    const hostile: KeyStorage = {
      length: 3,
      key: () => {
        throw new Error('denied');
      },
      getItem: () => null,
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    assert.equal(removeExpiredKeys(hostile, PAYMENT_PREFIX, PAYMENT_KEY_TTL_MS, 0), 0);
    assert.match(paymentKeyFor(payment, hostile, 0), /^[0-9a-f-]{36}$/);
  });

  test('Pull all due’s remembered keys are swept after their day as well', () => {
    const storage = sweepableStorage();
    const row = (id: string) => ({ payer: { id }, dueDate: '2026-12-05' }) as Parameters<typeof pullKeyFor>[0];
    pullKeyFor(row('a'), 'u-brenda', storage, 0);
    pullKeyFor(row('b'), 'u-brenda', storage, PULL_KEY_TTL_MS - 1);
    pullKeyFor(row('c'), 'u-brenda', storage, PULL_KEY_TTL_MS);
    assert.deepEqual(
      remembered(storage, 'alis-billing:pull-key:').map((name) => name.split(':').at(-1)),
      ['u-brenda|b|2026-12-05', 'u-brenda|c|2026-12-05'],
    );
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
