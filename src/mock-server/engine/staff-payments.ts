// The Payment Center's view of payments: every payment of the community, filtered and paged, and
// the helpers the other staff money paths share (who the staff actor is, finding a payment,
// appending to its history).
import { recordAudit } from './audit.js';
import { rehearse } from './draft.js';
import { requireGateway, requirePermission, STAFF_ONLY_MESSAGE } from './auth.js';
import { EngineError } from './errors.js';
import { outstandingBalance } from './invoices.js';
import { methodLabel, unusableReason } from './methods.js';
import { feeFor } from './fees.js';
import { formatCents, requireChargeWithinLimit, requireMoneyFields, sumCents } from './money.js';
import { paginateOrdered, type PageQuery, type SortOrder } from './pagination.js';

import { notifyPaymentOutcome } from './notices.js';
import {
  applyCardOutcome,
  newPendingPayment,
  paymentChanges,
  paymentSubjects,
  paymentWords,
  paymentsNewestFirst,
  PAYMENTS_NEWEST_FIRST,
  requireQuote,
  createPlannedPayment,
  planPayment,
  type SubmitPaymentInput,
} from './payments.js';
import { stampQuote, type QuoteTerms } from './quotes.js';
import { localDate } from './time.js';
import { methodSummary, money, paymentView, type Payment } from './views.js';
import {
  byId,
  findParty,
  residentOfParty,
  type ActorRecord,
  type AllocationRecord,
  type AuditAction,
  type BillingState,
  type PaymentMethodRecord,
  type PaymentRecord,
  type PaymentSource,
  type PaymentStatus,
  type UserRecord,
} from './state.js';
import type { components } from '../../contract/types.js';

/** A page of payments, as the contract's `PaymentPage`. */
export type PaymentPage = components['schemas']['PaymentPage'];

/** The contract's `PullQuote`: what a pull would charge and settle, part by part. */
export type PullQuote = components['schemas']['PullQuote'];

/**
 * Refuses anyone but a staff user allowed into the Payment Center (403 `forbidden`) and returns the
 * actor every change they make is recorded under. Payers are refused by role before permissions, so
 * a payer profile that was (wrongly) given a staff permission still cannot reach staff paths.
 */
export function requireStaff(state: BillingState, user: UserRecord): ActorRecord {
  if (user.role !== 'staff') throw new EngineError('forbidden', STAFF_ONLY_MESSAGE);
  requirePermission(state, user, 'staff_payment_center');
  return { userId: user.id, name: user.displayName, role: 'staff' };
}

/** The payment with this id, or 404 `not_found`. */
export function findPayment(state: BillingState, paymentId: string): PaymentRecord {
  const payment = byId(state.payments, paymentId);
  if (!payment) throw new EngineError('not_found', `There is no payment ${paymentId}.`);
  return payment;
}

/** Records a state change of a payment: history is append-only and `updatedAt` follows it. */
export function recordHistory(payment: PaymentRecord, now: Date, actor: ActorRecord, action: AuditAction, detail: string | null): void {
  const at = now.toISOString();
  payment.history.push({ at, actor: { ...actor }, action, detail });
  payment.updatedAt = at;
}

/**
 * Statuses a deposit may take: money that is (or, while pending, is about to be) with the
 * community. Failed, voided and returned payments never brought money in; a fully refunded one
 * gave it all back.
 */
export const DEPOSITABLE: ReadonlySet<PaymentStatus> = new Set<PaymentStatus>(['pending', 'succeeded', 'partially_refunded']);

/** Filters of `GET /staff/payments`. */
export interface StaffPaymentsQuery extends PageQuery {
  /**
   * `true`: in a deposit. `false`: Undeposited Payments — not in a deposit *and* still depositable
   * ({@link DEPOSITABLE}), so failed or voided payments never sit in that tab forever.
   */
  deposited?: boolean;
  source?: PaymentSource;
  methodType?: PaymentMethodRecord['type'];
  status?: PaymentStatus;
  payerId?: string;
  /** Only the payments of this deposit. */
  depositId?: string;
  /** Created on or after this community date. */
  from?: string;
  /** Created on or before this community date. */
  to?: string;
}

