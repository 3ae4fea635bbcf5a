// The retry policy's pure helpers: backoff, Retry-After, and what may be retried.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  abortableSleep,
  backoffDelay,
  isRetryableRequest,
  isRetryableStatus,
  parseRetryAfter,
  resolveRetryPolicy,
  retryDelay,
  withRetry,
} from '../../src/sdk/retry.js';
import { AlisNetworkError, codeForStatus } from '../../src/sdk/errors.js';

const policy = resolveRetryPolicy({ baseDelayMs: 300, maxDelayMs: 10_000 });

describe('retry policy', () => {
  it('defaults to 2 retries, 300 ms and 10 s, and never allows more than 2 retries', () => {
    assert.deepEqual(resolveRetryPolicy(), { maxRetries: 2, baseDelayMs: 300, maxDelayMs: 10_000 });
    assert.equal(resolveRetryPolicy({ maxRetries: 10 }).maxRetries, 2);
    assert.equal(resolveRetryPolicy({ maxRetries: 0 }).maxRetries, 0);
    assert.equal(resolveRetryPolicy({ maxRetries: -1 }).maxRetries, 0);
    assert.equal(resolveRetryPolicy({ maxRetries: Number.NaN }).maxRetries, 2);
    assert.equal(resolveRetryPolicy({ baseDelayMs: -5 }).baseDelayMs, 0);
  });

  it('backs off exponentially with full jitter, capped at maxDelayMs', () => {
    assert.equal(backoffDelay(0, policy, () => 0), 0);
    assert.equal(backoffDelay(0, policy, () => 0.5), 150);
    assert.equal(backoffDelay(1, policy, () => 0.5), 300);
    assert.equal(backoffDelay(2, policy, () => 0.5), 600);
    assert.equal(backoffDelay(10, policy, () => 0.999), 9_990);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    assert.equal(parseRetryAfter('0', now), 0);
    assert.equal(parseRetryAfter(' 3 ', now), 3_000);
    assert.equal(parseRetryAfter('Wed, 25 Nov 2026 12:00:07 GMT', now), 7_000);
    assert.equal(parseRetryAfter('Wed, 25 Nov 2026 11:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter(null, now), undefined);
    assert.equal(parseRetryAfter('', now), undefined);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter('1.5', now), undefined);
    assert.equal(parseRetryAfter('-1', now), undefined);
  });

  it('waits what Retry-After asks, capped, and falls back to backoff without it', () => {
    const now = 0;
    assert.equal(retryDelay(0, '2', policy, () => 0.5, now), 2_000);
    assert.equal(retryDelay(0, '3600', policy, () => 0.5, now), 10_000);
    assert.equal(retryDelay(1, null, policy, () => 0.5, now), 300);
    assert.equal(retryDelay(1, 'garbage', policy, () => 0.5, now), 300);
  });

  it('retries 429 and 5xx except 501, and nothing else', () => {
    for (const status of [429, 500, 502, 503, 504, 599]) assert.equal(isRetryableStatus(status), true, String(status));
    for (const status of [200, 301, 400, 401, 403, 404, 409, 410, 422, 501]) assert.equal(isRetryableStatus(status), false, String(status));
  });

  it('retries reads, and writes only when they carry an Idempotency-Key', () => {
    const url = 'http://billing.test/x';
    const keyed = { 'Idempotency-Key': 'k-12345678' };
    assert.equal(isRetryableRequest(new Request(url)), true);
    assert.equal(isRetryableRequest(new Request(url, { method: 'HEAD' })), true);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      assert.equal(isRetryableRequest(new Request(url, { method })), false, method);
      assert.equal(isRetryableRequest(new Request(url, { method, headers: keyed })), true, method);
    }
    assert.equal(isRetryableRequest(new Request(url, { method: 'OPTIONS', headers: keyed })), false);
  });

  it('sleeps until the time is up, or rejects with the abort reason at once', async () => {
    await abortableSleep(1, new AbortController().signal);
    const controller = new AbortController();
    const sleeping = abortableSleep(60_000, controller.signal);
    controller.abort();
    await assert.rejects(sleeping, (error) => error === controller.signal.reason);
    await assert.rejects(abortableSleep(1, controller.signal), (error) => error === controller.signal.reason);
  });

  it('gives schema-less refusals a code from their status', () => {
    assert.equal(codeForStatus(400), 'validation_failed');
    assert.equal(codeForStatus(401), 'unauthenticated');
    assert.equal(codeForStatus(404), 'not_found');
    assert.equal(codeForStatus(429), 'rate_limited');
    assert.equal(codeForStatus(501), 'not_implemented');
    assert.equal(codeForStatus(503), 'internal_error');
  });
});

