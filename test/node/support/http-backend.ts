// A fresh mock backend behind the MSW handlers, called the way a client calls the HTTP API, for the
// black-box scenario tests: requests in, JSON out, and the store compared where "nothing changed"
// is the claim. Money-moving POSTs get an Idempotency-Key of their own unless the test gives one.
import assert from 'node:assert/strict';
import { getResponse } from 'msw';
import { createMockBackend, type MockBackend } from '../../../src/mock-server/engine/backend.js';
import { createMockHandlers } from '../../../src/mock-server/handlers.js';
import type { components } from '../../../src/contract/types.js';

type ApiError = components['schemas']['Error'];

const BASE = 'http://localhost/api/v1';

/** What the API answered. */
export interface Reply {
  status: number;
  body: unknown;
}

/** The paths whose POSTs the contract requires an Idempotency-Key for. */
const MONEY_MOVING = /^\/(payments$|staff\/payments|staff\/deposits|staff\/payers\/[^/]+\/credit-applications)/;

/** `POST /payments` and `POST /staff/payments` name the quote they were reviewed under; these are the quotes' paths. */
const QUOTE_OF: Readonly<Record<string, string>> = { '/payments': '/payments/quote', '/staff/payments': '/staff/payments/quote' };

/**
 * The body a payment or pull is sent with when the test names no quote: quoted first through
 * `send`, as a widget does, with that quote's id added. A refused quote leaves a placeholder id:
 * the payment is then refused for the same reason, since every other check comes before the quote's.
 */
export async function withQuote(method: string, path: string, body: unknown, send: (path: string, body: unknown) => Promise<Reply>): Promise<unknown> {
  const quotePath = QUOTE_OF[path];
  if (method !== 'POST' || !quotePath || typeof body !== 'object' || body === null || Array.isArray(body) || 'quoteId' in body) return body;
  const quote = await send(quotePath, body);
  const quoteId = quote.status === 200 ? (quote.body as { quoteId: string }).quoteId : 'qt_unquoted';
  return { ...body, quoteId };
}

/** A backend with the seed data and the calls to drive it. */
export interface HttpBackend {
  backend: MockBackend;
  /** One request; `key` overrides the generated Idempotency-Key. */
  call(method: string, path: string, token?: string, body?: unknown, key?: string): Promise<Reply>;
  /** One request that must succeed (2xx); its body. */
  ok<T>(method: string, path: string, token?: string, body?: unknown): Promise<T>;
  /** One request that must be refused with `status` and `code`, leaving the store exactly as it was. */
  refused(status: number, code: string, method: string, path: string, token?: string, body?: unknown): Promise<ApiError>;
}

/** A fresh seeded backend behind the handlers. */
export function httpBackend(): HttpBackend {
  const backend = createMockBackend();
  const handlers = createMockHandlers(backend, { baseUrl: BASE });
  let keys = 0;
  const send = async (method: string, path: string, token: string | undefined, body: unknown, key: string | undefined): Promise<Reply> => {
    const headers: Record<string, string> = {};
    if (token) headers['Authorization'] = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method === 'POST' && MONEY_MOVING.test(path)) headers['Idempotency-Key'] = key ?? `scenario-key-${++keys}`;
    const response = await getResponse(handlers, new Request(`${BASE}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }));
    assert.ok(response, `${method} ${path} was not handled`);
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  // Payments and pulls are quoted first unless the test names a quote (see `withQuote`).
  const call: HttpBackend['call'] = async (method, path, token, body, key) =>
    send(method, path, token, await withQuote(method, path, body, (quotePath, quoteBody) => send('POST', quotePath, token, quoteBody, undefined)), key);
  const ok: HttpBackend['ok'] = async <T>(method: string, path: string, token?: string, body?: unknown): Promise<T> => {
    const reply = await call(method, path, token, body);
    assert.ok(reply.status < 300, `${method} ${path} → ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body as T;
  };
  const refused: HttpBackend['refused'] = async (status, code, method, path, token, body) => {
    const before = structuredClone(backend.state);
    const reply = await call(method, path, token, body);
    const error = reply.body as ApiError;
    assert.equal(reply.status, status, `${method} ${path}: ${JSON.stringify(reply.body)}`);
    assert.equal(error.code, code, `${method} ${path}: ${error.message}`);
    assert.deepEqual(backend.state, before, `${method} ${path} changed the store although it was refused`);
    return error;
  };
  return { backend, call, ok, refused };
}
