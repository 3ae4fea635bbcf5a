// Paying: the quote a payer reviews, the payment itself (Pay Invoice, Pay Outstanding, and the
// billing team's pulls through the same rules), and the payer's payment history.
//
// Overpayment cannot happen: the amount is checked against balances from `ledger.ts`, which counts
// pending payments, and against what the payer owes net of credit held on account; the check and
// the write happen in one `backend.mutate` on one store, so of two payments racing for the same
// invoice the second sees the first and is refused.
import { actorOfUser, recordAudit, type AuditSubject } from './audit.js';
import { requireBillingScope, requireGateway, requirePayer, scopeCovers } from './auth.js';
import { creditCoversMessage } from './credit.js';
import { EngineError } from './errors.js';
import { cardChargeFailure, GATEWAY_ACTOR } from './gateway.js';
import { readable } from './draft.js';
import { layerOver, LayeredMap, perVersion, sortedPositions } from './indexes.js';
import { invoiceBalance, paidCents } from './ledger.js';
import { allocateInOrder, communityToday, outstandingBalance } from './invoices.js';
import { methodLabel, unusableReason } from './methods.js';
import { feeFor } from './fees.js';
import { formatCents, requireChargeWithinLimit, requireMoneyFields } from './money.js';
import { paginateOrdered, type OrderedView, type PageQuery, type SortOrder } from './pagination.js';
import { dateWords, localDate } from './time.js';
import { notifyPaymentOutcome } from './notices.js';
import { compareQuote, stampQuote, type QuoteTerms } from './quotes.js';
import { methodSummary, money, partyLabel, partyRef, payerPaymentView, type Payment } from './views.js';
import {
  byId,
  findParty,
  residentOfParty,
  type ActorRecord,
  type AllocationRecord,
  type BillingState,
  type InvoiceRecord,
  type PaymentMethodRecord,
  type PaymentRecord,
  type PaymentStatus,
  type UserRecord,
} from './state.js';
import type { components } from '../../contract/types.js';

/** The contract's `PaymentQuote`: what a payment would charge and settle. */
export type PaymentQuote = components['schemas']['PaymentQuote'];

/** A page of payments (the contract's `PaymentPage`). */
export type PaymentPage = components['schemas']['PaymentPage'];

/** What a payment is asked to do; shared by the payer's `POST /payments` and staff pulls. */
export interface SubmitPaymentInput {
  /** Who submits it: the payer, or the staff member pulling. Recorded in the history. */
  actor: UserRecord;
  /** Whose invoices it pays and whose method it uses. */
  payerPartyId: string;
  source: 'portal' | 'staff_pull';
  methodId: string;
  target: { type: 'invoice'; invoiceId: string } | { type: 'outstanding' };
  /** Applied to invoices; any fee is charged on top. */
  amountCents: number;
  currency: string;
  /** Pay Outstanding (required there): the total the payer reviewed. */
  expectedAmountCents?: number;
  /**
   * The resident whose invoices the submitter may see (staff see every resident): an invoice of
   * theirs addressed to someone else is then refused as `not_addressee`, in words, rather than
   * reported as not found.
   */
  visibleResidentId?: string | null;
  /** The quote the submission was reviewed under, kept on the payment (checked by the caller). */
  quoteId?: string | null;
}

/** The checked plan of a payment: everything {@link submitPayment} writes and a quote shows. */
export interface PaymentPlan {
  method: PaymentMethodRecord;
  allocations: AllocationRecord[];
  unappliedCents: number;
  feeBasisPoints: number;
  feeCents: number;
  /** The fee rule that applied, in a sentence (see `fees.ts`). */
  feeRule: string;
  residentId: string;
}

/**
 * Checks a payment against every rule and works out its allocation and fee, changing nothing.
 * Refusals, in the order they are checked (the portal switch and permissions are the caller's):
 * - 403 `gateway_disabled`: the payment gateway (ALIS Pay) is switched off;
 * - 400 `validation_failed`: an amount not a whole number of cents from 1 to `MAX_MONEY_CENTS`, currency not the
 *   community's, `expectedAmountCents` missing for Pay Outstanding;
 * - 403 `not_addressee`: Pay Invoice of an invoice the submitter can see that is addressed to
 *   someone else (only its addressee may pay it; the billing office can re-address it);
 * - 404 `not_found`: Pay Invoice of an invoice the submitter cannot see;
 * - 422 `method_unusable` (field `methodId`): not the payer's method, removed, blocked, expired, or
 *   — for a staff pull — without the payer's recurring authorization;
 * - 422 `amount_exceeds_balance` (field `amountCents`, `details.balanceCents` = the most allowed):
 *   more than the invoice's balance, or than the payer owes in all net of credit held on account;
 * - 409 `balance_changed` (`details.currentAmountCents`): Pay Outstanding whose amount or reviewed
 *   total is not the current outstanding total.
 */
