// Taking money back: voids, refunds, bank returns, and presenting a returned debit again. None of
// these edits allocations: a reversal is either a status the ledger does not count (voided,
// returned) or a refund record whose `reversals` the ledger subtracts, so invoices reopen by
// exactly the amount reversed and the payment's original record is never rewritten.
import { recordAudit, type AuditInput } from './audit.js';
import { requireGateway } from './auth.js';
import { adjustDepositForRefund, adjustDepositForReturn } from './deposit-adjustments.js';
import { EngineError } from './errors.js';
import { refundFeeCents, refundFeeSentence } from './fees.js';
import { presentmentNumber } from './gateway.js';
import { invoiceBalance, paidCents, unappliedLeftCents } from './ledger.js';
import { outstandingBalance } from './invoices.js';
import { formatCents, requireMoneyFields, sumCents } from './money.js';
import { notifyBankReturn, notifyPaymentOutcome } from './notices.js';
import { newPendingPayment, paymentChanges, paymentSubjects, paymentWords } from './payments.js';
import { findPayment, recordHistory, requireStaff } from './staff-payments.js';
import { MAX_PRESENTMENTS, paymentView, RETURN_DESCRIPTIONS, type Payment } from './views.js';
import {
  byId,
  type ActorRecord,
  type AllocationRecord,
  type BillingState,
  type PaymentRecord,
  type ReturnCode,
  type UserRecord,
} from './state.js';

/** Returns that may be presented again (funds may be there next time). */
const REPRESENTABLE_CODES: ReadonlySet<ReturnCode> = new Set<ReturnCode>(['R01', 'R09']);

/** Returns that make the account unusable until the payer replaces or re-authorizes it. */
const BLOCKING_CODES: ReadonlySet<ReturnCode> = new Set<ReturnCode>(['R02', 'R03', 'R04', 'R07', 'R10', 'R29']);

/**
 * `POST /staff/payments/{id}/void`: cancels a payment that is not in a deposit yet. Only pending or
 * succeeded payments (409 `invalid_state` otherwise); a deposited one is 409 `already_deposited`
 * (refund it instead). The ledger stops counting it, so its invoices reopen in full.
 */
export function voidPayment(state: BillingState, now: Date, user: UserRecord, paymentId: string, reason: string): Payment {
  const actor = requireStaff(state, user);
  requireGateway(state);
  const payment = findPayment(state, paymentId);
  if (payment.depositId !== null) {
    throw new EngineError('already_deposited', `Payment ${payment.reference} is already deposited; refund it instead of voiding it.`, {
      details: { depositId: payment.depositId },
    });
  }
  if (payment.status !== 'pending' && payment.status !== 'succeeded') {
    throw new EngineError('invalid_state', `Payment ${payment.reference} is ${payment.status} and cannot be voided.`, {
      details: { status: payment.status },
    });
  }
  const before = payment.status;
  payment.status = 'voided';
  recordHistory(payment, now, actor, 'voided', reason);
  recordAudit(state, now, actor, reversalAudit('payment_voided', `${actor.name} voided ${payment.reference}: ${reason}`, payment, [
    { field: 'status', before, after: payment.status },
  ]));
  return paymentView(state, payment);
}

/** The body of `POST /staff/payments/{id}/refunds`. */
export interface RefundInput {
  amountCents: number;
  currency: string;
  reason: string;
}

/**
 * `POST /staff/payments/{id}/refunds`: gives back part or all of a settled payment to its method.
 *
 * - Any succeeded (or partly refunded) payment may be refunded, deposited or not: a void is
 *   all-or-nothing, so a partial refund of an undeposited payment is still useful. Pending payments
 *   have not brought money in yet (409 `invalid_state`: void them instead).
 * - The refundable total is the payment's `amount`; refunds beyond what is left → 422
 *   `refund_exceeds_paid`. Whether the convenience fee goes back too is the community's
 *   `feeOnRefund` setting (see `fees.ts` `refundFeeCents`): the refund records the fee share it
 *   gave back on top of its amount.
 * - What the refund takes back comes first from any unapplied credit of the payment, then from the
 *   credit staff applied to invoices since (newest application first), then from its allocations,
 *   the most recently allocated invoice first (the last allocation of the payment), so a partial
 *   refund reopens the newest statement and leaves older ones settled.
 */
