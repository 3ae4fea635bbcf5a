// The billing team's actions on one payment — void, refund, record a bank return, present again —
// in words and decisions, apart from the element that shows them: which actions apply, what each
// will do and did, and which refusals belong to which field. The engine has the last word on what
// is allowed; this only leaves out what cannot apply and says what happens.
import { formatMoney } from './format.js';
import { refundFeeSentence } from './fee-words.js';
import { paymentStatusLabels } from './payment-status.js';
import type { AlisClient } from '../sdk/index.js';
import type { Money, Payment, ReturnCode } from '../sdk/types.js';

/** One of the billing team's actions on a payment. */
export type PaymentActionKind = 'void' | 'refund' | 'return' | 'represent';

/** A Nacha return code with its meaning and what it does to the payer's bank account. */
export interface ReturnCodeInfo {
  code: ReturnCode;
  meaning: string;
  /** May be presented again (R01, R09); every other code blocks the account. */
  representable: boolean;
}

/** The return codes the engine accepts, in the order the bank lists them. */
export const RETURN_CODES: readonly ReturnCodeInfo[] = [
  { code: 'R01', meaning: 'Insufficient funds', representable: true },
  { code: 'R02', meaning: 'Account closed', representable: false },
  { code: 'R03', meaning: 'No account / unable to locate account', representable: false },
  { code: 'R04', meaning: 'Invalid account number', representable: false },
  { code: 'R07', meaning: 'Authorization revoked by customer', representable: false },
  { code: 'R09', meaning: 'Uncollected funds', representable: true },
  { code: 'R10', meaning: 'Customer advises not authorized', representable: false },
  { code: 'R29', meaning: 'Corporate customer advises not authorized', representable: false },
];

/** The most presentments of one debit (the first and two more). */
export const MAX_PRESENTMENTS = 3;

/** The button that opens each action. */
export const actionLabels: Readonly<Record<PaymentActionKind, string>> = {
  void: 'Void',
  refund: 'Refund',
  return: 'Record bank return',
  represent: 'Present again',
};

/** A request as it was sent, so an unconfirmed one can be sent again exactly, with the same key. */
export type PaymentActionRequest =
  | { kind: 'void'; reason: string }
  | { kind: 'refund'; amountCents: number; currency: string; reason: string }
  | { kind: 'return'; code: ReturnCode; reason: string }
  | { kind: 'represent' };

/** What the confirmation's fields say is wrong, by field. */
export interface PaymentActionFieldErrors {
  reason?: string;
  amount?: string;
  code?: string;
}

/** What a return code means for the payer's account, in one sentence. */
export function returnCodeConsequence(info: ReturnCodeInfo): string {
  return info.representable
    ? `May be presented again (at most ${MAX_PRESENTMENTS} presentments in all).`
    : 'Blocks this bank account until the payer replaces or re-authorizes it.';
}

/** What can still be refunded: the amount applied less every refund so far (any fee share goes back on top, per the settings). */
export function refundable(payment: Payment): Money {
  return { amountCents: payment.amount.amountCents - payment.refundedTotal.amountCents, currency: payment.amount.currency };
}

/** The reference of the payment that presented this returned one again, if it was. */
export function presentedAgainAs(payment: Payment): string | null {
  const entry = payment.history.find((h) => h.action === 'represented');
  return entry ? (entry.detail ?? 'a new payment') : null;
}

/**
 * The actions worth offering for `payment`. The engine has the last word (it refuses with
 * `already_deposited`, `invalid_state`, `not_representable`…); this only leaves out what cannot
 * apply, so nobody is offered a void of a deposited payment.
 */
export function availableActions(payment: Payment): PaymentActionKind[] {
  const live = payment.status === 'pending' || payment.status === 'succeeded';
  const actions: PaymentActionKind[] = [];
  if (live && payment.depositId === null) actions.push('void');
  if ((payment.status === 'succeeded' || payment.status === 'partially_refunded') && refundable(payment).amountCents > 0) actions.push('refund');
  if (live && payment.method.type === 'bank_account') actions.push('return');
  if (payment.status === 'returned' && payment.return?.representable && presentedAgainAs(payment) === null) actions.push('represent');
  return actions;
}

/** Why nothing (more) can be done with a payment, or '' when something can. */
export function whyNoActions(payment: Payment): string {
  switch (payment.status) {
    case 'voided':
      return 'This payment was voided; nothing more can be done with it.';
    case 'failed':
      return 'This payment failed, so nothing was collected.';
    case 'refunded':
      return 'This payment was refunded in full.';
    case 'returned': {
      const again = presentedAgainAs(payment);
      if (again) return `The bank returned this payment; it was presented again as ${again}.`;
      const ret = payment.return;
      if (!ret) return 'The bank returned this payment.';
      if (ret.code === 'R01' || ret.code === 'R09') {
        return `The bank returned this payment (${ret.code}) after ${ret.presentmentCount} presentments, the most allowed.`;
      }
      return `The bank returned this payment with ${ret.code} (${ret.description}); it cannot be presented again.`;
    }
    default:
      return '';
  }
}