export function planPayment(state: BillingState, now: Date, input: Omit<SubmitPaymentInput, 'source'>, source: SubmitPaymentInput['source']): PaymentPlan {
  const settings = state.settings;
  requireGateway(state);
  requireMoneyFields({ amountCents: input.amountCents, expectedAmountCents: input.expectedAmountCents });
  if (input.currency !== settings.currency) {
    throw EngineError.validation({ currency: `Payments are made in ${settings.currency}.` });
  }
  if (input.target.type === 'outstanding' && input.expectedAmountCents === undefined) {
    throw EngineError.validation({ expectedAmountCents: 'Pay Outstanding needs the total you reviewed.' });
  }

  // Whether this invoice is theirs to pay at all comes before which method pays it.
  let invoice: InvoiceRecord | undefined;
  if (input.target.type === 'invoice') {
    const found = byId(state.invoices, input.target.invoiceId);
    if (found && found.addresseeId !== input.payerPartyId && (source === 'staff_pull' || input.visibleResidentId === found.residentId)) {
      throw notAddressee(state, found.number, found.addresseeId, source);
    }
    invoice = found?.addresseeId === input.payerPartyId ? found : undefined;
    // An invoice the submitter may not see gets the same answer as a missing one: existence never leaks.
    if (!invoice) throw new EngineError('not_found', 'There is no such invoice among the ones you can see.');
  }
  const method = usableMethod(state, now, input.payerPartyId, input.methodId, source);
  const paid = paidCents(state);
  let allocations: AllocationRecord[];
  let unappliedCents = 0;
  if (invoice) {
    const balance = invoiceBalance(invoice, paid).balanceCents;
    // Credit held on account (unapplied payments) is owed against these invoices, so it caps what
    // any one invoice may still take: otherwise the credit and this payment would pay it twice.
    const { creditCents, totalCents: owed } = outstandingBalance(state, input.payerPartyId, settings.allocationPolicy, paid);
    const limit = Math.max(Math.min(balance, owed), 0);
    if (input.amountCents > limit) {
      const whose = source === 'staff_pull' ? 'The payer\u2019s' : 'Your';
      let message: string;
      if (owed < balance) {
        message = creditCoversMessage(whose, creditCents, limit, invoice.number, settings.currency);
      } else if (balance > 0) {
        message = `Invoice ${invoice.number} has a balance of ${formatCents(balance, invoice.currency)}; pay at most that.`;
      } else {
        message = `Invoice ${invoice.number} has nothing left to pay.`;
      }
      throw new EngineError('amount_exceeds_balance', message, {
        fields: { amountCents: `At most ${limit}.` },
        details: { invoiceId: invoice.id, balanceCents: limit },
      });
    }
    allocations = [{ invoiceId: invoice.id, amountCents: input.amountCents }];
  } else {
    const policy = settings.allocationPolicy;
    const { open, totalCents: current } = outstandingBalance(state, input.payerPartyId, policy, paid);
    if (input.amountCents !== current || input.expectedAmountCents !== current) {
      throw new EngineError(
        'balance_changed',
        current > 0
          ? `Your outstanding balance is now ${formatCents(current, settings.currency)}. Review the new total and submit again.`
          : 'You have no outstanding balance any more; nothing was charged.',
        { details: { currentAmountCents: current } },
      );
    }
    if (policy === 'unapplied_credit') {
      // The community applies the credit itself later; nothing is allocated now, and the credit
      // counts against the outstanding total from now on, so it cannot be paid twice.
      allocations = [];
      unappliedCents = input.amountCents;
    } else {
      // The amount is the open balances less any credit held, so invoices settle in policy order
      // and only credit already held leaves the last ones partly open.
      allocations = allocateInOrder(open, input.amountCents);
    }
  }

  const fee = feeFor(settings, method, input.amountCents);
  requireChargeWithinLimit('amountCents', input.amountCents, fee.feeCents);
  const party = findParty(state, input.payerPartyId);
  const resident = party ? residentOfParty(state, party) : undefined;
  if (!resident) throw new EngineError('not_found', `There is no payer ${input.payerPartyId}.`);
  return {
    method,
    allocations,
    unappliedCents,
    feeBasisPoints: fee.basisPoints,
    feeCents: fee.feeCents,
    feeRule: fee.rule,
    residentId: resident.id,
  };
}

