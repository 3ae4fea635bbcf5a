// What the pay flow says at each step, as pure functions of the engine's numbers, so the wording is
// pinned by node tests and the element only decides where a sentence goes. Money is formatted only
// through `formatMoney` (Intl); nothing here computes an amount the engine did not give.
import { formatMoney } from './format.js';
import type { Money, Payment } from '../sdk/types.js';

/** The first step's heading: "Pay invoice INV-0012", or the whole outstanding balance. */
export function payFlowTitle(invoiceNumber: string | null): string {
  return invoiceNumber === null ? 'Pay your outstanding balance' : `Pay invoice ${invoiceNumber}`;
}

/**
 * What the amount field says it may be: the balance, or — when credit on account covers part of the
 * invoice (`payable` is less than its `balance`) — what may be paid now.
 */
export function payAmountHint(payable: Money, balance: Money | null, locale?: string): string {
  if (balance !== null && payable.amountCents < balance.amountCents) {
    return `You may pay up to ${formatMoney(payable, locale)} now (the invoice's balance is ${formatMoney(balance, locale)}; credit on account covers the rest).`;
  }
  return `The balance is ${formatMoney(payable, locale)}. You may pay part of it.`;
}

/** Why one invoice may take less than its balance now: the credit on account is taken off what is owed. */
export function creditCapSentence(credit: Money, payable: Money, locale?: string): string {
  return `Your credit on account of ${formatMoney(credit, locale)} is taken off what you owe, so you may pay at most ${formatMoney(payable, locale)} of this invoice now.`;
}

/** What paying everything outstanding settles: "your open invoice", "your 3 open invoices". */
export function settlingWhat(openInvoices: number): string {
  return openInvoices === 1 ? 'your open invoice' : `your ${openInvoices} open invoices`;
}

/** A declined payment, in one sentence the payer can act on: nothing was charged, try another way. */
export function declinedMessage(payment: Pick<Payment, 'failure'>): string {
  const reason = payment.failure?.message ?? 'The payment was declined.';
  return `Your payment was declined: ${reason} Nothing was charged. Choose another method or try again.`;
}

/** What a taken payment announces: received (a card), or submitted (a bank debit still pending). */
export function paymentTakenAnnouncement(payment: Pick<Payment, 'status' | 'reference'>): string {
  return `${payment.status === 'pending' ? 'Payment submitted' : 'Payment received'}. Reference ${payment.reference}.`;
}

/** The receipt step's heading and its thank-you line. */
export function receiptWords(payment: Pick<Payment, 'status'>): { heading: string; confirmation: string } {
  return payment.status === 'pending'
    ? { heading: 'Payment submitted', confirmation: 'Thank you. Your bank payment is processing and usually completes in two business days.' }
    : { heading: 'Payment received', confirmation: 'Thank you. Your payment was received.' };
}

/** The service could not be reached while preparing or sending a payment: nothing was charged. */
export const payUnreachableMessage = 'We could not reach the billing service. Check your connection and try again; nothing was charged.';

/** Something unexpected went wrong before anything was sent. */
export const payPreparationFailedMessage = 'Something went wrong preparing your payment. Please try again.';

/** The session expired mid-flow: not final, the choices stay for after signing in again. */
export const paySessionEndedMessage = 'Your session has ended, so nothing was charged. Sign in again, then continue: your choices are kept.';

/** The quote changed and the engine gave no new one to compare with. */
export const payChangedSinceReviewSentence = 'The payment changed since you reviewed it. Review the new total and submit again.';

/** The balance moved since review: the engine's sentence, and that nothing was charged while anything is still owed. */
export function balanceChangedNotice(message: string, currentAmountCents: number): string {
  return currentAmountCents > 0 ? `${message} Nothing was charged.` : message;
}
