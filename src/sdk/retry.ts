// A fetch wrapper that retries what is safe to retry: reads, and writes that carry an
// Idempotency-Key (the server answers a repeated key with the first result instead of acting twice).
import { AlisNetworkError } from './errors.js';

/** What the SDK hands to `fetch`: one `Request` in, one `Response` out. */
export type FetchLike = (request: Request) => Promise<Response>;

/** How hard the SDK retries transient failures. */
export interface RetryOptions {
  /** Retries after the first attempt; default 2, at most 2. */
  maxRetries?: number;
  /** The first retry waits up to this long, doubling after each (full jitter); default 300. */
  baseDelayMs?: number;
  /** No wait exceeds this, whether from backoff or `Retry-After`; default 10 000. */
  maxDelayMs?: number;
}

/** A {@link RetryOptions} with every value chosen and in range. */
export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Seams for tests (deterministic jitter, no real waiting). Not part of the public API. */
export interface RetryInternals {
  /** A number in [0, 1); default `Math.random`. */
  random?: () => number;
  /** Waits `ms`, rejecting with `signal.reason` when the signal aborts; default {@link abortableSleep}. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Options of {@link withRetry}. */
export interface RetryingFetchOptions extends RetryOptions, RetryInternals {
  /**
   * Runs on each attempt's copy of the request before it is sent (e.g. to add a fresh bearer
   * token). Its errors reject the call as they are and are not retried: the request never left.
   */
  prepare?: (request: Request) => void | Promise<void>;
}

const MAX_RETRIES = 2;

function finiteOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? value : fallback;
}

/** Fills in defaults and clamps the caller's options (at most 2 retries, no negative delays). */
export function resolveRetryPolicy(options: RetryOptions = {}): RetryPolicy {
  return {
    maxRetries: Math.min(MAX_RETRIES, Math.max(0, Math.floor(finiteOr(options.maxRetries, MAX_RETRIES)))),
    baseDelayMs: Math.max(0, finiteOr(options.baseDelayMs, 300)),
    maxDelayMs: Math.max(0, finiteOr(options.maxDelayMs, 10_000)),
  };
}

/** Statuses worth another attempt: 429 and 5xx, except 501 (a missing endpoint stays missing). */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

/** Reads are always safe to repeat; a write only when its Idempotency-Key makes the repeat harmless. */
export function isRetryableRequest(request: Request): boolean {
  switch (request.method) {
    case 'GET':
    case 'HEAD':
      return true;
    case 'POST':
    case 'PUT':
    case 'PATCH':
    case 'DELETE':
      return request.headers.has('Idempotency-Key');
    default:
      return false;
  }
}

/** Exponential backoff with full jitter: a random wait in [0, min(maxDelayMs, baseDelayMs · 2^attempt)). */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}

/**
 * A `Retry-After` header as milliseconds from `now`: delay-seconds or an HTTP date (a past date is
 * 0). `undefined` when absent or unreadable, so the caller falls back to backoff.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Date.parse accepts odd things such as "1.5"; an HTTP date always names a day or month.
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait before retry number `attempt + 1`: the server's `Retry-After` if readable, else backoff; capped either way. */
export function retryDelay(
  attempt: number,
  retryAfter: string | null,
  policy: RetryPolicy,
  random: () => number = Math.random,
  now: number = Date.now(),
): number {
  const asked = parseRetryAfter(retryAfter, now);
  return asked === undefined ? backoffDelay(attempt, policy, random) : Math.min(asked, policy.maxDelayMs);
}

/** Resolves after `ms`, or rejects with `signal.reason` as soon as the signal aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The refusals the billing service gives before it looks at a request's idempotency key: too many
 * requests, and who is asking (signed out, access revoked, not allowed, the portal switched off).
 * After an attempt that may have been applied, they leave its outcome unknown.
 */
export const REFUSED_BEFORE_THE_KEY: ReadonlySet<string> = new Set(['rate_limited', 'unauthenticated', 'access_revoked', 'forbidden', 'portal_disabled']);

