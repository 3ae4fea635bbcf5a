// The billing team's actions on one payment — void, refund, record a bank return, present again —
// in words and decisions, apart from the element that shows them: which actions apply, what each
// will do and did, and which refusals belong to which field. The engine has the last word on what
// is allowed; this only leaves out what cannot apply and says what happens.
import { formatMoney } from './format.js';
import { joinAnd, refundFeeSentence } from './fee-words.js';
import { english, type Translate } from './i18n/translate.js';
import { paymentStatusLabel } from './payment-status.js';
import { isCuredByReauthorizing, returnCodeMeaning as meaningOfReturnCode, returnDescription } from './payment-method-words.js';
import { refusalSentence, refusedFieldSentence } from './refusal-words.js';
import type { AlisClient } from '../sdk/index.js';
import type { Money, Payment, ReturnCode } from '../sdk/types.js';

/** One of the billing team's actions on a payment. */
export type PaymentActionKind = 'void' | 'refund' | 'return' | 'represent';

/** A Nacha return code with its meaning and what it does to the payer's bank account. */
export interface ReturnCodeInfo {
  code: ReturnCode;
  /** The meaning in English; {@link returnCodeMeaning} says it in the reader's language. */
  meaning: string;
  /** May be presented again (R01, R09); every other code blocks the account. */
  representable: boolean;
}

/** What a return code means, in the reader's language: "Insufficient funds" for R01. */
export function returnCodeMeaning(code: ReturnCode, t: Translate = english): string {
  return meaningOfReturnCode(code, t) ?? code;
}

export { returnDescription };

/** The return codes the engine accepts, in the order the bank lists them. */
export const RETURN_CODES: readonly ReturnCodeInfo[] = (['R01', 'R02', 'R03', 'R04', 'R07', 'R09', 'R10', 'R29'] as const).map((code) => ({
  code,
  meaning: returnCodeMeaning(code),
  representable: code === 'R01' || code === 'R09',
}));

/** The most presentments of one debit (the first and two more). */
export const MAX_PRESENTMENTS = 3;

/** The button that opens each action. */
export function actionLabel(kind: PaymentActionKind, t: Translate = english): string {
  switch (kind) {
    case 'void':
      return t.ctx('payment action', 'Void');
    case 'refund':
      return t.ctx('payment action', 'Refund');
    case 'return':
      return t('Record bank return');
    case 'represent':
      return t('Present again');
  }
}

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
export function returnCodeConsequence(info: ReturnCodeInfo, t: Translate = english): string {
  if (info.representable) return t('May be presented again (at most {max} presentments in all).', { max: MAX_PRESENTMENTS });
  // Re-authorizing cures a revoked or unauthorized debit only; a closed or wrong account must be replaced.
  return isCuredByReauthorizing(info.code)
    ? t('Blocks this bank account until the payer replaces or re-authorizes it.')
    : t('Blocks this bank account until the payer replaces it.');
}

/** What can still be refunded: the amount applied less every refund so far (any fee share goes back on top, per the settings). */
export function refundable(payment: Payment): Money {
  return { amountCents: payment.amount.amountCents - payment.refundedTotal.amountCents, currency: payment.amount.currency };
}

