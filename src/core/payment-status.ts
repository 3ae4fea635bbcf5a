// A payment's status in words, in a module of its own: the payer's receipts need only this, and
// the staff's payment-action sentences beside it must not ride along into the payer bundle.
import type { PaymentStatus } from '../sdk/types.js';

/** A payment status in words, as badges, receipts and outcomes show it. */
export const paymentStatusLabels: Readonly<Record<PaymentStatus, string>> = {
  pending: 'Processing',
  succeeded: 'Succeeded',
  failed: 'Failed',
  returned: 'Returned',
  refunded: 'Refunded',
  partially_refunded: 'Partially refunded',
  voided: 'Voided',
};
