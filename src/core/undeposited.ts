// Undeposited Payments in words and decisions, apart from the element: which payments can join a
// deposit, what a selection totals, the list's query, and what a deposit's refusal means for the
// confirmation on screen.
import { formatDate, formatMoney } from './format.js';
import { AlisNetworkError, isAlisApiError } from '../sdk/errors.js';
import type { Deposit, Money, Payment, PaymentMethodType, PaymentSource, StaffPaymentListQuery } from '../sdk/types.js';

/** The filters of Undeposited Payments; an empty string means "any". Dates are community dates (`YYYY-MM-DD`). */
export interface UndepositedFilters {
  source: PaymentSource | '';
  methodType: PaymentMethodType | '';
  from: string;
  to: string;
}

/** No filter at all. */
export const noFilters: UndepositedFilters = { source: '', methodType: '', from: '', to: '' };

/** Where a payment came from, as the list and its filter say it. */
export const sourceLabels: Readonly<Record<PaymentSource, string>> = {
  portal: 'Portal',
  staff_pull: 'Billing team pull',
};

/** A method type, as the list's filter says it. */
export const methodTypeLabels: Readonly<Record<PaymentMethodType, string>> = {
  card: 'Card',
  bank_account: 'Bank account',
};

/** The list's query: undeposited payments matching `filters`, `pageSize` at a time. */
export function undepositedQuery(filters: UndepositedFilters, pageSize: number): StaffPaymentListQuery {
  return {
    deposited: false,
    limit: pageSize,
    ...(filters.source ? { source: filters.source } : {}),
    ...(filters.methodType ? { methodType: filters.methodType } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
}

/** Whether any filter is set. */
export function isFiltered(filters: UndepositedFilters): boolean {
  return filters.source !== '' || filters.methodType !== '' || filters.from !== '' || filters.to !== '';
}

/** Why the date range cannot be asked for (the API refuses a reversed range), or null. */
export function dateRangeProblem(filters: UndepositedFilters): string | null {
  return filters.from && filters.to && filters.from > filters.to ? 'The “To” date must be on or after the “From” date.' : null;
}

/** Settled money can be deposited; a pending payment (a bank debit still settling) waits. */
export function isSettled(payment: Payment): boolean {
  return payment.status !== 'pending';
}

/** "Settling — can be deposited on Nov 27, 2026", or without a date when the engine gave none. */
export function settlingNote(payment: Payment, locale: string | undefined): string {
  return payment.depositableOn ? `Settling \u2014 can be deposited on ${formatDate(payment.depositableOn, locale)}` : 'Settling \u2014 cannot be deposited yet';
}

/** The total charged of `payments`, per currency (a deposit holds one currency; a mixed selection says so). */
export function formatTotals(payments: readonly Payment[], fallbackCurrency: string, locale: string | undefined): string {
  const byCurrency = new Map<string, number>();
  for (const p of payments) byCurrency.set(p.totalCharged.currency, (byCurrency.get(p.totalCharged.currency) ?? 0) + p.totalCharged.amountCents);
  if (byCurrency.size === 0) return formatMoney({ amountCents: 0, currency: fallbackCurrency }, locale);
  return [...byCurrency].map(([currency, amountCents]): string => formatMoney({ amountCents, currency } satisfies Money, locale)).join(' + ');
}

const paymentsWord = (count: number): string => (count === 1 ? 'payment' : 'payments');

/** The selection bar's sentence: how many payments are selected and what they total. */
export function selectionSummary(selected: readonly Payment[], currency: string, locale: string | undefined): string {
  return selected.length === 0 ? 'No payments selected.' : `${selected.length} ${paymentsWord(selected.length)} selected, ${formatTotals(selected, currency, locale)}`;
}

/** The Deposit button's words for `count` selected payments. */
export function depositButtonLabel(count: number): string {
  return count > 1 ? `Deposit ${count} payments` : count === 1 ? 'Deposit 1 payment' : 'Deposit';
}

/** What is announced once a deposit is made. */
export function depositCreatedMessage(deposit: Deposit, locale: string | undefined): string {
  return `Deposit ${deposit.reference} created: ${deposit.paymentCount} ${paymentsWord(deposit.paymentCount)}, ${formatMoney(deposit.total, locale)}.`;
}

/** What the confirmation says after a deposit was not made (or not known to be). */
export interface DepositProblem {
  problem: string;
  /** What the engine said about single payments (its `paymentIds[i]` fields), by payment id. */
  paymentProblems: Record<string, string>;
  /** The refusal says the list is out of date (someone else deposited or voided a payment). */
  stale: boolean;
}

/** Refusals that mean the loaded list no longer matches the engine. */
const STALE_CODES = new Set(['already_deposited', 'invalid_state', 'not_found']);

/** The sentence for a deposit whose outcome is unknown: asking again with the same key is safe. */
export const depositUnconfirmedMessage =
  'We could not confirm whether the deposit was made. Select “Deposit” again to check: it is safe, the same deposit is never made twice.';

/**
 * What a failed deposit of `paymentIds` says: an unknown outcome (a dropped connection, a 500, the
 * same key still in progress), the engine's refusal with its per-payment messages, or a failure of
 * ours. Nothing was deposited unless the outcome is unknown.
 */
export function depositProblem(error: unknown, paymentIds: readonly string[]): DepositProblem {
  if (error instanceof AlisNetworkError || isAlisApiError(error, 'idempotency_in_progress') || isAlisApiError(error, 'internal_error')) {
    return { problem: depositUnconfirmedMessage, paymentProblems: {}, stale: false };
  }
  if (!isAlisApiError(error)) return { problem: 'Something went wrong while depositing. Nothing was deposited; please try again.', paymentProblems: {}, stale: false };
  const stale = STALE_CODES.has(error.code);
  const paymentProblems: Record<string, string> = {};
  for (const [field, text] of Object.entries(error.fields)) {
    const index = /^paymentIds\[(\d+)\]$/.exec(field)?.[1];
    const id = index === undefined ? undefined : paymentIds[Number(index)];
    if (id) paymentProblems[id] = text;
  }
  const problem = stale ? `${error.message} Nothing was deposited. Go back to the updated list and select the payments again.` : error.message;
  return { problem, paymentProblems, stale };
}