export function refundPayment(state: BillingState, now: Date, user: UserRecord, paymentId: string, input: RefundInput): Payment {
  const actor = requireStaff(state, user);
  requireGateway(state);
  requireMoneyFields({ amountCents: input.amountCents });
  const payment = findPayment(state, paymentId);
  if (input.currency !== payment.currency) {
    throw EngineError.validation({ currency: `The payment was made in ${payment.currency}.` });
  }
  if (payment.status !== 'succeeded' && payment.status !== 'partially_refunded') {
    const hint = payment.status === 'pending' ? ' Void it instead while it is pending.' : '';
    throw new EngineError('invalid_state', `Payment ${payment.reference} is ${payment.status} and cannot be refunded.${hint}`, {
      details: { status: payment.status },
    });
  }
  const refunded = sumCents(payment.refunds.map((r) => r.amountCents));
  const refundable = payment.amountCents - refunded;
  if (input.amountCents > refundable) {
    throw new EngineError('refund_exceeds_paid', `At most ${formatCents(refundable, payment.currency)} of payment ${payment.reference} can still be refunded.`, {
      fields: { amountCents: `At most ${refundable}.` },
      details: { refundableCents: refundable },
    });
  }
  const fee = refundFeeCents(state.settings, payment, input.amountCents);
  const refundedFee = sumCents(payment.refunds.map((r) => r.feeCents));
  const feeWords = refundFeeSentence(payment, fee);
  state.sequences.refund += 1;
  const refund = {
    id: `ref-${String(state.sequences.refund).padStart(4, '0')}`,
    amountCents: input.amountCents,
    feeCents: fee,
    reason: input.reason,
    createdAt: now.toISOString(),
    createdBy: { ...actor },
    reversals: reversalsFor(payment, input.amountCents),
  };
  payment.refunds.push(refund);
  adjustDepositForRefund(state, payment, refund);
  const before = payment.status;
  payment.status = refunded + input.amountCents === payment.amountCents ? 'refunded' : 'partially_refunded';
  recordHistory(payment, now, actor, 'refunded', `${formatCents(input.amountCents, payment.currency)}: ${input.reason}${feeWords ? ` ${feeWords}` : ''}`);
  recordAudit(state, now, actor, reversalAudit('payment_refunded', `${actor.name} refunded ${formatCents(input.amountCents, payment.currency)} of ${payment.reference}: ${input.reason}`, payment, [
    { field: 'status', before, after: payment.status },
    { field: 'refundedCents', before: refunded, after: refunded + input.amountCents },
    ...(payment.feeCents > 0 ? [{ field: 'refundedFeeCents', before: refundedFee, after: refundedFee + fee }] : []),
  ]));
  return paymentView(state, payment);
}

/** Which invoices a new refund of `amountCents` reopens, given what earlier refunds took back. */
function reversalsFor(payment: PaymentRecord, amountCents: number): AllocationRecord[] {
  const earlierReversals = payment.refunds.flatMap((r) => r.reversals);
  let left = amountCents - Math.min(unappliedLeftCents(payment), amountCents);
  const reversals: AllocationRecord[] = [];
  // Net per invoice, walked from the newest credit application, then the newest allocation, back
  // to the oldest: applications are always newer than the payment's own allocations.
  const held = [...payment.allocations, ...payment.creditApplications];
  const stillAllocated = new Map<string, number>();
  for (const a of held) stillAllocated.set(a.invoiceId, (stillAllocated.get(a.invoiceId) ?? 0) + a.amountCents);
  for (const r of earlierReversals) stillAllocated.set(r.invoiceId, (stillAllocated.get(r.invoiceId) ?? 0) - r.amountCents);
  const newestFirst = [...new Set(held.map((a) => a.invoiceId).reverse())];
  for (const invoiceId of newestFirst) {
    if (left === 0) break;
    const take = Math.min(left, stillAllocated.get(invoiceId) ?? 0);
    if (take <= 0) continue;
    reversals.push({ invoiceId, amountCents: take });
    left -= take;
  }
  // refundPayment capped the amount at what is left, so everything was found.
  if (left !== 0) throw new Error(`reversals: ${left} cents of a refund of ${payment.id} have no allocation`);
  return reversals;
}

/** The body of `POST /staff/payments/{id}/returns`. */
export interface ReturnInput {
  code: ReturnCode;
  reason: string;
}