/** 403 `not_addressee`: who the invoice is addressed to, and that the billing office can change it. */
function notAddressee(state: BillingState, number: string, addresseeId: string, source: SubmitPaymentInput['source']): EngineError {
  const addressee = partyRef(state, addresseeId);
  const who = partyLabel(state, addresseeId);
  const message =
    source === 'staff_pull'
      ? `Invoice ${number} is addressed to ${who}; pull it from their methods, or change who it is addressed to first.`
      : `Invoice ${number} is addressed to ${who}, so only they can pay it online. The billing office can address it to you instead.`;
  return new EngineError('not_addressee', message, { details: { invoiceNumber: number, addressee: { ...addressee } } });
}

/** The payer's method, if it can pay now; 422 `method_unusable` (field `methodId`) otherwise. */
function usableMethod(
  state: BillingState,
  now: Date,
  payerPartyId: string,
  methodId: string,
  source: SubmitPaymentInput['source'],
): PaymentMethodRecord {
  const method = byId(state.paymentMethods, methodId);
  const refuse = (reason: string): EngineError =>
    new EngineError('method_unusable', reason, { fields: { methodId: reason } });
  // Another payer's method is "not one of yours", the same words as a missing one.
  if (!method || method.ownerPartyId !== payerPartyId) throw refuse('This is not one of the payer\u2019s saved payment methods.');
  const reason = unusableReason(method, communityToday(state, now));
  if (reason) throw refuse(reason);
  if (source === 'staff_pull' && method.recurringAuthorization === null) {
    throw refuse('The payer has not authorized this method for recurring payments.');
  }
  return method;
}

/**
 * Creates a payment on the draft `state` (call inside `backend.mutate`, which discards every change
 * if this throws) and returns the stored record. Refusals are those of the quote (see
 * `planPayment`). The gateway answers a card at once — `succeeded`, or `failed` with its `failure`
 * and nothing allocated (a decline is a result, not a refusal) — while a bank debit stays `pending`
 * until it settles (`gateway.ts`). The actor is `input.actor`; permission checks are the caller's.
 */
export function submitPayment(state: BillingState, now: Date, input: SubmitPaymentInput, options: ChargeOptions = {}): PaymentRecord {
  return createPlannedPayment(state, now, input, planPayment(state, now, input, input.source), options);
}

/** Whether a new payment goes to the gateway. */
export interface ChargeOptions {
  /**
   * `false` leaves a card payment `pending`, as if the gateway had not answered yet: what a quote
   * of a pull plans with on a scratch copy, so a card that would be declined still shows what it
   * would settle (a decline is a result at charge time, not a change of terms). Default `true`.
   */
  charge?: boolean;
}

/** Stores the payment `plan` describes (see {@link submitPayment}), with the gateway's answer for a card. */
export function createPlannedPayment(state: BillingState, now: Date, input: SubmitPaymentInput, plan: PaymentPlan, options: ChargeOptions = {}): PaymentRecord {
  const payment = newPendingPayment(state, now, {
    payerPartyId: input.payerPartyId,
    residentId: plan.residentId,
    source: input.source,
    methodId: plan.method.id,
    method: { type: plan.method.type, label: methodLabel(plan.method) },
    currency: input.currency,
    amountCents: input.amountCents,
    feeCents: plan.feeCents,
    allocations: plan.allocations,
    unappliedCents: plan.unappliedCents,
    actor: actorOf(input.actor),
    detail: submittedDetail(state, input, plan),
    quoteId: input.quoteId ?? null,
  });
  if (options.charge !== false) applyCardOutcome(payment, plan.method, payment.createdAt);
  state.payments.push(payment);
  notifyPaymentOutcome(state, now, payment);
  return payment;
}

