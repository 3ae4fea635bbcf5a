// What the pay flow does with a refusal, and how it starts a payment: pure decisions over the
// engine's answers (built on placeRefusal), so the element only applies them and node tests pin
// them down. Nothing here computes an amount the engine did not give.
import { AlisNetworkError, isAlisApiError } from '../sdk/errors.js';
import { notAddresseeMessage } from './billing-words.js';
import { placeRefusal } from './payment-refusal.js';
import { payPreparationFailedMessage, paySessionEndedMessage, payUnreachableMessage, balanceChangedNotice } from './pay-flow-words.js';
import { english, type Translate } from './i18n/translate.js';
import { payableNow } from './credit-plan.js';
import type { CommunitySettings, ErrorCode, Outstanding, PaymentMethod, PaymentQuote, QuotePaymentRequest } from '../sdk/types.js';

/** What the flow changes after a refusal. Absent fields stay as they are. */
export interface PayRefusalFix {
  /** The reason and sentence of the `alis-payment-failed` event, when the refusal came from sending. */
  event: { reason: ErrorCode | 'network'; message: string };
  /** The reviewed quote no longer holds: review this one instead (the key is kept). */
  reviewAgain?: { quote: PaymentQuote; expired: boolean };
  flowError?: { message: string; final: boolean };
  amountError?: string;
  methodError?: string;
  /** The balance as the engine now gives it (what may be paid). */
  balanceCents?: number;
  /** The new amount (paying everything outstanding follows the balance). */
  amountCents?: number;
  balanceNotice?: string;
  /** The field that takes focus instead of the step's heading. */
  focus?: 'amount' | 'method';
  /** The live region's sentence; absent leaves it as it is. */
  announcement?: string;
  /** Forget the key, so the next review takes one (the request will differ). */
  forgetKey: boolean;
  /** Load the balances and methods again. */
  reload: boolean;
}

/**
 * Where a refusal of the quote or the payment goes, back on the method step: beside the amount or
 * the method, as a notice that the balance changed, as the flow's error (with the billing office
 * for a re-addressed invoice), or back to review with the engine's new quote.
 */
export function payRefusalFix(
  error: unknown,
  context: { payingOutstanding: boolean; office: CommunitySettings['billingOffice'] | null },
  t: Translate = english,
): PayRefusalFix {
  if (!isAlisApiError(error)) {
    const message = error instanceof AlisNetworkError ? payUnreachableMessage(t) : payPreparationFailedMessage(t);
    return { event: { reason: 'network', message }, flowError: { message, final: false }, forgetKey: false, reload: false };
  }
  if (error.code === 'unauthenticated') {
    // The session expired (the provider tells the host with alis-session-expired): not final.
    // What the payer chose stays, and once they are signed in again they carry on from here.
    const message = paySessionEndedMessage(t);
    return { event: { reason: error.code, message }, flowError: { message, final: false }, announcement: message, forgetKey: true, reload: false };
  }
  const placement = placeRefusal(error, t);
  const event = { reason: error.code, message: placement.message };
  const fix = { event, forgetKey: true, reload: false, announcement: placement.message };
  switch (placement.where) {
    case 'quote':
      return { event, reviewAgain: { quote: placement.quote, expired: placement.expired }, forgetKey: false, reload: false };
    case 'amount':
      return { ...fix, amountError: placement.message, focus: 'amount', ...(placement.balanceCents !== null ? { balanceCents: placement.balanceCents } : {}) };
    case 'method':
      return { ...fix, methodError: placement.message, focus: 'method' };
    case 'balance': {
      const current = placement.currentAmountCents;
      const notice = balanceChangedNotice(placement.message, current, t);
      return { ...fix, balanceCents: current, ...(context.payingOutstanding ? { amountCents: current } : {}), balanceNotice: notice, announcement: notice, reload: true };
    }
    case 'flow': {
      // Only the billing office can re-address an invoice: say how to reach it.
      const message = error.code === 'not_addressee' && context.office ? notAddresseeMessage(placement.message, context.office, t) : placement.message;
      return { ...fix, flowError: { message, final: placement.final }, announcement: message };
    }
  }
}

/**
 * The method to preselect: one just added (when usable), else the one already chosen while still
 * usable, else the payer's default, else the first usable one.
 */
export function preselectedMethodId(methods: readonly Pick<PaymentMethod, 'id' | 'usable' | 'isDefault'>[], chosen: string | null, added: string | null): string | null {
  const usable = methods.filter((m) => m.usable);
  const justAdded = usable.find((m) => m.id === added);
  if (justAdded) return justAdded.id;
  if (chosen && usable.some((m) => m.id === chosen)) return chosen;
  return (usable.find((m) => m.isDefault) ?? usable[0])?.id ?? null;
}

/**
 * Credit on account is owed against the payer's invoices, so one invoice may take at most what is
 * owed net of it (the engine refuses more). The most that may be paid now, or null when the credit
 * does not limit it.
 */
export function creditLimitedBalance(balanceCents: number, outstanding: Pick<Outstanding, 'total' | 'unappliedCredit'>): number | null {
  const credit = outstanding.unappliedCredit.amountCents;
  if (credit <= 0) return null;
  const limit = payableNow(balanceCents, outstanding.total.amountCents, credit);
  return limit < balanceCents ? limit : null;
}

/**
 * The quote to ask for: an invoice's amount, or everything outstanding, which names the total the
 * payer saw (`expectedAmountCents`) so a balance that moved meanwhile is refused, not charged.
 */
export function payQuoteRequest(
  target: { type: 'invoice'; invoiceId: string } | { type: 'outstanding' },
  methodId: string,
  amountCents: number,
  currency: string,
): QuotePaymentRequest {
  return target.type === 'invoice'
    ? { methodId, target: { type: 'invoice', invoiceId: target.invoiceId }, amountCents, currency }
    : { methodId, target: { type: 'outstanding' }, amountCents, currency, expectedAmountCents: amountCents };
}
