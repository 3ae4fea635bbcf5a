/**
 * The mock payment gateway ("ALIS Pay"): deterministic outcomes from the card token or the bank
 * account's last four digits, so tests, stories and the demo can provoke every path.
 *
 * | method       | test value                                       | outcome                                                      |
 * |--------------|--------------------------------------------------|--------------------------------------------------------------|
 * | card         | token `tok_visa_4242` (and any token not below)  | succeeds at once                                             |
 * | card         | token `tok_chargeDeclined`, or last4 `0002`      | fails at once: `card_declined` (payment `failed`, HTTP 201)  |
 * | card         | token `tok_insufficientFunds`, or last4 `9995`   | fails at once: `insufficient_funds`                          |
 * | bank account | last4 `6789` (and any last4 not below)           | `pending`, then `succeeded` after two business days          |
 * | bank account | last4 `0001`                                     | `pending`, then `returned` R01 (insufficient funds) when it settles; may be presented again |
 * | bank account | last4 `0003`                                     | `pending`, then `returned` R03 (no account) when it settles; blocks the account |
 *
 * A routing number that passes the ABA checksum, e.g. `011000015`, `021000021` or `110000000`,
 * goes with any of these account numbers (e.g. `000123456789` → last4 `6789`).
 *
 * Bank payments settle lazily: {@link settleDuePayments} runs at the start of the payer money
 * requests (and may be called on any clock change) and settles every pending bank payment whose
 * settlement date — two business days (Mon–Fri, no holidays) after its community submission date —
 * has come. The mock controls `/__mock/payments/{id}/settle` (apply the outcome above now) and
 * `/__mock/payments/{id}/fail` (fail a pending payment; with `returnCode`, return a pending or
 * succeeded bank payment with that code) drive it directly.
 */
import { adjustDepositForReturn } from './deposit-adjustments.js';
import { groupedBy } from './indexes.js';
import { EngineError } from './errors.js';
import { notifyBankReturn, notifyPaymentOutcome } from './notices.js';
import { addBusinessDays, localDate, zonedInstant } from './time.js';
import { MAX_PRESENTMENTS, RETURN_DESCRIPTIONS } from './views.js';
import {
  byId,
  type ActorRecord,
  type AuditAction,
  type BillingState,
  type PaymentMethodRecord,
  type PaymentRecord,
  type ReturnCode,
} from './state.js';

/** The gateway as an actor in payment histories. */
export const GATEWAY_ACTOR: ActorRecord = { userId: null, name: 'ALIS Pay gateway', role: 'system' };

/** Business days a bank debit takes to settle. */
export const BANK_SETTLEMENT_BUSINESS_DAYS = 2;

/** Returns that block the bank account until the payer replaces or re-authorizes it. */
export const BLOCKING_RETURN_CODES: ReadonlySet<ReturnCode> = new Set<ReturnCode>(['R02', 'R03', 'R04', 'R07', 'R10', 'R29']);

/** A card decline, as the payment's `failure`. */
export interface GatewayFailure {
  code: string;
  message: string;
}

const DECLINED: GatewayFailure = { code: 'card_declined', message: 'The card was declined by its issuer. Try another card or contact the card issuer.' };
const INSUFFICIENT: GatewayFailure = { code: 'insufficient_funds', message: 'The card has insufficient funds for this payment.' };

/** The immediate result of charging a card: null when it succeeds, otherwise why it was declined. */
export function cardChargeFailure(method: PaymentMethodRecord): GatewayFailure | null {
  if (method.type !== 'card') return null;
  const { token, last4 } = method.card;
  if (token === 'tok_chargeDeclined' || last4 === '0002') return { ...DECLINED };
  if (token === 'tok_insufficientFunds' || last4 === '9995') return { ...INSUFFICIENT };
  return null;
}