/**
 * `POST /payments` on a draft store: the signed-in payer pays what is addressed to them (Pay
 * Invoice or Pay Outstanding), recorded in the audit log. 403 `forbidden` without `pay_bills`;
 * then {@link planPayment}'s refusals; then the review must still hold: 409 `quote_changed` when
 * the amount, fee, method or allocation differ from what `quoteId` committed to, 409
 * `quote_expired` past its expiry — both with the fresh quote in `details.quote`.
 */
export function submitPortalPayment(state: BillingState, now: Date, user: UserRecord, input: PaymentSubmission): Payment {
  const payer = requirePayer(state, user, 'pay_bills');
  const scope = requireBillingScope(state, user);
  const submission: SubmitPaymentInput = {
    ...input,
    actor: user,
    payerPartyId: payer.partyId,
    source: 'portal',
    visibleResidentId: scope.seesResident ? scope.resident.id : null,
  };
  const plan = planPayment(state, now, submission, 'portal');
  requireQuote(input.quoteId, quoteTerms(submission, plan, 'portal'), now, () => paymentQuoteOf(state, now, submission, plan), {
    changed: (quote) =>
      `This payment changed since you reviewed it: it would now charge ${formatCents(quote.totalCharged.amountCents, quote.totalCharged.currency)} ` +
      `to ${quote.method.label}. Review the new total and submit again; nothing was charged.`,
    expired: () => 'Your review of this payment has expired (a review holds for 15 minutes). Review the total again and submit; nothing was charged.',
  });
  const payment = createPlannedPayment(state, now, submission, plan);
  recordAudit(state, now, actorOfUser(user), {
    action: 'payment_submitted',
    summary: `${user.displayName} paid ${paymentWords(payment)}.`,
    subjects: paymentSubjects(payment),
    changes: paymentChanges(payment),
  });
  return payerPaymentView(state, payment, payer.partyId);
}

/** `POST /payments/quote`: the review of a payment by the signed-in payer, changing nothing. */
export function quotePortalPayment(state: BillingState, now: Date, user: UserRecord, input: PaymentRequest): PaymentQuote {
  const payer = requirePayer(state, user, 'pay_bills');
  const scope = requireBillingScope(state, user);
  return quotePayment(state, now, { ...input, actor: user, payerPartyId: payer.partyId, visibleResidentId: scope.seesResident ? scope.resident.id : null });
}

/** The body of `/payments/quote`, as the engine takes it. */
export type PaymentRequest = Pick<SubmitPaymentInput, 'methodId' | 'target' | 'amountCents' | 'currency' | 'expectedAmountCents'>;

/** The body of `POST /payments`: what was quoted, and the quote's id. */
export interface PaymentSubmission extends PaymentRequest {
  quoteId: string;
}

/** The terms a quote of one payment commits to (see `quotes.ts`). */
export function quoteTerms(input: Omit<SubmitPaymentInput, 'source' | 'actor'>, plan: PaymentPlan, source: SubmitPaymentInput['source']): QuoteTerms {
  return {
    payerPartyId: input.payerPartyId,
    source,
    target: input.target.type === 'invoice' ? { type: 'invoice', invoiceId: input.target.invoiceId } : { type: 'outstanding' },
    currency: input.currency,
    parts: [
      {
        methodId: plan.method.id,
        amountCents: input.amountCents,
        feeCents: plan.feeCents,
        feeBasisPoints: plan.feeBasisPoints,
        allocations: plan.allocations.map((a) => ({ invoiceId: a.invoiceId, amountCents: a.amountCents })),
        unappliedCents: plan.unappliedCents,
      },
    ],
  };
}

/** The words of a refused stale review, given the fresh quote. */
export interface QuoteRefusalWords<Q> {
  changed: (fresh: Q) => string;
  expired: (fresh: Q) => string;
}

/**
 * Refuses a submission whose reviewed quote no longer holds: 409 `quote_changed` when `terms`
 * (what the engine would charge now) differ from what `quoteId` committed to, 409 `quote_expired`
 * past its expiry. Either way `details.quote` is a fresh quote (`fresh()`), so the client can show
 * the new review at once. Call after every other check, before anything is written.
 */
