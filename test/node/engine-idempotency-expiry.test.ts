// Idempotency records expire after 24 hours on the mock clock (Stripe's rule): a retry within a day
// gets the first reply, a key used after that is a new request, and the store keeps only the last
// day's records however many payments were made.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMockBackend } from '../../src/mock-server/engine/backend.js';
import { beginIdempotent, completeIdempotent, IDEMPOTENCY_TTL_MS, runIdempotent } from '../../src/mock-server/engine/idempotency.js';
import { httpBackend } from './support/http-backend.js';

const DANIEL = 'mock-token-daniel-whitaker';
const DANIEL_USER = 'usr-daniel-whitaker';
const CARD = 'pm-0001';
const DEC = 'inv-whitaker-2026-12';
const MINUTE = 60_000;

interface Payment {
  id: string;
  amount: { amountCents: number };
}

const payDec = { methodId: CARD, target: { type: 'invoice', invoiceId: DEC }, amountCents: 1_000, currency: 'USD' };

describe('idempotency keys expire after 24 hours', () => {
  test('the same key replays the first payment until 24 hours have passed, and pays again after', async () => {
    const { backend, call } = httpBackend();
    const first = await call('POST', '/payments', DANIEL, payDec, 'key-day-one');
    assert.equal(first.status, 201, JSON.stringify(first.body));
    const paymentsAfterFirst = backend.state.payments.length;

    backend.advanceClock({ advanceMinutes: 24 * 60 - 1 });
    const retry = await call('POST', '/payments', DANIEL, payDec, 'key-day-one');
    assert.equal(retry.status, 201);
    assert.equal((retry.body as Payment).id, (first.body as Payment).id, 'a retry within a day is the first payment');
    assert.equal(backend.state.payments.length, paymentsAfterFirst, 'nothing was charged twice');

    backend.advanceClock({ advanceMinutes: 1 });
    const later = await call('POST', '/payments', DANIEL, payDec, 'key-day-one');
    assert.equal(later.status, 201, JSON.stringify(later.body));
    assert.notEqual((later.body as Payment).id, (first.body as Payment).id, 'after 24 hours the key is a new request');
    assert.equal(backend.state.payments.length, paymentsAfterFirst + 1);
    const records = backend.state.idempotency.filter((r) => r.key === 'key-day-one');
    assert.equal(records.length, 1, 'the expired record made way for the new one');
    assert.equal(records[0]?.createdAt, backend.now().toISOString());
  });

  test('after 24 hours a different body under the old key is a new request, not idempotency_key_reused', async () => {
    const { backend, call } = httpBackend();
    assert.equal((await call('POST', '/payments', DANIEL, payDec, 'key-other-body')).status, 201);
    const otherBody = { ...payDec, amountCents: 1_001 };
    // Within the day the key still belongs to the first payment.
    const reused = await call('POST', '/payments', DANIEL, otherBody, 'key-other-body');
    assert.equal(reused.status, 422);
    assert.equal((reused.body as { code: string }).code, 'idempotency_key_reused');
    backend.advanceClock({ advanceDays: 1 });
    const fresh = await call('POST', '/payments', DANIEL, otherBody, 'key-other-body');
    assert.equal(fresh.status, 201, JSON.stringify(fresh.body));
    assert.equal((fresh.body as Payment).amount.amountCents, 1_001);
  });

  test('5,000 payments over 83 hours of mock clock leave only the last day’s records', () => {
    // The engine's steps of POST /payments (claim the key, store the reply) on one store, with the
    // clock a minute later each time; the reply stands in for the payment, so the test measures
    // the records and not the cost of cloning a store of 5,000 payments 5,000 times.
    const state = structuredClone(createMockBackend().state);
    const started = Date.parse(state.seededAt);
    const stepMs = MINUTE;
    let now = new Date(started);
    for (let n = 0; n < 5_000; n++) {
      const request = { userId: DANIEL_USER, operation: 'POST /payments', key: `bulk-${n}`, body: { n } };
      assert.equal(beginIdempotent(state, now, request).kind, 'started');
      completeIdempotent(state, request, { status: 201, body: { n } });
      now = new Date(now.getTime() + stepMs);
    }
    const lastAt = now.getTime() - stepMs;
    assert.ok(lastAt - started > 3 * IDEMPOTENCY_TTL_MS);
    const records = state.idempotency;
    // Requests came a minute apart, the last one at `lastAt`: the ones a day or more older are gone.
    assert.equal(records.length, IDEMPOTENCY_TTL_MS / stepMs);
    assert.ok(records.every((r) => lastAt - Date.parse(r.createdAt) < IDEMPOTENCY_TTL_MS), 'no record is a day old');
    assert.equal(records.at(-1)?.key, 'bulk-4999');
    assert.equal(records[0]?.key, `bulk-${5_000 - IDEMPOTENCY_TTL_MS / stepMs}`);
  });

  test('through the backend, a pruned key is a new request and a key of the last day replays', () => {
    const backend = createMockBackend();
    const request = (key: string, body: unknown) => ({ userId: DANIEL_USER, operation: 'POST /payments', key, body });
    for (let n = 0; n < 30; n++) {
      runIdempotent(backend, request(`hourly-${n}`, { n }), () => ({ status: 201, body: { n } }));
      backend.advanceClock({ advanceMinutes: 60 });
    }
    // 30 hours: the first six records (hours 0–5, now 25–30 hours old) are gone.
    assert.deepEqual(
      backend.state.idempotency.map((r) => r.key),
      Array.from({ length: 24 }, (_, i) => `hourly-${i + 6}`),
    );
    const old = runIdempotent(backend, request('hourly-0', { n: 'again' }), () => ({ status: 201, body: { fresh: true } }));
    assert.deepEqual(old.body, { fresh: true });
    const recent = runIdempotent(backend, request('hourly-29', { n: 29 }), () => ({ status: 201, body: { fresh: true } }));
    assert.deepEqual(recent.body, { n: 29 });
  });
});