/** What a bank debit from this account comes to when it settles: null = succeeded, else a return code. */
export function bankSettlementReturn(last4: string): ReturnCode | null {
  if (last4 === '0001') return 'R01';
  if (last4 === '0003') return 'R03';
  return null;
}

/** The community date on which a bank payment created at `createdAt` settles. */
export function settlementDate(state: BillingState, createdAt: string): string {
  const submitted = localDate(new Date(createdAt), state.settings.timeZone);
  return addBusinessDays(submitted, BANK_SETTLEMENT_BUSINESS_DAYS);
}

/** Pending bank payments whose settlement date has come on the community clock. */
export function duePayments(state: BillingState, now: Date): PaymentRecord[] {
  const today = localDate(now, state.settings.timeZone);
  // Settling takes at least two calendar days, so the local date must have moved on by more than a
  // day: payments younger than that skip the time-zone arithmetic (this runs on every request).
  const youngest = now.getTime() - DAY_MS;
  // Only pending bank debits can be due: they are kept apart per version of the payments list, so
  // this check (made before every request) does not read every payment of the store.
  const pending = pendingBankPayments(state.payments).get(PENDING_BANK) ?? [];
  return pending
    .filter((p) => Date.parse(p.createdAt) <= youngest && settlementDate(state, p.createdAt) <= today)
    .map((p) => byId(state.payments, p.id) ?? p);
}

const PENDING_BANK = 'pending bank debit';

/** The store's pending bank debits (in store order) apart from the rest, per version of the payments list. */
const pendingBankPayments = groupedBy((p: PaymentRecord) => (p.status === 'pending' && p.method.type === 'bank_account' ? PENDING_BANK : undefined));

const DAY_MS = 86_400_000;

/**
 * Settles every pending bank payment that is due, on the draft `state` (call inside
 * `backend.mutate`). Each is recorded as settled early on its settlement date (or now, if that is
 * earlier), so advancing the clock a week leaves the same history as looking every day. Returns how
 * many payments changed.
 */
export function settleDuePayments(state: BillingState, now: Date): number {
  const due = duePayments(state, now);
  for (const payment of due) {
    const date = settlementDate(state, payment.createdAt);
    const at = new Date(Math.min(zonedInstant(date, '06:00', state.settings.timeZone).getTime(), now.getTime()));
    settle(state, payment, at);
  }
  return due.length;
}

/**
 * `POST /__mock/payments/{id}/settle`: applies the gateway's outcome to a pending payment now.
 * 404 `not_found` for an unknown id; 409 `invalid_state` when it is not pending.
 */
export function settlePaymentNow(state: BillingState, now: Date, paymentId: string): PaymentRecord {
  const payment = findAnyPayment(state, paymentId);
  if (payment.status !== 'pending') {
    throw new EngineError('invalid_state', `Payment ${payment.reference} is ${payment.status}; only a pending payment can settle.`, {
      details: { status: payment.status },
    });
  }
  settle(state, payment, now);
  return payment;
}

/**
 * `POST /__mock/payments/{id}/fail`: without `returnCode`, a pending payment fails
 * (`bank_declined` / `card_declined`); with one, a pending or succeeded bank payment is returned with
 * that code (blocking the account for R02/R03/R04/R07/R10/R29). Anything else is 409 `invalid_state`.
 */
export function failPaymentNow(state: BillingState, now: Date, paymentId: string, returnCode?: ReturnCode): PaymentRecord {
  const payment = findAnyPayment(state, paymentId);
  if (returnCode === undefined) {
    if (payment.status !== 'pending') {
      throw new EngineError(
        'invalid_state',
        `Payment ${payment.reference} is ${payment.status}; only a pending payment can fail (give a returnCode to return a settled bank payment).`,
        { details: { status: payment.status } },
      );
    }
    const failure: GatewayFailure =
      payment.method.type === 'card' ? { ...DECLINED } : { code: 'bank_declined', message: 'The bank declined the debit.' };
    failPayment(state, payment, now, failure);
    return payment;
  }
  if (payment.method.type !== 'bank_account') {
    throw new EngineError('invalid_state', `Payment ${payment.reference} was made by card; only bank payments are returned.`);
  }
  if (payment.status !== 'pending' && payment.status !== 'succeeded') {
    throw new EngineError('invalid_state', `Payment ${payment.reference} is ${payment.status} and cannot be returned.`, {
      details: { status: payment.status },
    });
  }
  returnPayment(state, payment, now, returnCode);
  return payment;
}