/** The reference of the payment that presented this returned one again, if it was. */
export function presentedAgainAs(payment: Payment, t: Translate = english): string | null {
  const entry = payment.history.find((h) => h.action === 'represented');
  return entry ? (entry.detail ?? t('a new payment')) : null;
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
export function whyNoActions(payment: Payment, t: Translate = english): string {
  switch (payment.status) {
    case 'voided':
      return t('This payment was voided; nothing more can be done with it.');
    case 'failed':
      return t('This payment failed, so nothing was collected.');
    case 'refunded':
      return t('This payment was refunded in full.');
    case 'returned': {
      const again = presentedAgainAs(payment, t);
      if (again) return t('The bank returned this payment; it was presented again as {reference}.', { reference: again });
      const ret = payment.return;
      if (!ret) return t('The bank returned this payment.');
      if (ret.code === 'R01' || ret.code === 'R09') {
        return t.plural(
          ret.presentmentCount,
          { one: 'The bank returned this payment ({code}) after {count} presentment, the most allowed.', other: 'The bank returned this payment ({code}) after {count} presentments, the most allowed.' },
          { code: ret.code },
        );
      }
      return t('The bank returned this payment with {code} ({description}); it cannot be presented again.', {
        code: ret.code,
        description: returnDescription(ret.code, ret.description, t),
      });
    }
    default:
      return '';
  }
}

/** What a whole reversal (void, return) does to the invoices, e.g. "invoice INV-… reopens by $27.31". */
export function reopenSentence(payment: Payment, locale: string | undefined, tense: 'future' | 'past', t: Translate = english): string {
  // Credit the billing office applied since counts like an allocation; what is still held is taken back.
  const settled = [...payment.allocations, ...payment.creditApplications];
  const numbers = [...new Set(settled.map((a) => a.invoiceNumber))];
  const applied = settled.reduce((sum, a) => sum + a.amount.amountCents, 0);
  // A void or return takes the whole payment back (it was never refunded): what its credit did not pay.
  const credit = Math.max(payment.unapplied.amountCents - payment.creditApplications.reduce((sum, a) => sum + a.amount.amountCents, 0), 0);
  const parts: string[] = [];
  if (numbers.length > 0) {
    // "INV-1", "INV-1 and INV-2", "INV-1, INV-2 and INV-3".
    const params = { numbers: joinAnd(numbers, t), amount: formatMoney({ amountCents: applied, currency: payment.amount.currency }, locale) };
    parts.push(
      tense === 'future'
        ? t.plural(numbers.length, { one: 'invoice {numbers} reopens by {amount}', other: 'invoices {numbers} reopen by {amount} in all' }, params)
        : t.plural(numbers.length, { one: 'invoice {numbers} reopened by {amount}', other: 'invoices {numbers} reopened by {amount} in all' }, params),
    );
  }
  if (credit > 0) {
    const amount = formatMoney({ amountCents: credit, currency: payment.amount.currency }, locale);
    parts.push(tense === 'future' ? t('the {amount} of unapplied credit is taken back', { amount }) : t('its {amount} of unapplied credit was taken back', { amount }));
  }
  const [first, second] = parts;
  if (first === undefined) return tense === 'future' ? t('nothing was applied to invoices') : t('no invoice changed');
  return second === undefined ? first : t('{first}, and {second}', { first, second });
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The confirmation's title, a question where the action cannot be undone. */
export function actionTitle(payment: Payment, kind: PaymentActionKind, t: Translate = english): string {
  const reference = payment.reference;
  switch (kind) {
    case 'void':
      return t('Void payment {reference}?', { reference });
    case 'refund':
      return t('Refund payment {reference}', { reference });
    case 'return':
      return t('Record a bank return on {reference}', { reference });
    case 'represent':
      return t('Present {reference} again?', { reference });
  }
}

/** What the action will do, said in its confirmation before anything is sent. */
export function actionEffect(payment: Payment, kind: PaymentActionKind, locale: string | undefined, t: Translate = english): string {
  const method = payment.method.label;
  switch (kind) {
    case 'void':
      return t('{payer}’s payment of {amount} by {method} will not be collected, and {reopen}.', {
        payer: payment.payer.name,
        amount: formatMoney(payment.totalCharged, locale),
        method,
        reopen: reopenSentence(payment, locale, 'future', t),
      });
    case 'refund':
      return t(
        'The refund goes back to {method}. The invoices this payment settled reopen by the amount refunded (unapplied credit is taken back first, then the most recent invoice).',
        { method },
      );
    case 'return':
      return t('{reference} becomes Returned and {reopen}.', { reference: payment.reference, reopen: reopenSentence(payment, locale, 'future', t) });
    case 'represent': {
      const count = payment.return?.presentmentCount ?? 1;
      return t('A new debit of {amount} from {method} is created for the same invoices (presentment {number} of {max}). It is processing until the bank settles it.', {
        amount: formatMoney(payment.totalCharged, locale),
        method,
        number: count + 1,
        max: MAX_PRESENTMENTS,
      });
    }
  }
}

/** The confirm button's words: the action with its amount, `Working…` while sent, `Check again` once unconfirmed. */
export function confirmLabel(
  kind: PaymentActionKind,
  state: { amount: Money | null; busy: boolean; unconfirmed: boolean },
  locale: string | undefined,
  t: Translate = english,
): string {
  if (state.busy) return t('Working…');
  if (state.unconfirmed) return t('Check again');
  switch (kind) {
    case 'void':
      return t('Void payment');
    case 'refund':
      return state.amount !== null && state.amount.amountCents > 0 ? t('Refund {amount}', { amount: formatMoney(state.amount, locale) }) : actionLabel('refund', t);
    case 'return':
      return t('Record return');
    case 'represent':
      return actionLabel('represent', t);
  }
}

/**
 * What an answered action did, in one sentence: shown under the payment and announced. `before` is
 * the payment as it was; `result` is what the engine answered (for `represent`, the new debit).
 */
export function actionOutcome(request: PaymentActionRequest, before: Payment, result: Payment, locale: string | undefined, t: Translate = english): string {
  switch (request.kind) {
    case 'void':
      return t('Voided {reference}. {reopen}.', { reference: result.reference, reopen: capitalize(reopenSentence(result, locale, 'past', t)) });
    case 'refund': {
      const share = result.refunds.at(-1)?.fee.amountCents ?? 0;
      const feeWords = refundFeeSentence(result.fee.amountCents, share, result.fee.currency, locale, t);
      const refunded = t('Refunded {amount} of {reference} to {method}. It is now {status}.', {
        amount: formatMoney({ amountCents: request.amountCents, currency: request.currency }, locale),
        reference: result.reference,
        method: result.method.label,
        status: paymentStatusLabel(result.status, t).toLowerCase(),
      });
      return feeWords ? `${refunded} ${feeWords}` : refunded;
    }
    case 'return': {
      const info = RETURN_CODES.find((r) => r.code === request.code);
      const next = result.return?.representable
        ? t('It may be presented again.')
        : info && !info.representable
          ? isCuredByReauthorizing(info.code)
            ? t('The bank account is blocked until the payer replaces or re-authorizes it.')
            : t('The bank account is blocked until the payer replaces it.')
          : '';
      const recorded = t('Recorded return {code} ({description}) on {reference}; {reopen}.', {
        code: request.code,
        description: returnDescription(request.code, result.return?.description ?? info?.meaning ?? '', t),
        reference: result.reference,
        reopen: reopenSentence(result, locale, 'past', t),
      });
      return next ? `${recorded} ${next}` : recorded;
    }
    case 'represent':
      return t('Presented {previous} again as {reference}; the new debit is {status}.', {
        previous: before.reference,
        reference: result.reference,
        status: paymentStatusLabel(result.status, t).toLowerCase(),
      });
  }
}

/** What an action whose outcome is unknown says: checking again with the same key is safe. */
export function unconfirmedActionMessage(kind: PaymentActionKind, t: Translate = english): string {
  switch (kind) {
    case 'void':
      return t('We could not confirm whether the void went through. Checking again is safe: it is never applied twice.');
    case 'refund':
      return t('We could not confirm whether the refund went through. Checking again is safe: it is never applied twice.');
    case 'return':
      return t('We could not confirm whether the record bank return went through. Checking again is safe: it is never applied twice.');
    case 'represent':
      return t('We could not confirm whether the present again went through. Checking again is safe: it is never applied twice.');
  }
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
  t: Translate = english,
): { field: keyof PaymentActionFieldErrors; message: string } | { message: string } {
  const fields = refusal.fields;
  const amountField = fields['amountCents'];
  if (kind === 'refund' && (refusal.code === 'refund_exceeds_paid' || amountField)) {
    return { field: 'amount', message: refusal.code !== 'refund_exceeds_paid' && amountField ? refusedFieldSentence(amountField, t) : refusalSentence(refusal, t) };
  }
  if (fields['reason']) return { field: 'reason', message: refusedFieldSentence(fields['reason'], t) };
  if (kind === 'return' && fields['code']) return { field: 'code', message: refusedFieldSentence(fields['code'], t) };
  return { message: refusalSentence(refusal, t) };
}

/**
 * The request a confirmation describes, or what to fix first. `amountCents` is what the amount field
 * reads (null while empty); `amountValid` whether the field itself accepts it.
 */
export function paymentActionRequest(
  payment: Payment,
  typed: { kind: PaymentActionKind; reason: string; amountCents: number | null; amountValid: boolean; code: ReturnCode | null },
  locale: string | undefined,
  t: Translate = english,
): { request: PaymentActionRequest } | { errors: PaymentActionFieldErrors; amountInvalid: boolean } {
  if (typed.kind === 'represent') return { request: { kind: 'represent' } };
  const reason = typed.reason.trim();
  const errors: PaymentActionFieldErrors = {};
  let amountInvalid = false;
  if (typed.kind === 'refund') {
    const most = refundable(payment);
    if (typed.amountCents !== null && typed.amountCents > most.amountCents) {
      errors.amount = t('At most {amount} of this payment can still be refunded.', { amount: formatMoney(most, locale) });
    } else amountInvalid = !typed.amountValid;
  }
  if (typed.kind === 'return' && typed.code === null) errors.code = t('Choose the return code the bank gave.');
  if (reason === '') errors.reason = t('Enter a reason; it is kept in the payment’s audit trail.');
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
