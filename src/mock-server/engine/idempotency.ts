// Idempotency keys for payment-creating and money-moving requests (the document's `Idempotency-Key`).
//
// A key is scoped to (user, operation, key): two users may use the same key, and one user's key for
// `POST /payments` says nothing about `POST /staff/deposits`. The record holds a canonical rendering
// of the body (so a different body under the same key is recognised) and the first reply.
//
// - same key + same body, first request completed → the stored reply again, byte for byte; the
//   store does not change, so nothing is charged twice;
// - same key + different body → 422 `idempotency_key_reused` (checked first: a misused key is
//   refused whatever state the first request is in);
// - same key while the first request is still being performed → 409 `idempotency_in_progress`.
//
// Handlers run synchronously, so a request is never really "in flight" while another is served.
// The model is still explicit — a key is recorded `in_progress` before the work and `completed`
// with the reply after it, in the same `backend.mutate` — so that a persisted or shared store, an
// async backend, or a test calling {@link beginIdempotent} on its own sees the in-flight state.
//
// A refused first attempt is NOT stored (unlike Stripe, which replays 4xx results): a refusal is an
// `EngineError` thrown inside `backend.mutate`, which discards the draft and with it the
// `in_progress` record, and the contract promises that a refused request changes no state. The key
// stays free, so the client may fix the input and retry with it. Replies that are not refusals —
// including a 201 payment whose card was declined (`status: failed`) — are stored and replayed.
//
// Records expire after 24 hours on the mock clock (Stripe's rule): an expired record is treated as
// absent, so the key is a new request again, and records are pruned whenever a key is claimed.
// They are appended as the clock moves, and the clock never goes backwards, so the expired ones are
// always at the front: pruning looks at the oldest records only and stops at the first live one,
// so a request pays for what it removes, never for a scan of the whole store.
//
// The canonical body is stored as JSON text, not a hash, so comparisons are exact. Bodies with
// secrets (a full bank account number) must never go through here; `POST /payment-methods` does
// not take a key.
import { EngineError } from './errors.js';
import type { MockBackend } from './backend.js';
import type { BillingState, IdempotencyRecord, JsonValue } from './state.js';

/** How long a key is remembered: a retry within 24 hours replays, a key used after that is new (Stripe's rule). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** Identifies one idempotent request: who sent it, to which operation, with which key and body. */
export interface IdempotentRequest {
  /** The authenticated user's id: keys are scoped per user. */
  userId: string;
  /**
   * The operation with its concrete path, e.g. `POST /payments` or
   * `POST /staff/payments/pay-0007/refunds`, so a key reused on another target is a new request.
   */
  operation: string;
  /** The `Idempotency-Key` header value. */
  key: string;
  /** The parsed request body (or null when there is none). */
  body: unknown;
}

/** A reply worth storing: its HTTP status and JSON body. */
export interface IdempotentReply {
  status: number;
  body: JsonValue;
}

/** What {@link beginIdempotent} found: a stored reply to send again, or a fresh start. */
export type IdempotencyStart = { kind: 'replay'; reply: IdempotentReply } | { kind: 'started'; record: IdempotencyRecord };

/**
 * JSON with object keys sorted at every level, so `{a:1,b:2}` and `{b:2,a:1}` are the same body.
 * `undefined` members are dropped, as `JSON.stringify` does.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const name of Object.keys(value).sort()) out[name] = sortKeys((value as Record<string, unknown>)[name]);
    return out;
  }
  return value;
}

/**
 * What makes two requests under one key "the same request": the body without its `quoteId`. A
 * quote only vouches that the terms are still current; a retry that had to fetch a fresh quote
 * (e.g. "Pull all due" run again after a dropped connection, or a retry after the first quote
 * expired) asks for the same payment and must get the first reply, not a second charge. Refusals
 * are never stored under a key, so a submission refused as `quote_changed` may be sent again with
 * the new quote and the same key.
 */
export function requestFingerprint(body: unknown): string {
  if (body !== null && typeof body === 'object' && !Array.isArray(body) && 'quoteId' in body) {
    const { quoteId: _quoteId, ...rest } = body as Record<string, unknown>;
    return canonicalJson(rest);
  }
  return canonicalJson(body ?? null);
}

/** A copy of `value` as plain JSON (what a client would receive), for storing a reply. */
export function toJson(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value ?? null)) as JsonValue;
}

/** Whether `record` is older than {@link IDEMPOTENCY_TTL_MS} at `now`, and so no longer counts. */
export function isIdempotencyRecordExpired(record: IdempotencyRecord, now: Date): boolean {
  return Date.parse(record.createdAt) + IDEMPOTENCY_TTL_MS <= now.getTime();
}

/**
 * The stored record of this (user, operation, key), if any. Given `now`, an expired record is not
 * found: a key reused after 24 hours is a new request.
 */
