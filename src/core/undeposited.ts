// Undeposited Payments in words and decisions, apart from the element: which payments can join a
// deposit, what a selection totals, the list's query, and what a deposit's refusal means for the
// confirmation on screen.
import { formatDate, formatMoney } from './format.js';
import { english, type Translate } from './i18n/translate.js';
import { refusalSentence, refusedFieldSentence } from './refusal-words.js';
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

/** Where a payment can come from, in the order the filter lists them. */
export const PAYMENT_SOURCES: readonly PaymentSource[] = ['portal', 'staff_pull'];

/** The method types, in the order the filter lists them. */
export const METHOD_TYPES: readonly PaymentMethodType[] = ['card', 'bank_account'];

/** Where a payment came from, as the list and its filter say it. */
export function sourceLabel(source: PaymentSource, t: Translate = english): string {
  switch (source) {
    case 'portal':
      return t('Portal');
    case 'staff_pull':
      return t('Billing team pull');
  }
}

/** A method type, as the list's filter says it. */
export function methodTypeLabel(methodType: PaymentMethodType, t: Translate = english): string {
  switch (methodType) {
    case 'card':
      return t('Card');
    case 'bank_account':
      return t('Bank account');
  }
}

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
export function dateRangeProblem(filters: UndepositedFilters, t: Translate = english): string | null {
  return filters.from && filters.to && filters.from > filters.to ? t('The “To” date must be on or after the “From” date.') : null;
}

/** Settled money can be deposited; a pending payment (a bank debit still settling) waits. */
export function isSettled(payment: Payment): boolean {
  return payment.status !== 'pending';
}

/** "Settling — can be deposited on Nov 27, 2026", or without a date when the engine gave none. */
export function settlingNote(payment: Payment, locale: string | undefined, t: Translate = english): string {
  return payment.depositableOn
    ? t('Settling — can be deposited on {date}', { date: formatDate(payment.depositableOn, locale) })
    : t('Settling — cannot be deposited yet');
}

/** Where a payment stands with deposits: in one, waiting for one, settling first, or never to be in one. */
export type DepositStandingKind = 'deposited' | 'waiting' | 'settling' | 'never';

/** A payment's place in the deposits, in words true of its status: a short cell for a table, and a sentence. */
export interface DepositStanding {
  kind: DepositStandingKind;
  cell: string;
  line: string;
}

/**
 * Where `payment`'s money stands with the bank deposits, as the engine decides it
 * (`DEPOSITABLE` in `staff-payments.ts`): a deposited payment names its deposit, and what a refund
 * or a bank return took back from it since; a pending one settles first; a succeeded or partly
 * refunded one waits for a deposit; a voided, failed, returned or fully refunded one that never
 * joined a deposit never will, and says why, so nothing reads "not deposited yet" that never will be.
 */
export function depositStanding(payment: Pick<Payment, 'status' | 'depositId' | 'depositReference' | 'depositableOn'>, locale: string | undefined, t: Translate = english): DepositStanding {
  if (payment.depositId) {
    const reference = payment.depositReference ?? '';
    const cell = t.ctx('deposit state', 'Deposited');
    switch (payment.status) {
      case 'returned':
        return { kind: 'deposited', cell, line: t('In deposit {reference}; the bank returned the debit since, and that deposit was adjusted by it.', { reference }) };
      case 'refunded':
        return { kind: 'deposited', cell, line: t('In deposit {reference}; it was refunded in full since, and that deposit was adjusted by the refund.', { reference }) };
      case 'partially_refunded':
        return { kind: 'deposited', cell, line: t('In deposit {reference}; what was refunded of it is an adjustment of that deposit.', { reference }) };
      default:
        return { kind: 'deposited', cell, line: t('In deposit {reference}.', { reference }) };
    }
  }
  const never = (line: string): DepositStanding => ({ kind: 'never', cell: t.ctx('deposit state', 'Will not be deposited'), line });
  switch (payment.status) {
    case 'pending':
      return {
        kind: 'settling',
        cell: t.ctx('deposit state', 'Not deposited'),
        line: payment.depositableOn
          ? t('Not deposited yet: the bank debit is settling and can be deposited on {date}.', { date: formatDate(payment.depositableOn, locale) })
          : t('Not deposited yet: the payment is still settling.'),
      };
    case 'succeeded':
    case 'partially_refunded':
      return { kind: 'waiting', cell: t.ctx('deposit state', 'Not deposited'), line: t('Not deposited yet.') };
    case 'voided':
      return never(t('Will not be deposited: the payment was voided, so no money was collected.'));
    case 'failed':
      return never(t('Will not be deposited: the payment failed, so no money was collected.'));
    case 'returned':
      return never(t('Will not be deposited: the bank returned the debit, so the money went back.'));
    case 'refunded':
      return never(t('Will not be deposited: the payment was refunded in full.'));
  }
}