export function requireQuote<Q>(quoteId: string, terms: QuoteTerms, now: Date, fresh: () => Q, words: QuoteRefusalWords<Q>): void {
  const verdict = compareQuote(quoteId, terms, now);
  if (verdict === 'matches') return;
  const quote = fresh();
  throw new EngineError(verdict === 'expired' ? 'quote_expired' : 'quote_changed', verdict === 'expired' ? words.expired(quote) : words.changed(quote), {
    details: { quote },
  });
}

/** What an audit entry about a payment concerns: it, its payer and the invoices it pays. */
export function paymentSubjects(payment: PaymentRecord): AuditSubject[] {
  // Every invoice the payment touches, by allocation or by credit applied from it, once each: a
  // void, return or refund reopens them all, and an invoice's trail must show it.
  const invoiceIds = new Set([...payment.allocations.map((a) => a.invoiceId), ...payment.creditApplications.map((a) => a.invoiceId)]);
  return [
    { type: 'payment', id: payment.id },
    { type: 'payer', id: payment.payerPartyId },
    ...[...invoiceIds].map((id): AuditSubject => ({ type: 'invoice', id })),
  ];
}

/** A new payment's fields as audited. */
export function paymentChanges(payment: PaymentRecord): { field: string; before: null; after: string | number }[] {
  return [
    { field: 'reference', before: null, after: payment.reference },
    { field: 'status', before: null, after: payment.status },
    { field: 'method', before: null, after: payment.method.label },
    { field: 'amountCents', before: null, after: payment.amountCents },
    { field: 'feeCents', before: null, after: payment.feeCents },
  ];
}

/** "$120.00 (+ $3.00 fee) with Visa •••• 4242, PAY-…: succeeded". */
export function paymentWords(payment: PaymentRecord): string {
  const fee = payment.feeCents > 0 ? ` (+ ${formatCents(payment.feeCents, payment.currency)} fee)` : '';
  return `${formatCents(payment.amountCents, payment.currency)}${fee} with ${payment.method.label}, ${payment.reference}: ${payment.status}`;
}

/**
 * A card is charged at once: the payment succeeds, or is declined — a result, not a refusal — and
 * then applies nothing to any invoice. Bank payments stay pending (the clock settles them).
 */
export function applyCardOutcome(payment: PaymentRecord, method: PaymentMethodRecord, at: string): void {
  if (method.type !== 'card') return;
  const gateway: ActorRecord = { ...GATEWAY_ACTOR };
  const failure = cardChargeFailure(method);
  if (failure) {
    payment.status = 'failed';
    payment.failure = failure;
    // The fee was never collected: a failed payment carries none (receipts and views follow), and
    // its history says so after the submitted entry that named the fee.
    const noFee = payment.feeCents > 0 ? ' No convenience fee was charged.' : '';
    payment.feeCents = 0;
    payment.allocations = [];
    payment.unappliedCents = 0;
    payment.history.push({ at, actor: gateway, action: 'failed', detail: `${failure.code}: ${failure.message}${noFee}` });
  } else {
    payment.status = 'succeeded';
    payment.history.push({ at, actor: gateway, action: 'succeeded', detail: null });
  }
}

/** What a payment would charge and settle, without changing anything. Refuses like {@link submitPayment}. */
export function quotePayment(state: BillingState, now: Date, input: Omit<SubmitPaymentInput, 'source'>): PaymentQuote {
  return paymentQuoteOf(state, now, input, planPayment(state, now, input, 'portal'));
}

/** The portal's quote of a planned payment, with its id and expiry. */
function paymentQuoteOf(state: BillingState, now: Date, input: Omit<SubmitPaymentInput, 'source'>, plan: PaymentPlan): PaymentQuote {
  const c = input.currency;
  const total = input.amountCents + plan.feeCents;
  return {
    ...stampQuote(quoteTerms(input, plan, 'portal'), now),
    amount: money(input.amountCents, c),
    fee: money(plan.feeCents, c),
    feeBasisPoints: plan.feeBasisPoints,
    feeRule: plan.feeRule,
    totalCharged: money(total, c),
    allocations: plan.allocations.map((a) => ({
      invoiceId: a.invoiceId,
      invoiceNumber: byId(state.invoices, a.invoiceId)?.number ?? a.invoiceId,
      amount: money(a.amountCents, c),
    })),
    unapplied: money(plan.unappliedCents, c),
    method: methodSummary(plan.method),
    authorizationText: authorizationText(state, now, plan, input.amountCents, total, c),
  };
}

