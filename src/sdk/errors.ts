import type { ErrorCode, PaymentQuote, PullQuote } from './types.js';

/** Base class of every error the SDK throws itself (an aborted call rejects with the signal's reason instead). */
export class AlisError extends Error {
  override name = 'AlisError';
}

/** The fields of an {@link AlisApiError}. */
export interface AlisApiErrorInit {
  status: number;
  code: ErrorCode;
  message: string;
  fields?: Readonly<Record<string, string>>;
  details?: Readonly<Record<string, unknown>>;
}

/**
 * The server answered and refused: nothing was changed. `message` is written for people and may be
 * shown as it is; `fields` maps each offending input (JSON path) to what is wrong with it.
 */
export class AlisApiError extends AlisError {
  override name = 'AlisApiError';
  /** The HTTP status. */
  readonly status: number;
  /** The stable machine code, e.g. `balance_changed`. */
  readonly code: ErrorCode;
  /** Each offending field mapped to what is wrong with it; empty when the refusal names none. */
  readonly fields: Readonly<Record<string, string>>;
  /** Machine-readable context, e.g. `currentAmountCents` for `balance_changed`; empty when absent. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(init: AlisApiErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.fields = Object.freeze({ ...init.fields });
    this.details = Object.freeze({ ...init.details });
  }
}

/**
 * The request may or may not have reached the server (connection refused or dropped, unreadable
 * answer). For a money-moving call the outcome is unknown: retry with the same idempotency key,
 * which returns the first result instead of charging twice. The original failure is `cause`.
 */
export class AlisNetworkError extends AlisError {
  override name = 'AlisNetworkError';
}

/** Whether `error` is a refusal from the server, optionally with this `code` (narrows `error.code`). */
export function isAlisApiError<C extends ErrorCode>(error: unknown, code?: C): error is AlisApiError & { readonly code: C } {
  return error instanceof AlisApiError && (code === undefined || error.code === code);
}

/** The codes of a submission refused because the quote it names no longer holds; nothing was charged. */
export type QuoteRefusalCode = 'quote_changed' | 'quote_expired';

/**
 * Whether `error` refuses a payment or pull because its reviewed quote no longer holds:
 * `quote_changed` (the amount, fee, method or allocation differ now) or `quote_expired` (past the
 * quote's `expiresAt`). Nothing was charged; `details.quote` carries the new quote, read it with
 * {@link paymentQuoteOf} or {@link pullQuoteOf}.
 */
export function isQuoteRefusal(error: unknown): error is AlisApiError & { readonly code: QuoteRefusalCode } {
  return isAlisApiError(error, 'quote_changed') || isAlisApiError(error, 'quote_expired');
}

/**
 * The new quote a `quote_changed` / `quote_expired` refusal of `payments.create` carries, to show
 * for a fresh review (submitting it is a new request: use a new idempotency key); null for any
 * other error. Takes an `AlisApiError` or anything shaped like one (`code`, `details`).
 *
 * ```ts
 * catch (error) { const fresh = paymentQuoteOf(error); if (fresh) showReview(fresh); }
 * ```
 */
export function paymentQuoteOf(error: unknown): PaymentQuote | null {
  const quote = refusedQuote(error);
  return quote && isRecord(quote['method']) ? (quote as unknown as PaymentQuote) : null;
}

/** The new quote a `quote_changed` / `quote_expired` refusal of `staff.payments.pull` carries; null for any other error. */
export function pullQuoteOf(error: unknown): PullQuote | null {
  const quote = refusedQuote(error);
  return quote && Array.isArray(quote['parts']) ? (quote as unknown as PullQuote) : null;
}

/** `details.quote` of a quote refusal, when it looks like a quote. */
function refusedQuote(error: unknown): Record<string, unknown> | null {
  if (!isRecord(error)) return null;
  const { code, details } = error as { code?: unknown; details?: unknown };
  if ((code !== 'quote_changed' && code !== 'quote_expired') || !isRecord(details)) return null;
  const quote = details['quote'];
  return isRecord(quote) && typeof quote['quoteId'] === 'string' && isRecord(quote['totalCharged']) ? quote : null;
}

// `satisfies` makes the compiler fail when the document gains or loses a code.
const knownCodes = new Set(
  Object.keys({
    validation_failed: true,
    unauthenticated: true,
    forbidden: true,
    access_revoked: true,
    portal_disabled: true,
    gateway_disabled: true,
    not_addressee: true,
    not_found: true,
    balance_changed: true,
    quote_changed: true,
    quote_expired: true,
    idempotency_in_progress: true,
    conflict: true,
    profile_in_use: true,
    already_deposited: true,
    not_settled: true,
    invalid_state: true,
    amount_exceeds_balance: true,
    idempotency_key_reused: true,
    method_unusable: true,
    refund_exceeds_paid: true,
    not_representable: true,
    invalid_addressee: true,
    no_credit: true,
    amount_exceeds_credit: true,
    invitation_expired: true,
    invitation_used: true,
    payload_too_large: true,
    rate_limited: true,
    internal_error: true,
    not_implemented: true,
  } satisfies Record<ErrorCode, true>),
);

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && knownCodes.has(value);
}

/** The code a refusal without a readable `code` (a proxy's HTML page, an empty body) gets from its status. */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
    case 422:
      return 'validation_failed';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 410:
      return 'invitation_expired'; // the only 410s of the API are invitation links
    case 413:
      return 'payload_too_large';
    case 429:
      return 'rate_limited';
    case 501:
      return 'not_implemented';
    default:
      return 'internal_error';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringEntries(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/**
 * Builds the error for a non-2xx answer from whatever body came with it (parsed JSON, text, or
 * nothing). A body that is not the API's error shape never crashes: its code comes from the status
 * and its message is a generic sentence, because a raw proxy page is not fit to show a payer.
 */
export function apiErrorFromResponse(status: number, body: unknown): AlisApiError {
  const shaped = isRecord(body) ? body : {};
  const code = isErrorCode(shaped.code) ? shaped.code : codeForStatus(status);
  const message =
    typeof shaped.message === 'string' && shaped.message !== ''
      ? shaped.message
      : `The billing service could not complete the request (HTTP ${status}).`;
  return new AlisApiError({
    status,
    code,
    message,
    fields: stringEntries(shaped.fields),
    details: isRecord(shaped.details) ? shaped.details : {},
  });
}
