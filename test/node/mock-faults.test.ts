// The mock's fault layer over the real handlers: which request a schedule hits, what the caller
// gets, and — the point of it — whether the engine saw the request (before vs after).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getResponse } from 'msw';
import { createMockBackend } from '../../src/mock-server/engine/backend.js';
import { createMockHandlers } from '../../src/mock-server/handlers.js';
import { createFaultLayer, faultMatcher, type Fault } from '../../src/mock-server/faults.js';
import type { components } from '../../src/contract/types.js';

type Schemas = components['schemas'];

const BASE = 'http://localhost/api/v1';
const DANIEL = 'mock-token-daniel-whitaker';

function setup(faults: readonly Fault[] = []) {
  const backend = createMockBackend();
  const layer = createFaultLayer();
  layer.schedule(faults);
  const handlers = createMockHandlers(backend, { baseUrl: BASE, faults: layer });
  const call = async (method: string, path: string, init: { body?: unknown; key?: string; token?: string | null; signal?: AbortSignal } = {}) => {
    const headers: Record<string, string> = {};
    const token = init.token === undefined ? DANIEL : init.token;
    if (token) headers['Authorization'] = `Bearer ${token}`;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.key) headers['Idempotency-Key'] = init.key;
    const request = new Request(`${BASE}${path}`, {
      method,
      headers,
      ...(init.signal ? { signal: init.signal } : {}),
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const response = await getResponse(handlers, request);
    assert.ok(response, `${method} ${path} was not handled`);
    const text = response.type === 'error' ? '' : await response.text();
    return { response, status: response.status, network: response.type === 'error', body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  /** Quotes Daniel's whole outstanding balance from his default method: the body of POST /payments. */
  const paymentBody = async () => {
    const methods = ((await call('GET', '/payment-methods')).body as { items: Schemas['PaymentMethod'][] }).items;
    const outstanding = (await call('GET', '/outstanding')).body as Schemas['Outstanding'];
    const methodId = (methods.find((m) => m.usable && m.isDefault) ?? methods.find((m) => m.usable))!.id;
    const body = { methodId, target: { type: 'outstanding' }, amountCents: outstanding.total.amountCents, currency: 'USD', expectedAmountCents: outstanding.total.amountCents };
    const quote = (await call('POST', '/payments/quote', { body })).body as Schemas['PaymentQuote'];
    return { ...body, quoteId: quote.quoteId };
  };
  return { backend, layer, call, paymentBody };
}

describe('mock fault layer', () => {
  test('a network error before the engine leaves nothing paid; the same key then pays once', async () => {
    const { backend, call, paymentBody } = setup([{ method: 'POST', path: '/payments', kind: 'network-error', when: 'before' }]);
    const body = await paymentBody();
    const count = backend.state.payments.length;
    const lost = await call('POST', '/payments', { body, key: 'fault-key-1' });
    assert.equal(lost.network, true, 'the caller sees a dropped connection');
    assert.equal(backend.state.payments.length, count, 'the engine never saw it');
    const retried = await call('POST', '/payments', { body, key: 'fault-key-1' });
    assert.equal(retried.status, 201);
    assert.equal(backend.state.payments.length, count + 1);
  });

  test('a network error after the engine loses the answer of a payment that was made; the same key returns it', async () => {
    const { backend, call, paymentBody } = setup([{ method: 'POST', path: '/payments', kind: 'network-error', when: 'after' }]);
    const body = await paymentBody();
    const count = backend.state.payments.length;
    const lost = await call('POST', '/payments', { body, key: 'fault-key-2' });
    assert.equal(lost.network, true);
    assert.equal(backend.state.payments.length, count + 1, 'the engine applied it');
    const retried = await call('POST', '/payments', { body, key: 'fault-key-2' });
    assert.equal(retried.status, 201);
    assert.equal((retried.body as Schemas['Payment']).id, backend.state.payments.at(-1)!.id, 'the first payment, not a second');
    assert.equal(backend.state.payments.length, count + 1);
  });

  test('500 and 503 answer the contract’s error shape; 429 carries Retry-After and is always before the engine', async () => {
    const s = setup([
      { method: 'POST', path: '/payments', kind: 'status-500', when: 'after' },
      { method: 'POST', path: '/payments', kind: 'status-503', retryAfterSeconds: 7 },
      { method: 'POST', path: '/payments', kind: 'status-429', when: 'after', retryAfterSeconds: 3 },
    ]);
    const sBody = await s.paymentBody();
    const sCount = s.backend.state.payments.length;
    const five = await s.call('POST', '/payments', { body: sBody, key: 'fault-key-500' });
    assert.equal(five.status, 500);
    assert.deepEqual(Object.keys(five.body as object).sort(), ['code', 'message']);
    assert.equal((five.body as Schemas['Error']).code, 'internal_error');
    assert.equal(s.backend.state.payments.length, sCount + 1, 'after: the engine took it');
    const unavailable = await s.call('POST', '/payments', { body: sBody, key: 'fault-key-503' });
    assert.equal(unavailable.status, 503);
    assert.equal(unavailable.response.headers.get('Retry-After'), '7');
    assert.equal((unavailable.body as Schemas['Error']).code, 'internal_error');
    const limited = await s.call('POST', '/payments', { body: sBody, key: 'fault-key-429' });
    assert.equal(limited.status, 429);
    assert.equal(limited.response.headers.get('Retry-After'), '3');
    assert.equal((limited.body as Schemas['Error']).code, 'rate_limited');
    assert.equal(s.backend.state.payments.length, sCount + 1, 'neither the 503 (before) nor the 429 reached the engine');
  });

  test('entries hit in order, only matching requests, `every` n-th, and `pass` lets one through', async () => {
    const { call, layer } = setup([
      { path: '/invoices', kind: 'pass' },
      { path: '/invoices', kind: 'status-500' },
      { method: 'GET', path: '/payments/:id', kind: 'status-503' },
      { path: '/outstanding', kind: 'status-500', every: 2, times: 2 },
    ]);
    assert.equal((await call('GET', '/me')).status, 200, 'no entry matches /me');
    assert.equal((await call('GET', '/invoices')).status, 200, 'pass');
    assert.equal((await call('GET', '/invoices')).status, 500);
    assert.equal((await call('GET', '/invoices')).status, 200, 'the entry is used up');
    assert.equal((await call('GET', '/payments')).status, 200, '/payments/:id needs a segment');
    assert.equal((await call('GET', '/payments/pay-nope')).status, 503);
    const outstanding = [];
    for (let i = 0; i < 6; i++) outstanding.push((await call('GET', '/outstanding')).status);
    assert.deepEqual(outstanding, [200, 500, 200, 500, 200, 200]);
    assert.equal(layer.idle, true);
    assert.deepEqual(
      layer.log.filter((r) => r.fault).map((r) => `${r.method} ${r.path} ${r.fault!.kind}`),
      ['GET /invoices status-500', 'GET /payments/pay-nope status-503', 'GET /outstanding status-500', 'GET /outstanding status-500'],
    );
  });

  test('offline for N requests fails every API call as a network error, but never the mock controls', async () => {
    const { call, layer } = setup();
    layer.offline(2);
    assert.equal((await call('GET', '/__mock/clock', { token: null })).status, 200, 'controls stay reachable');
    assert.equal((await call('GET', '/me')).network, true);
    assert.equal((await call('GET', '/invoices')).network, true);
    assert.equal((await call('GET', '/me')).status, 200, 'back online after two');
    layer.offline();
    assert.equal((await call('GET', '/me')).network, true);
    layer.online();
    assert.equal((await call('GET', '/me')).status, 200);
  });

  test('slow answers after its delay; a timeout holds until the caller aborts, then drops', async () => {
    const { call } = setup([
      { path: '/me', kind: 'slow', delayMs: 40 },
      { path: '/me', kind: 'timeout', delayMs: 60_000 },
    ]);
    let started = Date.now();
    assert.equal((await call('GET', '/me')).status, 200);
    assert.ok(Date.now() - started >= 35, 'slow waited');
    const controller = new AbortController();
    started = Date.now();
    setTimeout(() => controller.abort(), 30);
    const held = await call('GET', '/me', { signal: controller.signal });
    assert.equal(held.network, true);
    assert.ok(Date.now() - started < 5_000, 'released by the abort, not the 60 s hold');
  });

  test('presets: flaky drops every third request, 500s fails all, normal clears', async () => {
    const { call, layer } = setup();
    layer.preset('flaky');
    const outcomes = [];
    for (let i = 0; i < 12; i++) outcomes.push((await call('GET', '/me')).network ? 'x' : '.');
    assert.equal(outcomes.filter((o) => o === 'x').length, 4, outcomes.join(''));
    layer.preset('500s');
    assert.equal((await call('GET', '/invoices')).status, 500);
    layer.preset('offline');
    assert.equal((await call('GET', '/invoices')).network, true);
    layer.preset('normal');
    assert.equal((await call('GET', '/invoices')).status, 200);
    assert.equal(layer.idle, true);
  });

  test('path patterns: segments, a trailing *, and any method', () => {
    const refund = faultMatcher({ method: 'post', path: '/staff/payments/:id/refund' });
    assert.equal(refund('POST', '/staff/payments/pay-1/refund'), true);
    assert.equal(refund('GET', '/staff/payments/pay-1/refund'), false);
    assert.equal(refund('POST', '/staff/payments/pay-1/void'), false);
    const staff = faultMatcher({ path: '/staff/*' });
    assert.equal(staff('GET', '/staff/payers'), true);
    assert.equal(staff('GET', '/staff'), true);
    assert.equal(staff('GET', '/staffing'), false);
    assert.equal(faultMatcher({})('DELETE', '/anything'), true);
  });
});