/** Newest first; the id breaks ties so the order (and cursors) are stable. */
const NEWEST_FIRST: SortOrder<PaymentRecord> = PAYMENTS_NEWEST_FIRST;

/** `GET /staff/payments`: every payment of the community, newest first, filtered and paged. */
export function listStaffPayments(state: BillingState, user: UserRecord, query: StaffPaymentsQuery = {}): PaymentPage {
  requireStaff(state, user);
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    throw EngineError.validation({ to: 'Must not be before `from`.' });
  }
  const zone = state.settings.timeZone;
  const include = (p: PaymentRecord): boolean => {
    if (query.deposited === true && p.depositId === null) return false;
    if (query.deposited === false && (p.depositId !== null || !DEPOSITABLE.has(p.status))) return false;
    if (query.source !== undefined && p.source !== query.source) return false;
    if (query.methodType !== undefined && p.method.type !== query.methodType) return false;
    if (query.status !== undefined && p.status !== query.status) return false;
    if (query.payerId !== undefined && p.payerPartyId !== query.payerId) return false;
    if (query.depositId !== undefined && p.depositId !== query.depositId) return false;
    if (query.from !== undefined || query.to !== undefined) {
      // Dates are the community's, so "today's payments" means the billing office's today.
      const day = localDate(new Date(p.createdAt), zone);
      if (query.from !== undefined && day < query.from) return false;
      if (query.to !== undefined && day > query.to) return false;
    }
    return true;
  };
  const page = paginateOrdered(paymentsNewestFirst(state), NEWEST_FIRST, query, include);
  return { items: page.items.map((p) => paymentView(state, p)), nextCursor: page.nextCursor };
}

/** `GET /staff/payments/{id}`: one payment with its full history. */
export function getStaffPayment(state: BillingState, user: UserRecord, paymentId: string): Payment {
  requireStaff(state, user);
  return paymentView(state, findPayment(state, paymentId));
}

/**
 * Why staff may not pull from `methodId` for `payerPartyId` now, or null when they may: it must be
 * the payer's own, not removed, usable (not blocked or expired) and authorized for recurring
 * payments. Arrangements and pulls share this rule.
 */
export function pullRefusal(state: BillingState, now: Date, payerPartyId: string, methodId: string): string | null {
  const method = byId(state.paymentMethods, methodId);
  // Another payer's method is reported like a missing one: staff pull only from the payer's own.
  if (!method || method.ownerPartyId !== payerPartyId || method.removedAt !== null) return 'This payer has no such payment method.';
  const reason = unusableReason(method, localDate(now, state.settings.timeZone));
  if (reason !== null) return reason;
  if (method.recurringAuthorization === null) return 'The payer has not authorized this method for recurring payments.';
  return null;
}

/** The body of `POST /staff/payments/quote`: a pull without its quote. */
export interface PullQuoteInput {
  payerId: string;
  target: SubmitPaymentInput['target'];
  currency: string;
  expectedAmountCents?: number;
  parts: { methodId: string; amountCents: number }[];
}

/** The body of `POST /staff/payments` (a pull): what was quoted, and the quote's id. */
export interface PullInput extends PullQuoteInput {
  quoteId: string;
}

/** One payment of a pull as made (or planned), with the fee rate it was charged at. */
interface PulledPart {
  payment: PaymentRecord;
  feeBasisPoints: number;
}

/** Staff, the gateway on, and a known payer: what both quoting and pulling check first. */
function requirePullable(state: BillingState, user: UserRecord, payerId: string): { actor: ActorRecord; name: string } {
  const actor = requireStaff(state, user);
  requireGateway(state);
  const party = findParty(state, payerId);
  if (!party) throw new EngineError('not_found', `There is no payer ${payerId}.`);
  return { actor, name: party.record.name };
}