export function findIdempotencyRecord(state: BillingState, request: IdempotentRequest, now?: Date): IdempotencyRecord | undefined {
  return state.idempotency.find(
    (r) =>
      r.userId === request.userId &&
      r.operation === request.operation &&
      r.key === request.key &&
      (now === undefined || !isIdempotencyRecordExpired(r, now)),
  );
}

/**
 * Removes the expired records at the front of the store (the oldest; see the note at the top) on
 * the draft `state`; returns how many. Stops at the first live record, so it costs what it removes.
 */
export function pruneExpiredIdempotency(state: BillingState, now: Date): number {
  let expired = 0;
  for (const record of state.idempotency) {
    if (!isIdempotencyRecordExpired(record, now)) break;
    expired += 1;
  }
  if (expired > 0) state.idempotency.splice(0, expired);
  return expired;
}

/**
 * What an earlier request with this key means for `request`, without changing anything: null when
 * the key is new, the stored reply when it is a retry of a completed request; throws 422
 * `idempotency_key_reused` (different body) or 409 `idempotency_in_progress` (first one unfinished).
 */
export function checkIdempotent(state: BillingState, request: IdempotentRequest, now?: Date): IdempotentReply | null {
  const record = findIdempotencyRecord(state, request, now);
  if (!record) return null;
  if (record.fingerprint !== requestFingerprint(request.body)) {
    throw new EngineError(
      'idempotency_key_reused',
      'This idempotency key was already used for a different request. Use a new key for a new payment.',
      { details: { key: request.key } },
    );
  }
  if (record.state === 'in_progress' || record.response === null) {
    throw new EngineError(
      'idempotency_in_progress',
      'The first request with this idempotency key is still being processed. Try again in a moment.',
      { details: { key: request.key } },
    );
  }
  return { status: record.response.status, body: JSON.parse(record.response.bodyText) as JsonValue };
}

/**
 * Claims the key on the draft `state` (pruning expired records first): a replay when it was
 * completed within 24 hours, otherwise a new `in_progress` record (what a concurrent request with the same key then runs into). Throws like
 * {@link checkIdempotent}. Tests call it alone, in a `backend.mutate`, to simulate a request in flight.
 */
export function beginIdempotent(state: BillingState, now: Date, request: IdempotentRequest): IdempotencyStart {
  pruneExpiredIdempotency(state, now);
  const reply = checkIdempotent(state, request, now);
  if (reply) return { kind: 'replay', reply };
  // An expired record of this very key that pruning did not reach (a store restored out of order)
  // makes way for the new one.
  const stale = state.idempotency.findIndex(
    (r) => r.userId === request.userId && r.operation === request.operation && r.key === request.key,
  );
  if (stale !== -1) state.idempotency.splice(stale, 1);
  const record: IdempotencyRecord = {
    key: request.key,
    userId: request.userId,
    operation: request.operation,
    fingerprint: requestFingerprint(request.body),
    state: 'in_progress',
    response: null,
    createdAt: now.toISOString(),
  };
  state.idempotency.push(record);
  return { kind: 'started', record };
}

/** Stores the reply of a request begun with {@link beginIdempotent}; later retries get it back. */
export function completeIdempotent(state: BillingState, request: IdempotentRequest, reply: IdempotentReply): void {
  const record = findIdempotencyRecord(state, request);
  if (!record) throw new Error(`idempotency: ${request.operation} key ${request.key} was never begun`);
  record.state = 'completed';
  record.response = { status: reply.status, bodyText: JSON.stringify(reply.body) };
}

/**
 * Runs `perform` once per (user, operation, key) within 24 hours: a retry with the same body gets the stored reply
 * and changes nothing; otherwise the key is claimed, `perform` runs on the draft store, and its
 * reply is stored, all in one `backend.mutate`. If `perform` throws, the draft (claim included) is
 * discarded: the refusal is not stored and the key stays free.
 *
 * ```ts
 * return runIdempotent(backend, { userId: user.id, operation: 'POST /payments', key, body }, (draft, now) =>
 *   ({ status: 201, body: toJson(paymentView(draft, submitPayment(draft, now, input))) }));
 * ```
 */
export function runIdempotent(
  backend: MockBackend,
  request: IdempotentRequest,
  perform: (draft: BillingState, now: Date) => IdempotentReply,
): IdempotentReply {
  // Read-only first: a replay or a refusal of the key must not touch (or persist) the store.
  const stored = checkIdempotent(backend.state, request, backend.now());
  if (stored) return stored;
  return backend.mutate((draft, now) => {
    const start = beginIdempotent(draft, now, request);
    if (start.kind === 'replay') return start.reply;
    const reply = perform(draft, now);
    const json: IdempotentReply = { status: reply.status, body: toJson(reply.body) };
    completeIdempotent(draft, request, json);
    return json;
  });
}
