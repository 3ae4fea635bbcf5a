// The browser mock's persistence, with an in-memory Storage: what a page reload would restore.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getResponse } from 'msw';
import { createMockBackend, type MockBackend } from '../../src/mock-server/engine/backend.js';
import { createMockHandlers } from '../../src/mock-server/handlers.js';
import { persistBackend, serializeState, STORAGE_KEY, type StateStorage } from '../../src/mock-server/persistence.js';
import type { BillingState } from '../../src/mock-server/engine/state.js';

const BASE = 'http://localhost/api/v1';
const BRENDA = 'mock-token-brenda-lopez';

class MemoryStorage implements StateStorage {
  readonly items = new Map<string, string>();
  writes = 0;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.writes += 1;
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

async function call(backend: MockBackend, method: string, path: string, body?: unknown, token = BRENDA): Promise<number> {
  const handlers = createMockHandlers(backend, { baseUrl: BASE });
  const request = new Request(`${BASE}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const response = await getResponse(handlers, request);
  assert.ok(response);
  return response.status;
}

describe('browser persistence', () => {
  test('a change and the clock survive a "reload"; reset goes back to the seed', async () => {
    const storage = new MemoryStorage();
    const first = createMockBackend();
    persistBackend(first, storage);
    assert.equal(storage.items.has(STORAGE_KEY), false, 'nothing is saved before a change');
    assert.equal(await call(first, 'PATCH', '/staff/settings', { gatewayEnabled: false }), 200);
    assert.equal(await call(first, 'POST', '/__mock/clock', { advanceDays: 3 }), 200);
    assert.ok(storage.items.has(STORAGE_KEY));

    const reloaded = createMockBackend();
    persistBackend(reloaded, storage);
    assert.deepEqual(reloaded.state, first.state);
    assert.equal(reloaded.now().toISOString(), first.now().toISOString());
    assert.equal(reloaded.state.settings.gatewayEnabled, false);

    assert.equal(await call(reloaded, 'POST', '/__mock/reset'), 200);
    const afterReset = createMockBackend();
    persistBackend(afterReset, storage);
    assert.deepEqual(afterReset.state, createMockBackend().state);
    assert.equal(afterReset.now().toISOString(), createMockBackend().now().toISOString());
  });

  test('a refused request writes nothing', async () => {
    const storage = new MemoryStorage();
    const backend = createMockBackend();
    persistBackend(backend, storage);
    assert.equal(await call(backend, 'PATCH', '/staff/users/usr-brenda-lopez', { revoked: true }), 409);
    assert.equal(await call(backend, 'PATCH', '/staff/settings', { gatewayEnabled: false }, 'mock-token-daniel-whitaker'), 403);
    assert.equal(storage.writes, 0);
  });

  test('unreadable or older-shaped saved data is dropped, and the seed is kept', () => {
    const fresh = createMockBackend().state;
    for (const text of ['{not json', JSON.stringify({ format: 1, now: 'x', state: { schemaVersion: 99 } })]) {
      const storage = new MemoryStorage();
      storage.items.set(STORAGE_KEY, text);
      const backend = createMockBackend();
      persistBackend(backend, storage);
      assert.deepEqual(backend.state, fresh);
      assert.equal(storage.items.has(STORAGE_KEY), false);
    }
    // A store from before a field was added (here: invitations without `revokedAt`).
    const old: BillingState = structuredClone(fresh);
    for (const invitation of old.invitations as unknown as Record<string, unknown>[]) delete invitation['revokedAt'];
    const storage = new MemoryStorage();
    storage.items.set(STORAGE_KEY, serializeState(old, new Date()));
    const backend = createMockBackend();
    persistBackend(backend, storage);
    assert.deepEqual(backend.state, fresh);
  });

  test('storage never holds a full account number', () => {
    const state = structuredClone(createMockBackend().state);
    const bank = state.paymentMethods.find((m) => m.type === 'bank_account');
    assert.ok(bank && bank.type === 'bank_account');
    // Even if a future record carried one by mistake, the serializer leaves it out.
    Object.assign(bank.bankAccount, { accountNumber: '000123456789' });
    const text = serializeState(state, new Date());
    assert.ok(!text.includes('000123456789'));
    assert.ok(!text.includes('accountNumber'));
    assert.ok(text.includes(`"last4":"${bank.bankAccount.last4}"`));
  });
});