/**
 * The pull as the engine would make it now, changing nothing: the pull itself, run on a scratch
 * draft of the store (`rehearse`: it copies only what the pull touches) with every card assumed charged (so its refusals are exactly the pull's, in
 * the same order, and a card that will be declined still shows what it would settle).
 */
function planPull(state: BillingState, now: Date, user: UserRecord, input: PullQuoteInput): PulledPart[] {
  if (input.parts.length === 0) throw EngineError.validation({ parts: 'Pull from at least one method.' });
  requireMoneyFields({ expectedAmountCents: input.expectedAmountCents, ...Object.fromEntries(input.parts.map((part, i) => [`parts[${i}].amountCents`, part.amountCents])) });
  return rehearse(state, (scratch) => pullPayments(scratch, now, user, input, { charge: false, quoteId: null }));
}

/** The terms a pull's quote commits to (see `quotes.ts`). */
function pullTerms(input: PullQuoteInput, parts: PulledPart[]): QuoteTerms {
  return {
    payerPartyId: input.payerId,
    source: 'staff_pull',
    target: input.target.type === 'invoice' ? { type: 'invoice', invoiceId: input.target.invoiceId } : { type: 'outstanding' },
    currency: input.currency,
    parts: parts.map(({ payment, feeBasisPoints }) => ({
      methodId: payment.methodId,
      amountCents: payment.amountCents,
      feeCents: payment.feeCents,
      feeBasisPoints,
      allocations: payment.allocations.map((a) => ({ invoiceId: a.invoiceId, amountCents: a.amountCents })),
      unappliedCents: payment.unappliedCents,
    })),
  };
}

/** The quote of a planned pull, with its id and expiry. */
function pullQuoteOf(state: BillingState, now: Date, input: PullQuoteInput, parts: PulledPart[]): PullQuote {
  const c = input.currency;
  const numbers = new Map(state.invoices.map((i) => [i.id, i.number]));
  const amount = sumCents(parts.map((p) => p.payment.amountCents));
  const fee = sumCents(parts.map((p) => p.payment.feeCents));
  return {
    ...stampQuote(pullTerms(input, parts), now),
    payerId: input.payerId,
    parts: parts.map(({ payment, feeBasisPoints }) => {
      const method = byId(state.paymentMethods, payment.methodId);
      return {
        method: method ? methodSummary(method) : { id: payment.methodId, type: payment.method.type, label: payment.method.label },
        amount: money(payment.amountCents, c),
        fee: money(payment.feeCents, c),
        feeBasisPoints,
        feeRule: method ? feeFor(state.settings, method, payment.amountCents).rule : '',
        totalCharged: money(payment.amountCents + payment.feeCents, c),
        allocations: payment.allocations.map((a) => ({ invoiceId: a.invoiceId, invoiceNumber: numbers.get(a.invoiceId) ?? a.invoiceId, amount: money(a.amountCents, c) })),
        unapplied: money(payment.unappliedCents, c),
      };
    }),
    amount: money(amount, c),
    fee: money(fee, c),
    totalCharged: money(amount + fee, c),
  };
}

/**
 * `POST /staff/payments/quote`: what a pull would charge — per part the method, amount, fee, total
 * and the invoices it settles — with the same refusals as {@link pullPayment}, changing nothing.
 */
export function quotePull(state: BillingState, now: Date, user: UserRecord, input: PullQuoteInput): PullQuote {
  requirePullable(state, user, input.payerId);
  return pullQuoteOf(state, now, input, planPull(state, now, user, input));
}