/**
 * `POST /staff/payments/{id}/returns`: the bank returned a debit. Only bank payments that are
 * pending or succeeded can come back (409 `invalid_state` otherwise: a card payment, or one already
 * voided, failed, refunded or returned). The payment becomes `returned`, so the ledger stops
 * counting it and its invoices reopen; R02/R03/R04/R07/R10/R29 also block the method.
 */
export function recordReturn(state: BillingState, now: Date, user: UserRecord, paymentId: string, input: ReturnInput): Payment {
  const actor = requireStaff(state, user);
  const payment = findPayment(state, paymentId);
  if (payment.method.type !== 'bank_account') {
    throw new EngineError('invalid_state', `Payment ${payment.reference} was made by card; only bank payments are returned.`);
  }
  if (payment.status !== 'pending' && payment.status !== 'succeeded') {
    throw new EngineError('invalid_state', `Payment ${payment.reference} is ${payment.status} and cannot be returned.`, {
      details: { status: payment.status },
    });
  }
  const at = now.toISOString();
  const before = payment.status;
  payment.status = 'returned';
  payment.return = {
    code: input.code,
    description: RETURN_DESCRIPTIONS[input.code],
    returnedAt: at,
    presentmentCount: presentmentNumber(state, payment),
  };
  recordHistory(payment, now, actor, 'returned', `${input.code} ${RETURN_DESCRIPTIONS[input.code]}: ${input.reason}`);
  adjustDepositForReturn(state, payment, now, input.code);
  if (BLOCKING_CODES.has(input.code)) {
    const method = byId(state.paymentMethods, payment.methodId);
    if (method) {
      method.status = 'blocked';
      method.block = { returnCode: input.code, reason: RETURN_DESCRIPTIONS[input.code], blockedAt: at };
    }
  }
  recordAudit(state, now, actor, reversalAudit('payment_return_recorded', `${actor.name} recorded the bank return ${input.code} of ${payment.reference}: ${input.reason}`, payment, [
    { field: 'status', before, after: payment.status },
    { field: 'returnCode', before: null, after: input.code },
  ]));
  notifyBankReturn(state, now, payment);
  return paymentView(state, payment);
}

/**
 * The credit the returned debit had been applied to goes back where it was, as far as those
 * invoices are still open: otherwise presenting it again would leave its money unapplied and the
 * invoices it paid open (and overdue) until staff applied it a second time.
 */
function reapplyCredit(state: BillingState, now: Date, actor: ActorRecord, original: PaymentRecord, payment: PaymentRecord): void {
  if (original.creditApplications.length === 0) return;
  // What this re-application adds, over what is paid already (the store's sums are shared, never written).
  const stored = paidCents(state);
  const added = new Map<string, number>();
  const paid = { get: (invoiceId: string) => (stored.get(invoiceId) ?? 0) + (added.get(invoiceId) ?? 0) };
  let left = unappliedLeftCents(payment);
  for (const application of original.creditApplications) {
    const invoice = byId(state.invoices, application.invoiceId);
    if (!invoice || left === 0) continue;
    const take = Math.min(application.amountCents, Math.max(invoiceBalance(invoice, paid).balanceCents, 0), left);
    if (take <= 0) continue;
    payment.creditApplications.push({
      id: `${payment.id}-ca-${payment.creditApplications.length + 1}`,
      invoiceId: invoice.id,
      amountCents: take,
      appliedAt: now.toISOString(),
      appliedBy: { ...actor },
    });
    added.set(invoice.id, (added.get(invoice.id) ?? 0) + take);
    left -= take;
    recordHistory(payment, now, actor, 'credit_applied', `${formatCents(take, payment.currency)} applied to ${invoice.number}, as before the return.`);
  }
}

/** An audit entry about a reversal of `payment`, concerning it, its payer and the invoices it reopens. */
function reversalAudit(action: AuditInput['action'], summary: string, payment: PaymentRecord, changes: AuditInput['changes']): AuditInput {
  return { action, summary: `${summary}.`, subjects: paymentSubjects(payment), changes };
}

/**
 * `POST /staff/payments/{id}/representments`: presents an R01/R09 return again as a new pending
 * payment with the same allocations, fee and method, linked by `representmentOf`. Refused with 422
 * `not_representable` when the payment is not such a return, has had three presentments, or was
 * already presented again; 403 `gateway_disabled` while the gateway is off; 422
 * `method_unusable` when the account is blocked or removed; 422
 * `amount_exceeds_balance` when an invoice no longer has room for its allocation (someone paid it
 * meanwhile) or the payer now owes less than the debit, net of credit held on account.
 */