/** The `code` of an error answer, read from a copy so the caller can still read the body. */
async function errorCodeOf(response: Response): Promise<string> {
  try {
    const body = (await response.clone().json()) as { code?: unknown };
    return typeof body.code === 'string' ? body.code : '';
  } catch {
    return '';
  }
}

/**
 * Wraps `fetch` so that network failures, 429 and 5xx (except 501) are retried for safe requests.
 * Each attempt sends a clone, so a body can be sent again (a first attempt without a body sends
 * the request itself). An abort (the request's signal) stops at once with the signal's reason; a
 * network failure with no retry left becomes an {@link AlisNetworkError}; any HTTP answer with no
 * retry left is returned as it is — except a 429 after an attempt of a write was cut off or
 * answered 5xx, which also becomes an {@link AlisNetworkError}: that attempt may have been
 * applied, so the outcome is unknown, not refused.
 */
export function withRetry(fetch: FetchLike, options: RetryingFetchOptions = {}): FetchLike {
  const policy = resolveRetryPolicy(options);
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? abortableSleep;
  return async (request) => {
    const { signal } = request;
    const retryable = isRetryableRequest(request);
    const write = request.method !== 'GET' && request.method !== 'HEAD';
    // An attempt of a write whose connection dropped (or that got a 5xx) may have been applied:
    // from then on only a definite answer settles the outcome, and a last 429 does not.
    let lostWrite: unknown = null;
    for (let attempt = 0; ; attempt++) {
      if (signal.aborted) throw signal.reason;
      const canRetry = retryable && attempt < policy.maxRetries;
      // A copy per attempt keeps the body for the next one; a request without a body is sent as it
      // is the first time (cloning one costs as much as the rest of the SDK's work on a call).
      const copy = attempt === 0 && request.body === null ? request : request.clone();
      await options.prepare?.(copy);
      let response: Response;
      try {
        response = await fetch(copy);
        // msw's HttpResponse.error() and some polyfills resolve with a network error instead of rejecting.
        if (response.type === 'error') throw new TypeError('Network error');
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        if (!canRetry) {
          throw new AlisNetworkError('The billing service could not be reached. Please check your connection and try again.', {
            cause: error,
          });
        }
        if (write) lostWrite = error;
        await sleep(backoffDelay(attempt, policy, random), signal);
        continue;
      }
      if (!isRetryableStatus(response.status)) {
        // After an attempt that may have been applied, a refusal of who is asking (given before the
        // service looks at the key) says nothing about that attempt: the outcome is still unknown.
        if (lostWrite !== null && (response.status === 401 || response.status === 403) && REFUSED_BEFORE_THE_KEY.has(await errorCodeOf(response))) {
          response.body?.cancel().catch(() => undefined);
          throw new AlisNetworkError(
            'The billing service could not confirm the request: an earlier attempt was cut off and the session has ended since. Sign in again and send it with the same idempotency key; it will not be applied twice.',
            { cause: lostWrite },
          );
        }
        return response;
      }
      // A 5xx may come after the server applied the write, like a dropped connection.
      if (write && response.status >= 500) lostWrite ??= new Error(`An attempt was answered with HTTP ${response.status}.`);
      if (!canRetry) {
        // Only a 429 needs this: a last 5xx already reads as an unknown outcome (internal_error).
        if (lostWrite === null || response.status !== 429) return response;
        response.body?.cancel().catch(() => undefined);
        throw new AlisNetworkError(
          'The billing service could not confirm the request: an earlier attempt was cut off and the service is busy now. Sending it again with the same idempotency key is safe.',
          { cause: lostWrite },
        );
      }
      // Release the connection of the answer we are discarding.
      response.body?.cancel().catch(() => undefined);
      await sleep(retryDelay(attempt, response.headers.get('Retry-After'), policy, random), signal);
    }
  };
}