/**
 * `POST /staff/payments`: pulls from the payer's authorized method(s), one payment per part, all or
 * none (call inside `backend.mutate`: any refusal discards the parts made before it).
 *
 * - Invoice target: each part is a Pay Invoice through `submitPayment`, so together they never
 *   exceed the invoice's balance (each part sees the ones before it; 422 `amount_exceeds_balance`).
 * - Outstanding target: `expectedAmountCents` must be the current outstanding total (409
 *   `balance_changed` otherwise, as for payers); the parts may add up to less (staff may edit the
 *   amount), never more (422 `amount_exceeds_balance`). One part for the whole total is a Pay
 *   Outstanding through `submitPayment`; otherwise the parts take the open invoices in the
 *   community's allocation order, one after another (see {@link createSplitPart}).
 * - Then the review must still hold: the pull is planned again (every check above, in order) and
 *   compared with what `quoteId` committed to — 409 `quote_changed` if any part's method, amount,
 *   fee or allocation differs, 409 `quote_expired` past its expiry, each with the fresh
 *   {@link PullQuote} in `details.quote`. A card the gateway declines afterwards is a result.
 */
export function pullPayment(state: BillingState, now: Date, user: UserRecord, input: PullInput): Payment[] {
  const { actor, name } = requirePullable(state, user, input.payerId);
  const planned = planPull(state, now, user, input);
  requireQuote(input.quoteId, pullTerms(input, planned), now, () => pullQuoteOf(state, now, input, planned), {
    changed: (quote) =>
      `This pull changed since you reviewed it: it would now charge ${formatCents(quote.totalCharged.amountCents, quote.totalCharged.currency)} ` +
      `in all, fees included (${formatCents(quote.fee.amountCents, quote.fee.currency)}). Review it again and pull; nothing was pulled.`,
    expired: () => 'The review of this pull has expired (a review holds for 15 minutes). Review it again and pull; nothing was pulled.',
  });
  const payments = pullPayments(state, now, user, input, { charge: true, quoteId: input.quoteId }).map((p) => p.payment);
  recordAudit(state, now, actor, {
    action: 'payment_pulled',
    summary: `${actor.name} pulled from ${name}: ${payments.map(paymentWords).join('; ')}.`,
    subjects: payments.flatMap(paymentSubjects),
    changes: payments.flatMap((payment) =>
      paymentChanges(payment).map((change) => (payments.length === 1 ? change : { ...change, field: `${payment.reference}.${change.field}` })),
    ),
  });
  return payments.map((p) => paymentView(state, p));
}

/** How {@link pullPayments} makes its payments: through the gateway or not, and under which quote. */
interface PullOptions {
  charge: boolean;
  quoteId: string | null;
}

/** The payments of a pull, created on the draft `state` (see {@link pullPayment}). */
function pullPayments(state: BillingState, now: Date, user: UserRecord, input: PullQuoteInput, options: PullOptions): PulledPart[] {
  const seen = new Set<string>();
  input.parts.forEach((part, i) => {
    if (seen.has(part.methodId)) throw EngineError.validation({ [`parts[${i}].methodId`]: 'Each method may appear once.' });
    seen.add(part.methodId);
  });
  // Authorization first, with the part's field, so staff see which method is the problem.
  input.parts.forEach((part, i) => {
    const why = pullRefusal(state, now, input.payerId, part.methodId);
    if (why !== null) throw new EngineError('method_unusable', why, { fields: { [`parts[${i}].methodId`]: why } });
  });
  const submit = (part: PullInput['parts'][number], target: SubmitPaymentInput['target'], expected?: number): PulledPart => {
    const submission: SubmitPaymentInput = {
      actor: user,
      payerPartyId: input.payerId,
      source: 'staff_pull',
      methodId: part.methodId,
      target,
      amountCents: part.amountCents,
      currency: input.currency,
      quoteId: options.quoteId,
      ...(expected === undefined ? {} : { expectedAmountCents: expected }),
    };
    const plan = planPayment(state, now, submission, 'staff_pull');
    return { payment: createPlannedPayment(state, now, submission, plan, { charge: options.charge }), feeBasisPoints: plan.feeBasisPoints };
  };
  if (input.target.type === 'invoice') {
    const target = input.target;
    return input.parts.map((part) => submit(part, target));
  }
  if (input.expectedAmountCents === undefined) {
    throw EngineError.validation({ expectedAmountCents: 'A pull of the outstanding balance needs the total you reviewed.' });
  }
  const { open, totalCents: current } = outstandingBalance(state, input.payerId, state.settings.allocationPolicy);
  if (input.expectedAmountCents !== current) {
    throw new EngineError('balance_changed', 'The outstanding balance changed since you reviewed it. Review the new total and pull again.', {
      details: { currentAmountCents: current },
    });
  }
  const total = sumCents(input.parts.map((p) => p.amountCents));
  if (total > current) {
    throw new EngineError('amount_exceeds_balance', `The parts add up to ${formatCents(total, input.currency)}, more than the ${formatCents(current, input.currency)} outstanding.`, {
      fields: { parts: `At most ${current} in total.` },
      details: { balanceCents: current },
    });
  }
  const [only] = input.parts;
  if (input.parts.length === 1 && only && total === current) {
    return [submit(only, { type: 'outstanding' }, current)];
  }
  // Each part continues where the previous one stopped in the allocation order.
  const queue = open.map((e) => ({ invoiceId: e.invoice.id, left: e.balanceCents }));
  return input.parts.map((part) => createSplitPart(state, now, user, input, part, queue, options));
}