describe('withRetry after a lost attempt', () => {
  const noWait = { sleep: async () => {}, random: () => 0 };
  /** A fetch answering each attempt from `script`: 'drop' rejects like a dropped connection. */
  function scripted(script: (number | 'drop')[]) {
    const seen: string[] = [];
    const fetch = async (request: Request): Promise<Response> => {
      seen.push(request.headers.get('Idempotency-Key') ?? '');
      const next = script[seen.length - 1];
      if (next === undefined || next === 'drop') throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify({ code: next === 429 ? 'rate_limited' : 'internal_error', message: 'x' }), { status: next });
    };
    return { fetch, seen };
  }
  const write = () => new Request('http://x/api/v1/payments', { method: 'POST', headers: { 'Idempotency-Key': 'key-1' }, body: '{}' });

  it('a write cut off, then refused 429 to the last retry, is an unknown outcome, not a refusal', async () => {
    const { fetch, seen } = scripted(['drop', 429, 429]);
    await assert.rejects(withRetry(fetch, noWait)(write()), (error: unknown) => error instanceof AlisNetworkError && /could not confirm/.test((error as Error).message));
    assert.deepEqual(seen, ['key-1', 'key-1', 'key-1'], 'every attempt under the one key');
  });

  it('so is a 429 after an attempt answered 5xx (it may have been applied); a last 5xx is returned as it is', async () => {
    await assert.rejects(withRetry(scripted([503, 429, 429]).fetch, noWait)(write()), AlisNetworkError);
    const failed = await withRetry(scripted(['drop', 429, 500]).fetch, noWait)(write());
    assert.equal(failed.status, 500, 'internal_error already says the outcome is unknown');
  });

  it('a write cut off, then refused because the session ended (401, or 403 for who is asking), is an unknown outcome', async () => {
    const refusing = (status: number, code: string) => {
      const seen: number[] = [];
      const fetch = async (): Promise<Response> => {
        seen.push(seen.length);
        if (seen.length === 1) throw new TypeError('Failed to fetch');
        return new Response(JSON.stringify({ code, message: 'x' }), { status });
      };
      return { fetch, seen };
    };
    for (const [status, code] of [[401, 'unauthenticated'], [403, 'access_revoked'], [403, 'forbidden'], [403, 'portal_disabled']] as const) {
      await assert.rejects(
        withRetry(refusing(status, code).fetch, noWait)(write()),
        (error: unknown) => error instanceof AlisNetworkError && /session has ended/.test((error as Error).message),
        `${code} after a dropped attempt`,
      );
      const first = await withRetry(async () => new Response(JSON.stringify({ code, message: 'x' }), { status }), noWait)(write());
      assert.equal(first.status, status, `${code} with no lost attempt is the refusal it is`);
    }
    const gatewayOff = await withRetry(refusing(403, 'gateway_disabled').fetch, noWait)(write());
    assert.equal(gatewayOff.status, 403, 'a refusal given after the key was looked at means the lost attempt was not applied');
  });

  it('without a lost attempt the last 429 is returned as it is, and reads are never turned into errors', async () => {
    const limited = await withRetry(scripted([429, 429, 429]).fetch, noWait)(write());
    assert.equal(limited.status, 429);
    const read = await withRetry(scripted(['drop', 503, 503]).fetch, noWait)(new Request('http://x/api/v1/invoices'));
    assert.equal(read.status, 503);
  });
});
