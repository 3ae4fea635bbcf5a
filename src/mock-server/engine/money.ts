// Money arithmetic. Amounts are integer cents everywhere; nothing here ever sees a float amount.
import { EngineError } from './errors.js';

/** Basis points in one whole (10000 bp = 100%). */
export const BASIS_POINTS = 10_000;

/**
 * The fee on `amountCents` at `basisPoints`, rounded half-up to the cent — the one rounding rule of
 * the engine: 2.5% of $10.20 is 25.5¢ → 26¢; 2.5% of $10.01 is 25.025¢ → 25¢.
 */
export function feeCents(amountCents: number, basisPoints: number): number {
  assertCents(amountCents);
  // Integer arithmetic: amount × bp is exact well beyond any invoice total.
  return Math.floor((amountCents * basisPoints + BASIS_POINTS / 2) / BASIS_POINTS);
}

/** Sum of integer cents. */
export function sumCents(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/**
 * The largest amount the engine takes or serves, in cents: ten million dollars, the contract's
 * `maximum` on every money field. Far above any senior-living bill, and far below 2^53, so sums of a
 * few amounts stay exact integers (9007199254740993 would silently become …992 as a double).
 */
export const MAX_MONEY_CENTS = 1_000_000_000;

/**
 * What is wrong with `value` as an amount of cents from `minimum` to {@link MAX_MONEY_CENTS}, in
 * words for a `validation_failed` field; null when it is fine.
 */
export function centsProblem(value: unknown, minimum = 1): string | null {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < minimum || value > MAX_MONEY_CENTS) {
    return `Must be a whole number of cents from ${minimum} to ${new Intl.NumberFormat('en-US').format(MAX_MONEY_CENTS)}.`;
  }
  return null;
}

/**
 * Refuses (400 `validation_failed`, naming every offending field) amounts that are not whole cents
 * from `minimum` to {@link MAX_MONEY_CENTS}; fields given as `undefined` are optional and absent.
 * Each engine path that takes money calls it first, so a direct engine call is as safe as HTTP,
 * whose contract says the same.
 */
export function requireMoneyFields(fields: Record<string, unknown>, minimum = 1): void {
  const problems: Record<string, string> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const problem = centsProblem(value, minimum);
    if (problem !== null) problems[field] = problem;
  }
  if (Object.keys(problems).length > 0) throw EngineError.validation(problems, 'An amount is not a whole number of cents within the limit.');
}

/** Throws when `value` is not an integer number of cents. */
export function assertCents(value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer amount of cents: ${value}`);
}

/** True when `routingNumber` is nine digits passing the ABA checksum (3-7-1 weights). */
export function isValidRoutingNumber(routingNumber: string): boolean {
  if (!/^[0-9]{9}$/.test(routingNumber)) return false;
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(routingNumber[i]) * (weights[i] ?? 0);
  return sum % 10 === 0;
}

/** An amount in words for the engine's English messages, e.g. "$1,234.56" (display only, never arithmetic). */
export function formatCents(cents: number, currency: string): string {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
  return format.format(cents / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

/**
 * 400 `validation_failed` on `field` when an amount and its fee together would charge more than
 * one payment may ({@link MAX_MONEY_CENTS}): the total charged is money too.
 */
export function requireChargeWithinLimit(field: string, amountCents: number, feeCents: number): void {
  if (amountCents + feeCents > MAX_MONEY_CENTS) {
    throw EngineError.validation({ [field]: `With its fee this would charge more than ${formatCents(MAX_MONEY_CENTS, 'USD')}, the most one payment may.` });
  }
}