/**
 * One part of a split pull of the outstanding balance: `submitPayment` allocates one invoice or the
 * whole outstanding total, so a part covering a share of several invoices is built here with the
 * same pieces (id, fee, the gateway's card answer) and the same checks (payments enabled, currency).
 * The part takes its invoices off `queue` only once the gateway has answered: a declined card
 * allocates nothing, and the parts after it allocate as if it had not been there.
 */
function createSplitPart(
  state: BillingState,
  now: Date,
  user: UserRecord,
  input: PullQuoteInput,
  part: PullInput['parts'][number],
  queue: { invoiceId: string; left: number }[],
  options: PullOptions,
): PulledPart {
  const settings = state.settings;
  requireGateway(state);
  if (input.currency !== settings.currency) throw EngineError.validation({ currency: `Payments are made in ${settings.currency}.` });
  const method = byId(state.paymentMethods, part.methodId);
  const party = findParty(state, input.payerId);
  const resident = party ? residentOfParty(state, party) : undefined;
  if (!method || !resident) throw new EngineError('not_found', 'There is no such payer or method.');
  const allocations: AllocationRecord[] = [];
  let unapplied = 0;
  if (settings.allocationPolicy === 'unapplied_credit') {
    unapplied = part.amountCents;
  } else {
    let left = part.amountCents;
    for (const entry of queue) {
      if (left === 0) break;
      const take = Math.min(left, entry.left);
      if (take === 0) continue;
      allocations.push({ invoiceId: entry.invoiceId, amountCents: take });
      left -= take;
    }
  }
  const fee = feeFor(settings, method, part.amountCents);
  requireChargeWithinLimit('parts', part.amountCents, fee.feeCents);
  const payment = newPendingPayment(state, now, {
    payerPartyId: input.payerId,
    residentId: resident.id,
    source: 'staff_pull',
    methodId: method.id,
    method: { type: method.type, label: methodLabel(method) },
    currency: input.currency,
    amountCents: part.amountCents,
    feeCents: fee.feeCents,
    allocations,
    unappliedCents: unapplied,
    actor: { userId: user.id, name: user.displayName, role: 'staff' },
    detail: `Split pull of the outstanding balance: ${formatCents(part.amountCents, input.currency)}.`,
    quoteId: options.quoteId,
  });
  // A decline is a result, not a refusal: this part settles nothing and the others stand.
  if (options.charge) applyCardOutcome(payment, method, payment.createdAt);
  // Only what the part kept is taken off the queue, so after a decline the next part starts
  // where this one did.
  for (const allocation of payment.allocations) {
    const entry = queue.find((e) => e.invoiceId === allocation.invoiceId);
    if (entry) entry.left -= allocation.amountCents;
  }
  state.payments.push(payment);
  notifyPaymentOutcome(state, now, payment);
  return { payment, feeBasisPoints: fee.basisPoints };
}