/** The words the payer agrees to by submitting (engine text is English; amounts in the community's currency). */
function authorizationText(state: BillingState, now: Date, plan: PaymentPlan, amountCents: number, totalCents: number, currency: string): string {
  const community = state.settings.communityName;
  const label = methodLabel(plan.method);
  // The day as every widget writes it ("Nov 25, 2026"), on the community's clock.
  const date = dateWords(now, state.settings.timeZone);
  // The rule that applied is part of what the payer agrees to, fee or not.
  const fee =
    plan.feeCents > 0
      ? ` That is ${formatCents(amountCents, currency)} plus a convenience fee of ${formatCents(plan.feeCents, currency)}. ${plan.feeRule}`
      : ` ${plan.feeRule}`;
  if (plan.method.type === 'card') {
    return `By submitting, I authorize ${community} to charge ${formatCents(totalCents, currency)} to my ${label} on ${date}.${fee}`;
  }
  return (
    `By submitting, I authorize ${community} to make a one-time electronic (ACH) debit of ${formatCents(totalCents, currency)} ` +
    `from my ${label} on or after ${date}.${fee} The debit usually settles in two business days; I may be charged a fee by my bank if it is returned.`
  );
}

/** Money in engine messages, e.g. "$1,234.56". */
function submittedDetail(state: BillingState, input: SubmitPaymentInput, plan: PaymentPlan): string {
  const what =
    input.target.type === 'invoice'
      ? `Pay Invoice ${byId(state.invoices, input.target.invoiceId)?.number ?? input.target.invoiceId}`
      : 'Pay Outstanding';
  const via = input.source === 'staff_pull' ? 'pulled by the billing team' : 'from the portal';
  const fee = plan.feeCents > 0 ? ` + ${formatCents(plan.feeCents, input.currency)} fee` : '';
  return `${what}, ${via}: ${formatCents(input.amountCents, input.currency)}${fee}.`;
}

function actorOf(user: UserRecord): ActorRecord {
  return { userId: user.id, name: user.displayName, role: user.role };
}

/** What differs between new payments (portal, staff pull, split part, representment). */
export interface NewPaymentFields {
  payerPartyId: string;
  residentId: string;
  source: PaymentRecord['source'];
  methodId: string;
  method: PaymentRecord['method'];
  currency: string;
  amountCents: number;
  feeCents: number;
  allocations: AllocationRecord[];
  unappliedCents: number;
  /** The returned payment this one presents again, if any. */
  representmentOf?: string;
  actor: ActorRecord;
  /** The `submitted` history entry's detail. */
  detail: string | null;
  /** The quote the payment was reviewed under; null for payments made without one (re-presentments). */
  quoteId?: string | null;
}

/**
 * A new `pending` payment with its id, receipt number and `submitted` history entry, claimed on the
 * draft `state` but not yet stored: the caller applies the gateway's answer and pushes it.
 */
export function newPendingPayment(state: BillingState, now: Date, fields: NewPaymentFields): PaymentRecord {
  const at = now.toISOString();
  const { id, reference } = nextPaymentIdentity(state, now);
  return {
    id,
    reference,
    payerPartyId: fields.payerPartyId,
    residentId: fields.residentId,
    source: fields.source,
    methodId: fields.methodId,
    method: { ...fields.method },
    currency: fields.currency,
    amountCents: fields.amountCents,
    feeCents: fields.feeCents,
    status: 'pending',
    failure: null,
    allocations: fields.allocations.map((a) => ({ ...a })),
    unappliedCents: fields.unappliedCents,
    creditApplications: [],
    refunds: [],
    return: null,
    representmentOf: fields.representmentOf ?? null,
    quoteId: fields.quoteId ?? null,
    depositId: null,
    createdAt: at,
    createdBy: { ...fields.actor },
    updatedAt: at,
    history: [{ at, actor: { ...fields.actor }, action: 'submitted', detail: fields.detail }],
  };
}

/**
 * The next payment id (`pay-NNNN`, from the state's counter) and receipt number
 * (`PAY-YYYYMMDD-NNNN`, numbered within the community day), claimed on the draft `state`.
 */
/** A payment reference's `PAY-YYYYMMDD-` prefix, if it has one. */
function referencePrefix(reference: string): string | undefined {
  return /^PAY-\d{8}-/.exec(reference)?.[0];
}