export function representPayment(state: BillingState, now: Date, user: UserRecord, paymentId: string): Payment {
  const actor = requireStaff(state, user);
  const original = findPayment(state, paymentId);
  const ret = original.return;
  if (original.status !== 'returned' || ret === null || !REPRESENTABLE_CODES.has(ret.code)) {
    throw new EngineError('not_representable', `Only a payment returned with R01 or R09 can be presented again.`);
  }
  if (ret.presentmentCount >= MAX_PRESENTMENTS) {
    throw new EngineError('not_representable', `This debit was presented ${ret.presentmentCount} times, the most allowed.`, {
      details: { presentmentCount: ret.presentmentCount },
    });
  }
  const again = state.payments.find((p) => p.representmentOf === original.id);
  if (again) {
    throw new EngineError('not_representable', `Payment ${original.reference} was already presented again as ${again.reference}.`, {
      details: { paymentId: again.id },
    });
  }
  const settings = state.settings;
  requireGateway(state);
  const method = byId(state.paymentMethods, original.methodId);
  if (!method || method.removedAt !== null || method.status !== 'active') {
    throw new EngineError('method_unusable', 'The bank account of this payment can no longer be debited.');
  }
  // A billing-team pull is debited on the payer's standing authorization: once they withdrew it,
  // not even a returned pull may be presented again.
  if (original.source === 'staff_pull' && method.recurringAuthorization === null) {
    throw new EngineError('method_unusable', 'The payer withdrew the authorization for automatic payments from this account, so the debit cannot be presented again.');
  }
  const paid = paidCents(state);
  for (const allocation of original.allocations) {
    const invoice = byId(state.invoices, allocation.invoiceId);
    const balance = invoice ? invoiceBalance(invoice, paid).balanceCents : 0;
    if (allocation.amountCents > balance) {
      throw new EngineError(
        'amount_exceeds_balance',
        `Invoice ${invoice?.number ?? allocation.invoiceId} now has a balance of ${formatCents(balance, invoice?.currency ?? original.currency)}, less than this payment applied to it.`,
        { details: { invoiceId: allocation.invoiceId, balanceCents: balance } },
      );
    }
  }
  // Credit taken on account since the return (a later payment under `unapplied_credit`) already
  // covers what this debit was for: presenting it again would make the payer pay twice.
  const { creditCents, totalCents: owed } = outstandingBalance(state, original.payerPartyId, settings.allocationPolicy, paid);
  if (original.amountCents > owed) {
    const c = original.currency;
    const owes =
      creditCents > 0
        ? `The payer\u2019s account already holds a credit of ${formatCents(creditCents, c)}, so at most ${formatCents(owed, c)} is owed now`
        : `The payer now owes only ${formatCents(owed, c)}`;
    throw new EngineError('amount_exceeds_balance', `${owes}, less than the ${formatCents(original.amountCents, c)} of this debit.`, {
      details: { balanceCents: owed },
    });
  }
  // The original fee, not today's rule: a presentment is the same debit again (Nacha requires the
  // same amount), which the payer authorized with that fee; a setting changed since must not
  // change what is debited.
  const payment = newPendingPayment(state, now, {
    payerPartyId: original.payerPartyId,
    residentId: original.residentId,
    source: original.source,
    methodId: original.methodId,
    method: original.method,
    currency: original.currency,
    amountCents: original.amountCents,
    feeCents: original.feeCents,
    allocations: original.allocations,
    unappliedCents: original.unappliedCents,
    representmentOf: original.id,
    quoteId: null,
    actor,
    detail: `Presented again after ${ret.code} on ${original.reference}.`,
  });
  recordHistory(original, now, actor, 'represented', payment.reference);
  state.payments.push(payment);
  reapplyCredit(state, now, actor, original, payment);
  recordAudit(state, now, actor, {
    action: 'payment_represented',
    summary: `${actor.name} presented ${original.reference} again as ${paymentWords(payment)}.`,
    subjects: [...paymentSubjects(payment), { type: 'payment', id: original.id }],
    changes: paymentChanges(payment),
  });
  notifyPaymentOutcome(state, now, payment);
  return paymentView(state, payment);
}