/** "invoice INV-1" / "invoices INV-1 and INV-2" / "invoices INV-1, INV-2 and INV-3". */
function invoiceList(numbers: string[]): string {
  if (numbers.length === 1) return `invoice ${numbers[0]}`;
  return `invoices ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** What a whole reversal (void, return) does to the invoices, e.g. "invoice INV-… reopens by $27.31". */
export function reopenSentence(payment: Payment, locale: string | undefined, tense: 'future' | 'past'): string {
  // Credit the billing office applied since counts like an allocation; what is still held is taken back.
  const settled = [...payment.allocations, ...payment.creditApplications];
  const numbers = [...new Set(settled.map((a) => a.invoiceNumber))];
  const applied = settled.reduce((sum, a) => sum + a.amount.amountCents, 0);
  // A void or return takes the whole payment back (it was never refunded): what its credit did not pay.
  const credit = Math.max(payment.unapplied.amountCents - payment.creditApplications.reduce((sum, a) => sum + a.amount.amountCents, 0), 0);
  const parts: string[] = [];
  if (numbers.length > 0) {
    const verb = tense === 'future' ? (numbers.length === 1 ? 'reopens' : 'reopen') : 'reopened';
    const amount = formatMoney({ amountCents: applied, currency: payment.amount.currency }, locale);
    parts.push(`${invoiceList(numbers)} ${verb} by ${amount}${numbers.length > 1 ? ' in all' : ''}`);
  }
  if (credit > 0) parts.push(`${tense === 'future' ? 'the' : 'its'} ${formatMoney({ amountCents: credit, currency: payment.amount.currency }, locale)} of unapplied credit ${tense === 'future' ? 'is' : 'was'} taken back`);
  if (parts.length === 0) return tense === 'future' ? 'nothing was applied to invoices' : 'no invoice changed';
  return parts.join(', and ');
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The confirmation's title, a question where the action cannot be undone. */
export function actionTitle(payment: Payment, kind: PaymentActionKind): string {
  switch (kind) {
    case 'void':
      return `Void payment ${payment.reference}?`;
    case 'refund':
      return `Refund payment ${payment.reference}`;
    case 'return':
      return `Record a bank return on ${payment.reference}`;
    case 'represent':
      return `Present ${payment.reference} again?`;
  }
}

/** What the action will do, said in its confirmation before anything is sent. */
export function actionEffect(payment: Payment, kind: PaymentActionKind, locale: string | undefined): string {
  switch (kind) {
    case 'void':
      return `${payment.payer.name}’s payment of ${formatMoney(payment.totalCharged, locale)} by ${payment.method.label} will not be collected, and ${reopenSentence(payment, locale, 'future')}.`;
    case 'refund':
      return `The refund goes back to ${payment.method.label}. The invoices this payment settled reopen by the amount refunded (unapplied credit is taken back first, then the most recent invoice).`;
    case 'return':
      return `${payment.reference} becomes Returned and ${reopenSentence(payment, locale, 'future')}.`;
    case 'represent': {
      const count = payment.return?.presentmentCount ?? 1;
      return `A new debit of ${formatMoney(payment.totalCharged, locale)} from ${payment.method.label} is created for the same invoices (presentment ${count + 1} of ${MAX_PRESENTMENTS}). It is processing until the bank settles it.`;
    }
  }
}

/** The confirm button's words: the action with its amount, `Working…` while sent, `Check again` once unconfirmed. */
export function confirmLabel(kind: PaymentActionKind, state: { amount: Money | null; busy: boolean; unconfirmed: boolean }, locale: string | undefined): string {
  if (state.busy) return 'Working…';
  if (state.unconfirmed) return 'Check again';
  switch (kind) {
    case 'void':
      return 'Void payment';
    case 'refund':
      return state.amount !== null && state.amount.amountCents > 0 ? `Refund ${formatMoney(state.amount, locale)}` : actionLabels.refund;
    case 'return':
      return 'Record return';
    case 'represent':
      return actionLabels.represent;
  }
}

/**
 * What an answered action did, in one sentence: shown under the payment and announced. `before` is
 * the payment as it was; `result` is what the engine answered (for `represent`, the new debit).
 */
export function actionOutcome(request: PaymentActionRequest, before: Payment, result: Payment, locale: string | undefined): string {
  switch (request.kind) {
    case 'void':
      return `Voided ${result.reference}. ${capitalize(reopenSentence(result, locale, 'past'))}.`;
    case 'refund': {
      const share = result.refunds.at(-1)?.fee.amountCents ?? 0;
      const feeWords = refundFeeSentence(result.fee.amountCents, share, result.fee.currency, locale);
      return `Refunded ${formatMoney({ amountCents: request.amountCents, currency: request.currency }, locale)} of ${result.reference} to ${result.method.label}. It is now ${paymentStatusLabels[result.status].toLowerCase()}.${feeWords ? ` ${feeWords}` : ''}`;
    }
    case 'return': {
      const info = RETURN_CODES.find((r) => r.code === request.code);
      const next = result.return?.representable
        ? ' It may be presented again.'
        : info && !info.representable
          ? ' The bank account is blocked until the payer replaces or re-authorizes it.'
          : '';
      return `Recorded return ${request.code} (${result.return?.description ?? info?.meaning ?? ''}) on ${result.reference}; ${reopenSentence(result, locale, 'past')}.${next}`;
    }
    case 'represent':
      return `Presented ${before.reference} again as ${result.reference}; the new debit is ${paymentStatusLabels[result.status].toLowerCase()}.`;
  }
}

/** What an action whose outcome is unknown says: checking again with the same key is safe. */
export function unconfirmedActionMessage(kind: PaymentActionKind): string {
  return `We could not confirm whether the ${actionLabels[kind].toLowerCase()} went through. Checking again is safe: it is never applied twice.`;
}

/** Refusals that mean the payment changed elsewhere: its current state is read again. */
export const PAYMENT_CHANGED_CODES: ReadonlySet<string> = new Set(['already_deposited', 'invalid_state', 'not_representable', 'refund_exceeds_paid']);

/**
 * Where the engine's refusal of `kind` belongs: a field of the confirmation (the amount, the reason
 * or the return code), or the confirmation as a whole (`message`).
 */
export function actionRefusalPlace(
  kind: PaymentActionKind,
  refusal: { code: string; message: string; fields: Readonly<Record<string, string>> },
): { field: keyof PaymentActionFieldErrors; message: string } | { message: string } {
  const fields = refusal.fields;
  if (kind === 'refund' && (refusal.code === 'refund_exceeds_paid' || fields['amountCents'])) {
    return { field: 'amount', message: refusal.code === 'refund_exceeds_paid' ? refusal.message : (fields['amountCents'] ?? refusal.message) };
  }
  if (fields['reason']) return { field: 'reason', message: fields['reason'] };
  if (kind === 'return' && fields['code']) return { field: 'code', message: fields['code'] };
  return { message: refusal.message };
}

/**
 * The request a confirmation describes, or what to fix first. `amountCents` is what the amount field
 * reads (null while empty); `amountValid` whether the field itself accepts it.
 */
export function paymentActionRequest(
  payment: Payment,
  typed: { kind: PaymentActionKind; reason: string; amountCents: number | null; amountValid: boolean; code: ReturnCode | null },
  locale: string | undefined,
): { request: PaymentActionRequest } | { errors: PaymentActionFieldErrors; amountInvalid: boolean } {
  if (typed.kind === 'represent') return { request: { kind: 'represent' } };
  const reason = typed.reason.trim();
  const errors: PaymentActionFieldErrors = {};
  let amountInvalid = false;
  if (typed.kind === 'refund') {
    const most = refundable(payment);
    if (typed.amountCents !== null && typed.amountCents > most.amountCents) {
      errors.amount = `At most ${formatMoney(most, locale)} of this payment can still be refunded.`;
    } else amountInvalid = !typed.amountValid;
  }
  if (typed.kind === 'return' && typed.code === null) errors.code = 'Choose the return code the bank gave.';
  if (reason === '') errors.reason = 'Enter a reason; it is kept in the payment’s audit trail.';
  if (Object.keys(errors).length > 0 || amountInvalid) return { errors, amountInvalid };
  switch (typed.kind) {
    case 'void':
      return { request: { kind: 'void', reason } };
    case 'refund':
      return { request: { kind: 'refund', amountCents: typed.amountCents ?? 0, currency: payment.amount.currency, reason } };
    case 'return':
      return { request: { kind: 'return', code: typed.code as ReturnCode, reason } };
  }
}

/** Sends `request` on payment `paymentId` with `idempotencyKey`: the SDK call each action is. */
export function sendPaymentAction(client: AlisClient, paymentId: string, request: PaymentActionRequest, idempotencyKey: string): Promise<Payment> {
  const opts = { idempotencyKey };
  switch (request.kind) {
    case 'void':
      return client.staff.payments.void(paymentId, { reason: request.reason }, opts);
    case 'refund':
      return client.staff.payments.refund(paymentId, { amountCents: request.amountCents, currency: request.currency, reason: request.reason }, opts);
    case 'return':
      return client.staff.payments.recordReturn(paymentId, { code: request.code, reason: request.reason }, opts);
    case 'represent':
      return client.staff.payments.represent(paymentId, opts);
  }
}
