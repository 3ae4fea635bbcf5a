// The store is changed through copy-on-write drafts (`engine/draft.ts`): a refused change leaves
// the very same store object and records, a successful one copies only what it wrote and shares
// the rest with the version before, and the indexes kept per version (`engine/indexes.ts`) follow.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMockBackend } from '../../src/mock-server/engine/backend.js';
import { isDraft, nextState } from '../../src/mock-server/engine/draft.js';
import { paidCents, paidCentsByInvoice } from '../../src/mock-server/engine/ledger.js';
import { paginate, paginateOrdered, sortBy, type SortOrder } from '../../src/mock-server/engine/pagination.js';
import { PAYMENTS_NEWEST_FIRST } from '../../src/mock-server/engine/payments.js';
import { byId } from '../../src/mock-server/engine/state.js';
import { httpBackend } from './support/http-backend.js';
import type { components } from '../../src/contract/types.js';

type Payment = components['schemas']['Payment'];

const DANIEL = 'mock-token-daniel-whitaker';
const CARD = 'pm-0001';
const NOV = 'inv-whitaker-2026-11';

describe('copy-on-write changes', () => {
  test('a refused change leaves the previous store object identical, and a later read sees nothing of it', () => {
    const backend = createMockBackend();
    const before = backend.state;
    const lists = { payments: before.payments, invoices: before.invoices, settings: before.settings };
    const payment = before.payments[0]!;
    const frozen = structuredClone(before);
    assert.throws(
      () =>
        backend.mutate((draft) => {
          draft.settings.communityName = 'Half-written';
          draft.payments[0]!.status = 'voided';
          draft.payments[0]!.history.push({ at: '2026-11-25T15:00:00.000Z', actor: { userId: null, name: 'Test', role: 'system' }, action: 'voided', detail: null });
          draft.payments.push({ ...structuredClone(payment), id: 'pay-refused' });
          throw new Error('refused');
        }),
      /refused/,
    );
    assert.equal(backend.state, before, 'the store is the same object');
    assert.equal(backend.state.payments, lists.payments);
    assert.equal(backend.state.invoices, lists.invoices);
    assert.equal(backend.state.settings, lists.settings);
    assert.equal(backend.state.payments[0], payment, 'the record is the same object');
    assert.deepEqual(backend.state, frozen, 'and nothing in it was written');
    assert.equal(byId(backend.state.payments, 'pay-refused'), undefined);
    assert.notEqual(backend.community().communityName, 'Half-written');
  });

  test('a successful change copies what it wrote and shares every other record with the version before', () => {
    const backend = createMockBackend();
    const before = backend.state;
    const untouched = before.payments[1]!;
    backend.mutate((draft) => {
      draft.payments[0]!.updatedAt = '2026-11-25T15:00:00.000Z';
    });
    const after = backend.state;
    assert.notEqual(after, before);
    assert.notEqual(after.payments, before.payments, 'the written list is a copy');
    assert.notEqual(after.payments[0], before.payments[0], 'the written record is a copy');
    assert.equal(after.payments[1], untouched, 'an unwritten record is shared');
    assert.equal(after.invoices, before.invoices, 'an unwritten list is shared');
    assert.equal(after.settings, before.settings);
    assert.equal(after.payments[0]!.history, before.payments[0]!.history, 'an unwritten part of a written record is shared');
    assert.notEqual(before.payments[0]!.updatedAt, '2026-11-25T15:00:00.000Z', 'the version before keeps its value');
  });

  test('a payment through the handlers shares the invoices and the other payments with the store before it', async () => {
    const { backend, ok } = httpBackend();
    const before = backend.state;
    const record = before.payments.at(-1)!;
    const paid = await ok<Payment>('POST', '/payments', DANIEL, { methodId: CARD, target: { type: 'invoice', invoiceId: NOV }, amountCents: 1_000, currency: 'USD' });
    const after = backend.state;
    assert.equal(after.payments.length, before.payments.length + 1);
    assert.equal(after.payments.at(-2), record, 'earlier payments are the same objects');
    assert.equal(after.invoices, before.invoices, 'a payment writes no invoice');
    assert.equal(after.residents, before.residents);
    assert.equal(byId(after.payments, paid.id)?.amountCents, 1_000);
    assert.equal(byId(before.payments, paid.id), undefined, 'the version before has no such payment');
  });

  test('answers leave the change as plain data, and frozen records stay unwritable inside a change', () => {
    const backend = createMockBackend();
    const payment = backend.mutate((draft) => draft.payments[0]!);
    assert.equal(isDraft(payment), false);
    assert.deepEqual(structuredClone(payment), backend.state.payments[0]);
    const email = backend.state.outbox[0]!;
    assert.ok(Object.isFrozen(email));
    const before = backend.state;
    assert.throws(() => backend.mutate((draft) => void (draft.outbox[0]!.subject = 'rewritten')), TypeError);
    assert.equal(backend.state, before);
    assert.notEqual(email.subject, 'rewritten');
  });

  test('indexes follow each version: lookups, and what is paid per invoice', async () => {
    const { backend, ok } = httpBackend();
    const first = backend.state;
    const paidBefore = paidCents(first).get(NOV) ?? 0;
    const payment = await ok<Payment>('POST', '/payments', DANIEL, { methodId: CARD, target: { type: 'invoice', invoiceId: NOV }, amountCents: 1_234, currency: 'USD' });
    assert.equal(paidCents(backend.state).get(NOV), paidBefore + 1_234);
    assert.equal(paidCents(first).get(NOV) ?? 0, paidBefore, 'the version before keeps its sums');
    assert.deepEqual(
      [...paidCentsByInvoice(backend.state)].filter(([, cents]) => cents !== 0).sort(),
      [...paidCentsByInvoice(backend.state).keys()].map((id) => [id, paidCents(backend.state).get(id)] as [string, number]).filter(([, cents]) => cents !== 0).sort(),
    );
    assert.equal(byId(backend.state.payments, payment.id)?.id, payment.id);
    // A change that moves records (a splice) is indexed afresh, not by stale positions.
    backend.mutate((draft) => void draft.payments.splice(0, 2));
    assert.equal(byId(backend.state.payments, payment.id)?.id, payment.id);
    assert.equal(byId(backend.state.payments, first.payments[0]!.id), undefined);
  });

  test('nextState on a plain store: arrays stay arrays, deletes and splices land, the base is unchanged', () => {
    const base = createMockBackend().state;
    const copy = structuredClone(base);
    const next = nextState(base, (draft) => {
      assert.ok(Array.isArray(draft.payments));
      draft.payments.splice(1, 1);
      draft.invoices.reverse();
      draft.arrangements = draft.arrangements.filter(() => false);
    });
    assert.ok(Array.isArray(next.payments));
    assert.equal(next.payments.length, base.payments.length - 1);
    assert.equal(next.invoices[0], base.invoices.at(-1));
    assert.deepEqual(next.arrangements, []);
    assert.deepEqual(base, copy);
  });
});