/** The total charged of `payments`, per currency (a deposit holds one currency; a mixed selection says so). */
export function formatTotals(payments: readonly Payment[], fallbackCurrency: string, locale: string | undefined): string {
  const byCurrency = new Map<string, number>();
  for (const p of payments) byCurrency.set(p.totalCharged.currency, (byCurrency.get(p.totalCharged.currency) ?? 0) + p.totalCharged.amountCents);
  if (byCurrency.size === 0) return formatMoney({ amountCents: 0, currency: fallbackCurrency }, locale);
  return [...byCurrency].map(([currency, amountCents]): string => formatMoney({ amountCents, currency } satisfies Money, locale)).join(' + ');
}

/** The selection bar's sentence: how many payments are selected and what they total. */
export function selectionSummary(selected: readonly Payment[], currency: string, locale: string | undefined, t: Translate = english): string {
  if (selected.length === 0) return t('No payments selected.');
  const total = formatTotals(selected, currency, locale);
  return t.plural(selected.length, { one: '{count} payment selected, {total}', other: '{count} payments selected, {total}' }, { total });
}

/** The Deposit button's words for `count` selected payments, in `t`'s language. */
export function depositButtonWords(count: number, t: Translate = english): string {
  if (count === 0) return t.ctx('deposit button', 'Deposit');
  return t.plural(count, { one: 'Deposit {count} payment', other: 'Deposit {count} payments' });
}

/**
 * The Deposit button's words in English ({@link depositButtonWords} in the reader's language). One
 * parameter only, so it maps a list of counts: `[0, 1, 2].map(depositButtonLabel)`.
 */
export function depositButtonLabel(count: number): string {
  return depositButtonWords(count);
}

/** What is announced once a deposit is made. */
export function depositCreatedMessage(deposit: Deposit, locale: string | undefined, t: Translate = english): string {
  return t.plural(
    deposit.paymentCount,
    { one: 'Deposit {reference} created: {count} payment, {total}.', other: 'Deposit {reference} created: {count} payments, {total}.' },
    { reference: deposit.reference, total: formatMoney(deposit.total, locale) },
  );
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
export function depositUnconfirmedSentence(t: Translate = english): string {
  return t('We could not confirm whether the deposit was made. Select “Deposit” again to check: it is safe, the same deposit is never made twice.');
}

/** {@link depositUnconfirmedSentence} in English. */
export const depositUnconfirmedMessage = depositUnconfirmedSentence();

/**
 * What a failed deposit of `paymentIds` says: an unknown outcome (a dropped connection, a 500, the
 * same key still in progress), the engine's refusal with its per-payment messages, or a failure of
 * ours. Nothing was deposited unless the outcome is unknown.
 */
export function depositProblem(error: unknown, paymentIds: readonly string[], t: Translate = english): DepositProblem {
  if (error instanceof AlisNetworkError || isAlisApiError(error, 'idempotency_in_progress') || isAlisApiError(error, 'internal_error')) {
    return { problem: depositUnconfirmedSentence(t), paymentProblems: {}, stale: false };
  }
  if (!isAlisApiError(error)) return { problem: t('Something went wrong while depositing. Nothing was deposited; please try again.'), paymentProblems: {}, stale: false };
  const stale = STALE_CODES.has(error.code);
  const paymentProblems: Record<string, string> = {};
  for (const [field, text] of Object.entries(error.fields)) {
    const index = /^paymentIds\[(\d+)\]$/.exec(field)?.[1];
    const id = index === undefined ? undefined : paymentIds[Number(index)];
    if (id) paymentProblems[id] = refusedFieldSentence(text, t);
  }
  const reason = refusalSentence(error, t);
  const problem = stale ? t('{reason} Nothing was deposited. Go back to the updated list and select the payments again.', { reason }) : reason;
  return { problem, paymentProblems, stale };
}