/** Every payment reference, and how many start with each `PAY-YYYYMMDD-` prefix, per version of the payments list. */
const referencesOf = perVersion<PaymentRecord, { taken: LayeredMap<string, true>; perPrefix: LayeredMap<string, number> }>({
  compute: (payments) => {
    const taken = new LayeredMap<string, true>();
    const perPrefix = new LayeredMap<string, number>();
    for (const { reference } of payments) countReference(taken, perPrefix, reference);
    return { taken, perPrefix };
  },
  update: (previous, next, { changed, addedFrom }) => {
    // References are never rewritten; a list that did is derived afresh.
    if (changed.some((i) => previous.list[i]?.reference !== next[i]?.reference)) return undefined;
    const taken = layerOver(previous.value.taken);
    const perPrefix = layerOver(previous.value.perPrefix);
    if (!taken || !perPrefix) return undefined;
    for (let i = addedFrom; i < next.length; i++) countReference(taken, perPrefix, (next[i] as PaymentRecord).reference);
    return { taken, perPrefix };
  },
});

function countReference(taken: LayeredMap<string, true>, perPrefix: LayeredMap<string, number>, reference: string): void {
  taken.set(reference, true);
  const prefix = referencePrefix(reference);
  if (prefix !== undefined) perPrefix.set(prefix, (perPrefix.get(prefix) ?? 0) + 1);
}

export function nextPaymentIdentity(state: BillingState, now: Date): { id: string; reference: string } {
  state.sequences.payment += 1;
  const id = `pay-${String(state.sequences.payment).padStart(4, '0')}`;
  const prefix = `PAY-${localDate(now, state.settings.timeZone).replaceAll('-', '')}-`;
  const { taken, perPrefix } = referencesOf(state.payments);
  let n = (perPrefix.get(prefix) ?? 0) + 1;
  while (taken.has(prefix + String(n).padStart(4, '0'))) n++;
  return { id, reference: prefix + String(n).padStart(4, '0') };
}

/** The filters of `GET /payments`. */
export interface ListPaymentsQuery extends PageQuery {
  status?: PaymentStatus;
}

/** Newest first; the id breaks ties so the order (and cursors) are stable. Payers' and staff lists alike. */
export const PAYMENTS_NEWEST_FIRST: SortOrder<PaymentRecord> = {
  keyOf: (payment) => [payment.createdAt, payment.id],
  directions: ['desc', 'desc'],
};
const NEWEST_FIRST = PAYMENTS_NEWEST_FIRST;

const newestFirstPositions = sortedPositions(PAYMENTS_NEWEST_FIRST);

/** The store's payments newest first, sorted once per version of the list (`indexes.ts`), for paging. */
export function paymentsNewestFirst(state: BillingState): OrderedView<PaymentRecord> {
  const payments = readable(state.payments);
  const positions = newestFirstPositions(payments);
  return { length: positions.length, at: (k) => payments[positions[k] ?? -1] as PaymentRecord };
}

/**
 * `GET /payments`, newest first, filtered by status and paged: with `view_billing` every payment on
 * the resident's account and who made it; otherwise the user's own, made in the portal or pulled
 * by the billing team.
 */
export function listPayerPayments(state: BillingState, user: UserRecord, query: ListPaymentsQuery = {}): PaymentPage {
  const scope = requireBillingScope(state, user);
  const include = (p: PaymentRecord): boolean => scopeCovers(scope, p.residentId, p.payerPartyId) && (query.status === undefined || p.status === query.status);
  const page = paginateOrdered(paymentsNewestFirst(state), NEWEST_FIRST, query, include);
  return { items: page.items.map((p) => payerPaymentView(state, p, scope.partyId)), nextCursor: page.nextCursor };
}

/** `GET /payments/{id}`: one payment the user may see; any other id is `not_found`. */
export function getPayerPayment(state: BillingState, user: UserRecord, paymentId: string): Payment {
  const scope = requireBillingScope(state, user);
  const payment = state.payments.find((p) => p.id === paymentId && scopeCovers(scope, p.residentId, p.payerPartyId));
  if (!payment) throw new EngineError('not_found', 'There is no such payment among the ones you can see.');
  return payerPaymentView(state, payment, scope.partyId);
}