/**
 * A pending payment fails (declined at settlement, or by the gateway's control): the fee was never
 * collected and nothing was applied to any invoice, as for a card declined at once.
 */
function failPayment(state: BillingState, payment: PaymentRecord, at: Date, failure: GatewayFailure): void {
  payment.status = 'failed';
  payment.failure = failure;
  payment.feeCents = 0;
  payment.allocations = [];
  payment.unappliedCents = 0;
  appendHistory(payment, at, 'failed', failure.message);
  notifyPaymentOutcome(state, at, payment);
}

/** Appends a gateway entry to a payment's history; history is append-only and `updatedAt` follows it. */
function appendHistory(payment: PaymentRecord, at: Date, action: AuditAction, detail: string | null): void {
  const iso = at.toISOString();
  payment.history.push({ at: iso, actor: { ...GATEWAY_ACTOR }, action, detail });
  payment.updatedAt = iso;
}

function findAnyPayment(state: BillingState, paymentId: string): PaymentRecord {
  const payment = byId(state.payments, paymentId);
  if (!payment) throw new EngineError('not_found', `There is no payment ${paymentId}.`);
  return payment;
}

/** A pending payment settles: cards and most accounts succeed; the R01/R03 test accounts come back. */
function settle(state: BillingState, payment: PaymentRecord, at: Date): void {
  const method = byId(state.paymentMethods, payment.methodId);
  if (payment.method.type === 'card') {
    const failure = method ? cardChargeFailure(method) : null;
    if (failure) {
      failPayment(state, payment, at, failure);
      return;
    }
  }
  payment.status = 'succeeded';
  appendHistory(payment, at, 'succeeded', payment.method.type === 'bank_account' ? 'The bank debit settled.' : null);
  const code = method?.type === 'bank_account' ? bankSettlementReturn(method.bankAccount.last4) : null;
  // The test accounts settle first and then come back, as a real ACH return follows the debit.
  if (code) returnPayment(state, payment, at, code);
}

/** Marks a bank payment returned; the ledger stops counting it, so its invoices reopen. */
function returnPayment(state: BillingState, payment: PaymentRecord, at: Date, code: ReturnCode): void {
  const iso = at.toISOString();
  payment.status = 'returned';
  payment.return = { code, description: RETURN_DESCRIPTIONS[code], returnedAt: iso, presentmentCount: presentmentNumber(state, payment) };
  const representable = (code === 'R01' || code === 'R09') && payment.return.presentmentCount < MAX_PRESENTMENTS;
  appendHistory(payment, at, 'returned', `${code} ${RETURN_DESCRIPTIONS[code]}${representable ? '; may be presented again.' : '.'}`);
  adjustDepositForReturn(state, payment, at, code);
  if (BLOCKING_RETURN_CODES.has(code)) {
    const method = byId(state.paymentMethods, payment.methodId);
    if (method) {
      method.status = 'blocked';
      method.block = { returnCode: code, reason: RETURN_DESCRIPTIONS[code], blockedAt: iso };
    }
  }
  notifyBankReturn(state, at, payment);
}

/** How many times the debit behind `payment` has been presented, counting `payment` itself. */
export function presentmentNumber(state: BillingState, payment: PaymentRecord): number {
  let count = 1;
  let current: PaymentRecord | undefined = payment;
  while (current?.representmentOf) {
    current = byId(state.payments, current.representmentOf);
    count++;
  }
  return count;
}