describe('pages from an order kept per version', () => {
  const order: SortOrder<{ id: string; at: string; kept: boolean }> = { keyOf: (r) => [r.at, r.id], directions: ['desc', 'desc'] };

  test('paginateOrdered gives the pages and cursors paginate gives of the filtered, sorted list', () => {
    let seed = 7;
    const random = (n: number): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % n;
    for (let round = 0; round < 40; round++) {
      const records = Array.from({ length: random(120) }, (_, i) => ({ id: `r-${String(random(60)).padStart(3, '0')}-${i}`, at: `2026-11-${String(1 + random(5)).padStart(2, '0')}`, kept: random(3) > 0 }));
      const sorted = sortBy(records, order);
      const view = { length: sorted.length, at: (k: number) => sorted[k]! };
      const limit = 1 + random(9);
      let expected = paginate(sortBy(records.filter((r) => r.kept), order), order, { limit });
      let actual = paginateOrdered(view, order, { limit }, (r) => r.kept);
      for (;;) {
        assert.deepEqual(actual, expected);
        if (expected.nextCursor === null) break;
        const query = { limit, cursor: expected.nextCursor };
        expected = paginate(sortBy(records.filter((r) => r.kept), order), order, query);
        actual = paginateOrdered(view, order, query, (r) => r.kept);
      }
    }
  });

  test('after payments are added, the staff list pages exactly as a fresh sort of the store would', async () => {
    const { backend, ok } = httpBackend();
    const before = await ok<{ items: Payment[] }>('GET', '/staff/payments?limit=500', 'mock-token-brenda-lopez');
    for (let n = 0; n < 3; n++) {
      await ok<Payment>('POST', '/payments', DANIEL, { methodId: CARD, target: { type: 'invoice', invoiceId: NOV }, amountCents: 100 + n, currency: 'USD' });
    }
    const after = await ok<{ items: Payment[] }>('GET', '/staff/payments?limit=500', 'mock-token-brenda-lopez');
    const fresh = sortBy(backend.state.payments, PAYMENTS_NEWEST_FIRST).map((p) => p.id);
    assert.deepEqual(after.items.map((p) => p.id), fresh);
    assert.equal(after.items.length, before.items.length + 3);
  });
});

describe('groups kept per version of a list', () => {
  test('a record removed and another added at the end (same length) regroups the list as it is', async () => {
    const { groupedBy } = await import('../../src/mock-server/engine/indexes.js');
    const { publish } = await import('../../src/mock-server/engine/draft.js');
    const byKey = groupedBy((record: { id: string; key: string }) => record.key);
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => ({ id, key: 'x' }));
    const first = [a!, b!, c!];
    publish({ payments: first } as unknown as Parameters<typeof publish>[0]);
    assert.deepEqual(byKey(first).get('x')?.map((record) => record.id), ['a', 'b', 'c']);
    const next = [a!, c!, d!];
    publish({ payments: next } as unknown as Parameters<typeof publish>[0]);
    assert.deepEqual(byKey(next).get('x')?.map((record) => record.id), ['a', 'c', 'd']);
  });
});
