// Sending a payment-creating request until its outcome is known. The request carries an
// idempotency key, so asking again can never pay twice: it either gets the first answer back or
// makes the one payment that the lost attempt did not. What the caller must never do is guess.
import { AlisNetworkError, isAlisApiError } from '../sdk/errors.js';
import { REFUSED_BEFORE_THE_KEY } from '../sdk/retry.js';

/**
 * After the SDK's own retries, how long to wait before each further attempt with the same key
 * when the outcome is unknown (a dropped connection, or the first attempt still in flight in
 * another tab).
 */
export const CONFIRM_DELAYS_MS: readonly number[] = [1000, 2000, 4000];

/** How a submission ended: an answer, a definite refusal, or no way to tell yet. */
export type SubmissionOutcome<Answer> =
  | { kind: 'answered'; answer: Answer }
  | { kind: 'refused'; error: unknown }
  | { kind: 'unconfirmed' };

/** Options of {@link sendUntilKnown}. */
export interface SendUntilKnownOptions {
  /** Called before each wait, so the widget can say it is checking. */
  onChecking?: () => void;
  /** The waits before each further attempt (default {@link CONFIRM_DELAYS_MS}). */
  delaysMs?: readonly number[];
  /** Waits `ms` milliseconds; injectable so tests need not wait. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * The submission was sent before and its outcome is unknown ("Check again"): a transient refusal
   * then keeps it unknown from the first attempt on.
   */
  uncertain?: boolean;
}

/**
 * Whether `error` leaves the outcome of a keyed submission unknown: the request may or may not
 * have reached the engine (a network failure, a 500), or another attempt with the same key is
 * still being processed (`idempotency_in_progress`).
 */
export function isUnknownOutcome(error: unknown): boolean {
  return error instanceof AlisNetworkError || isAlisApiError(error, 'idempotency_in_progress') || isAlisApiError(error, 'internal_error');
}

/**
 * Whether `error` refuses only this attempt without looking at its key (the SDK's
 * `REFUSED_BEFORE_THE_KEY`): after an attempt that may have been applied, the outcome stays
 * unknown, and the key must be kept for checking again.
 */
export function isTransientRefusal(error: unknown): boolean {
  return isAlisApiError(error) && REFUSED_BEFORE_THE_KEY.has(error.code);
}

/**
 * Calls `send` (which must reuse one idempotency key) until it answers or refuses definitely,
 * waiting between attempts while the outcome is unknown; gives up as `unconfirmed` after the
 * last wait, leaving the key for a later "Check again". After an unknown outcome a refusal given
 * before the key is looked at (429, or the session ended) keeps it unknown instead of reporting a
 * refusal that would hide a payment.
 */
export async function sendUntilKnown<Answer>(send: () => Promise<Answer>, options: SendUntilKnownOptions = {}): Promise<SubmissionOutcome<Answer>> {
  const delays = options.delaysMs ?? CONFIRM_DELAYS_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let uncertain = options.uncertain ?? false;
  for (let attempt = 0; ; attempt++) {
    try {
      return { kind: 'answered', answer: await send() };
    } catch (error) {
      // Once an attempt may have been applied, "too many requests" says nothing about it.
      if (!isUnknownOutcome(error) && !(uncertain && isTransientRefusal(error))) return { kind: 'refused', error };
      uncertain = true;
      const delay = delays[attempt];
      if (delay === undefined) return { kind: 'unconfirmed' };
      options.onChecking?.();
      await sleep(delay);
    }
  }
}
