// A payment's status in words, in a module of its own: the payer's receipts need only this, and
// the staff's payment-action sentences beside it must not ride along into the payer bundle.
import type { PaymentStatus } from '../sdk/types.js';
import { english, type Translate } from './i18n/translate.js';

/** A payment status in words, as badges, receipts and outcomes show it, in `t`'s language. */
export function paymentStatusLabel(status: PaymentStatus, t: Translate = english): string {
  switch (status) {
    case 'pending':
      return t.ctx('payment status', 'Processing');
    case 'succeeded':
      return t.ctx('payment status', 'Succeeded');
    case 'failed':
      return t.ctx('payment status', 'Failed');
    case 'returned':
      return t.ctx('payment status', 'Returned');
    case 'refunded':
      return t.ctx('payment status', 'Refunded');
    case 'partially_refunded':
      return t.ctx('payment status', 'Partially refunded');
    case 'voided':
      return t.ctx('payment status', 'Voided');
  }
}

const statuses: readonly PaymentStatus[] = ['pending', 'succeeded', 'failed', 'returned', 'refunded', 'partially_refunded', 'voided'];

/** Every payment status in English words; {@link paymentStatusLabel} writes them in the reader's language. */
export const paymentStatusLabels: Readonly<Record<PaymentStatus, string>> = Object.fromEntries(
  statuses.map((status) => [status, paymentStatusLabel(status)]),
) as Record<PaymentStatus, string>;

/**
 * Why a payment failed, for the reader: the gateway's own sentence for English readers (it is
 * written for people), ours by its code otherwise, and a plain "did not go through" for a code
 * we have no sentence for.
 */
export function paymentFailureReason(failure: { readonly code: string; readonly message: string }, t: Translate = english): string {
  if (t.lang === 'en') return failure.message;
  switch (failure.code) {
    case 'card_declined':
      return t('The card was declined by its issuer. Try another card or contact the card issuer.');
    case 'insufficient_funds':
      return t('The card has insufficient funds for this payment.');
    case 'expired_card':
      return t('The card has expired. Try another card.');
    case 'bank_declined':
      return t('The bank declined the debit.');
    default:
      return t('The payment did not go through.');
  }
}
