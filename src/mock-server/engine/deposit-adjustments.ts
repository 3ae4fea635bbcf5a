// Deposit adjustments: when money of a deposited payment leaves the bank again (a bank return, a
// refund), the deposit keeps its lines and gains an adjustment, so its net matches the bank
// statement. Gateway returns, staff-recorded returns and refunds all come through here.
import { refundedTotalCents } from './ledger.js';
import { RETURN_DESCRIPTIONS } from './views.js';
import { byId, type BillingState, type PaymentRecord, type RefundRecord, type ReturnCode } from './state.js';

/** Records a bank return of `payment` against its deposit, if it was deposited: the whole debit, amount plus fee. */
export function adjustDepositForReturn(state: BillingState, payment: PaymentRecord, at: Date, code: ReturnCode): void {
  append(state, payment, {
    kind: 'return',
    returnCode: code,
    refundId: null,
    reason: RETURN_DESCRIPTIONS[code],
    amountCents: payment.amountCents + payment.feeCents,
    createdAt: at.toISOString(),
  });
}

/** Records `refund` of `payment` against its deposit, if it was deposited: what the refund gave back. */
export function adjustDepositForRefund(state: BillingState, payment: PaymentRecord, refund: RefundRecord): void {
  append(state, payment, {
    kind: 'refund',
    returnCode: null,
    refundId: refund.id,
    reason: refund.reason,
    amountCents: refundedTotalCents(refund),
    createdAt: refund.createdAt,
  });
}

type AdjustmentInput = Omit<BillingState['deposits'][number]['adjustments'][number], 'id' | 'paymentId'>;

function append(state: BillingState, payment: PaymentRecord, input: AdjustmentInput): void {
  if (payment.depositId === null) return;
  const deposit = byId(state.deposits, payment.depositId);
  if (!deposit) throw new Error(`deposit-adjustments: ${payment.id} names a missing deposit ${payment.depositId}`);
  deposit.adjustments.push({ id: `${deposit.id}-adj-${deposit.adjustments.length + 1}`, paymentId: payment.id, ...input });
}
