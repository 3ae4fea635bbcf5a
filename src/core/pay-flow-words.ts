// What the pay flow says at each step, as pure functions of the engine's numbers, so the wording is
// pinned by node tests and the element only decides where a sentence goes. Money is formatted only
// through `formatMoney` (Intl); nothing here computes an amount the engine did not give.
import { formatMoney } from './format.js';
import { english, type Translate } from './i18n/translate.js';
import { paymentFailureReason } from './payment-status.js';
import type { Money, Payment } from '../sdk/types.js';

/** The first step's heading: "Pay invoice INV-0012", or the whole outstanding balance. */
export function payFlowTitle(invoiceNumber: string | null, t: Translate = english): string {
  return invoiceNumber === null ? t('Pay your outstanding balance') : t('Pay invoice {number}', { number: invoiceNumber });
}

/**
 * What the amount field says it may be: the balance, or — when credit on account covers part of the
 * invoice (`payable` is less than its `balance`) — what may be paid now.
 */
export function payAmountHint(payable: Money, balance: Money | null, locale?: string, t: Translate = english): string {
  if (balance !== null && payable.amountCents < balance.amountCents) {
    return t("You may pay up to {payable} now (the invoice's balance is {balance}; credit on account covers the rest).", {
      payable: formatMoney(payable, locale),
      balance: formatMoney(balance, locale),
    });
  }
  return t('The balance is {balance}. You may pay part of it.', { balance: formatMoney(payable, locale) });
}

/** Why one invoice may take less than its balance now: the credit on account is taken off what is owed. */
export function creditCapSentence(credit: Money, payable: Money, locale?: string, t: Translate = english): string {
  return t('Your credit on account of {credit} is taken off what you owe, so you may pay at most {payable} of this invoice now.', {
    credit: formatMoney(credit, locale),
    payable: formatMoney(payable, locale),
  });
}

/** What paying everything outstanding settles: "your open invoice", "your 3 open invoices". */
export function settlingWhat(openInvoices: number, t: Translate = english): string {
  return t.plural(openInvoices, { one: 'your open invoice', other: 'your {count} open invoices' });
}

/** A declined payment, in one sentence the payer can act on: nothing was charged, try another way. */
export function declinedMessage(payment: Pick<Payment, 'failure'>, t: Translate = english): string {
  return t('Your payment was declined: {reason} Nothing was charged. Choose another method or try again.', {
    reason: payment.failure ? paymentFailureReason(payment.failure, t) : t('The payment was declined.'),
  });
}

/** What a taken payment announces: received (a card), or submitted (a bank debit still pending). */
export function paymentTakenAnnouncement(payment: Pick<Payment, 'status' | 'reference'>, t: Translate = english): string {
  return payment.status === 'pending'
    ? t('Payment submitted. Reference {reference}.', { reference: payment.reference })
    : t('Payment received. Reference {reference}.', { reference: payment.reference });
}

/** The receipt step's heading and its thank-you line; only a bank debit takes business days to settle. */
export function receiptWords(payment: Pick<Payment, 'status'> & { readonly method?: Pick<Payment['method'], 'type'> }, t: Translate = english): { heading: string; confirmation: string } {
  if (payment.status !== 'pending') return { heading: t('Payment received'), confirmation: t('Thank you. Your payment was received.') };
  return {
    heading: t('Payment submitted'),
    confirmation:
      payment.method?.type === 'card'
        ? t('Thank you. Your card payment is being confirmed.')
        : t('Thank you. Your bank payment is processing and usually completes in two business days.'),
  };
}

/** The service could not be reached while preparing or sending a payment: nothing was charged. */
export function payUnreachableMessage(t: Translate = english): string {
  return t('We could not reach the billing service. Check your connection and try again; nothing was charged.');
}

/** Something unexpected went wrong before anything was sent. */
export function payPreparationFailedMessage(t: Translate = english): string {
  return t('Something went wrong preparing your payment. Please try again.');
}

/** The session expired mid-flow: not final, the choices stay for after signing in again. */
export function paySessionEndedMessage(t: Translate = english): string {
  return t('Your session has ended, so nothing was charged. Sign in again, then continue: your choices are kept.');
}

/** The quote changed and the engine gave no new one to compare with. */
export function payChangedSinceReviewSentence(t: Translate = english): string {
  return t('The payment changed since you reviewed it. Review the new total and submit again.');
}

/** The balance moved since review: the engine's sentence, and that nothing was charged while anything is still owed. */
export function balanceChangedNotice(message: string, currentAmountCents: number, t: Translate = english): string {
  return currentAmountCents > 0 ? t('{message} Nothing was charged.', { message }) : message;
}
