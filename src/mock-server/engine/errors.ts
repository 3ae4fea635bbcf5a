import type { components } from '../../contract/types.js';

/** A machine code from the contract's `ErrorCode`. */
export type ErrorCode = components['schemas']['ErrorCode'];

/** The JSON body of every refusal, as the contract's `Error` schema defines it. */
export type ErrorBody = components['schemas']['Error'];

/** The HTTP status each code is answered with, so callers only choose the code. */
const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  access_revoked: 403,
  portal_disabled: 403,
  gateway_disabled: 403,
  not_addressee: 403,
  not_found: 404,
  balance_changed: 409,
  quote_changed: 409,
  quote_expired: 409,
  idempotency_in_progress: 409,
  conflict: 409,
  profile_in_use: 409,
  already_deposited: 409,
  not_settled: 409,
  invalid_state: 409,
  invitation_expired: 410,
  invitation_used: 410,
  // Only the Node mock server answers it (request bodies past its 1 MiB limit); the engine never does.
  payload_too_large: 413,
  amount_exceeds_balance: 422,
  idempotency_key_reused: 422,
  method_unusable: 422,
  refund_exceeds_paid: 422,
  not_representable: 422,
  invalid_addressee: 422,
  no_credit: 409,
  amount_exceeds_credit: 422,
  rate_limited: 429,
  internal_error: 500,
  not_implemented: 501,
};

/** Optional parts of an {@link EngineError}. */
export interface EngineErrorOptions {
  /** Each offending field (JSON path) mapped to what is wrong with it. */
  fields?: Record<string, string>;
  /** Machine-readable context, e.g. `currentAmountCents` for `balance_changed`. */
  details?: Record<string, unknown>;
}

/**
 * A refusal by the billing engine. The HTTP layer turns it into `{ code, message, fields? }` with
 * {@link EngineError.status}; the engine throws it before changing any state.
 */
export class EngineError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: Record<string, string> | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: EngineErrorOptions = {}) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    this.status = STATUS[code];
    this.fields = options.fields;
    this.details = options.details;
  }

  /** A `validation_failed` error naming the offending fields. */
  static validation(fields: Record<string, string>, message = 'Some fields are not valid.'): EngineError {
    return new EngineError('validation_failed', message, { fields });
  }

  /** The body the contract's `Error` schema describes. */
  toBody(): ErrorBody {
    const body: ErrorBody = { code: this.code, message: this.message };
    if (this.fields) body.fields = this.fields;
    if (this.details) body.details = this.details;
    return body;
  }
}

/** The HTTP status for an error code. */
export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}
