// How much of each invoice is paid, derived from payments. This is the one place that decides
// which payments count, so invoices, outstanding totals and (later) staff views cannot disagree.
import { readable } from './draft.js';
import { groupedBy, layerOver, LayeredMap, perVersion } from './indexes.js';
import { sumCents } from './money.js';
import type { BillingState, InvoiceRecord, PaymentRecord, PaymentStatus, RefundRecord } from './state.js';
import type { components } from '../../contract/types.js';

/** An invoice's derived status. */
export type InvoiceStatus = components['schemas']['InvoiceStatus'];

/**
 * Statuses whose allocations hold invoice balances. Pending payments count: a submitted bank
 * payment must not let a second payment push the same invoice below zero. Failed, voided and
 * returned payments have been reversed in full; refunds reverse what their `reversals` say.
 */
const COUNTING: ReadonlySet<PaymentStatus> = new Set<PaymentStatus>([
  'pending',
  'succeeded',
  'partially_refunded',
  'refunded',
]);

/** True when the payment's allocations (net of refund reversals) count towards invoices. */
export function paymentCounts(payment: PaymentRecord): boolean {
  return COUNTING.has(payment.status);
}

/** The invoice's total: the sum of its line items. */
export function invoiceTotalCents(invoice: InvoiceRecord): number {
  return sumCents(invoice.lineItems.map((line) => line.amountCents));
}

/** Cents paid towards each invoice, by id (absent, or 0, when nothing is). */
export type PaidCents = Pick<ReadonlyMap<string, number>, 'get'>;

/**
 * Cents paid towards each invoice id, net of reversals. Invoices with nothing paid are absent.
 * Summed once per version of the payments list (`indexes.ts`): most requests read it, few change it.
 */
export function paidCents(state: BillingState): PaidCents {
  return paidByVersion(state.payments);
}

/** {@link paidCents} as a plain map of every invoice with something paid (for tests and reports). */
export function paidCentsByInvoice(state: BillingState): Map<string, number> {
  const sums = new Map<string, number>();
  for (const payment of readable(state.payments)) paymentContributions(payment, (invoiceId, cents) => sums.set(invoiceId, (sums.get(invoiceId) ?? 0) + cents));
  return sums;
}

/** What a payment adds to each invoice it counts towards (nothing when it does not count). */
function paymentContributions(payment: PaymentRecord, add: (invoiceId: string, cents: number) => void): void {
  if (!paymentCounts(payment)) return;
  for (const allocation of payment.allocations) add(allocation.invoiceId, allocation.amountCents);
  // Credit applied later counts exactly like an allocation made when paying (see `credit.ts`).
  for (const application of payment.creditApplications) add(application.invoiceId, application.amountCents);
  for (const refund of payment.refunds) {
    for (const reversal of refund.reversals) add(reversal.invoiceId, -reversal.amountCents);
  }
}

const paidByVersion = perVersion<PaymentRecord, LayeredMap<string, number>>({
  compute: (payments) => {
    const sums = new Map<string, number>();
    for (const payment of payments) paymentContributions(payment, (invoiceId, cents) => sums.set(invoiceId, (sums.get(invoiceId) ?? 0) + cents));
    const paid = new LayeredMap<string, number>();
    for (const [invoiceId, cents] of sums) paid.set(invoiceId, cents);
    return paid;
  },
  // After a change, only the payments it wrote or added move the sums.
  update: (previous, next, { changed, addedFrom }) => {
    const paid = layerOver(previous.value);
    if (!paid) return undefined;
    const add = (invoiceId: string, cents: number): void => void paid.set(invoiceId, (paid.get(invoiceId) ?? 0) + cents);
    for (const i of changed) {
      paymentContributions(previous.list[i] as PaymentRecord, (invoiceId, cents) => add(invoiceId, -cents));
      paymentContributions(next[i] as PaymentRecord, add);
    }
    for (let i = addedFrom; i < next.length; i++) paymentContributions(next[i] as PaymentRecord, add);
    return paid;
  },
});

/**
 * What is left of a payment's unapplied credit: less what staff applied to invoices since
 * (`credit.ts`), and less what refunds took from it — refunds draw on it first (see
 * `reversals.ts`), so the part of its refunds that reopened no invoice came out of the credit.
 */
export function unappliedLeftCents(payment: PaymentRecord): number {
  const refunded = sumCents(payment.refunds.map((r) => r.amountCents));
  const reversed = sumCents(payment.refunds.flatMap((r) => r.reversals).map((r) => r.amountCents));
  const applied = sumCents(payment.creditApplications.map((a) => a.amountCents));
  return Math.max(payment.unappliedCents - applied - (refunded - reversed), 0);
}

/**
 * Credit the payer holds on account: what their counting payments left unapplied (the community's
 * `unapplied_credit` policy), net of refunds. It is owed against their open invoices, so the
 * outstanding total is net of it and Pay Outstanding never charges it twice.
 */
export function unappliedCreditCents(state: BillingState, partyId: string): number {
  return sumCents((paymentsByPayer(state.payments).get(partyId) ?? []).filter(paymentCounts).map(unappliedLeftCents));
}

/** Each payer's payments, in store order, once per version of the payments list. */
export const paymentsByPayer = groupedBy((payment: PaymentRecord) => payment.payerPartyId);

/**
 * What a refund paid back in all: its amount plus the part of the convenience fee it gave back
 * (zero where the community keeps fees; see `fees.ts`).
 */
export function refundedTotalCents(refund: RefundRecord): number {
  return refund.amountCents + refund.feeCents;
}

/** An invoice's money facts. */
export interface InvoiceBalance {
  totalCents: number;
  paidCents: number;
  /** total − paid; negative only where staff recorded a credit. */
  balanceCents: number;
}

/** Total, paid and balance of one invoice, given {@link paidCentsByInvoice}. */
export function invoiceBalance(invoice: InvoiceRecord, paid: PaidCents): InvoiceBalance {
  const totalCents = invoiceTotalCents(invoice);
  const paidCents = paid.get(invoice.id) ?? 0;
  return { totalCents, paidCents, balanceCents: totalCents - paidCents };
}

/** `open` (nothing paid), `partially_paid`, `paid` (nothing due) or `credit` (overpaid). */
export function invoiceStatus(balance: InvoiceBalance): InvoiceStatus {
  if (balance.balanceCents < 0) return 'credit';
  if (balance.balanceCents === 0) return 'paid';
  return balance.paidCents > 0 ? 'partially_paid' : 'open';
}

/** A balance is due and the due date has passed: payable through the due date, overdue the day after. */
export function isOverdue(invoice: InvoiceRecord, balance: InvoiceBalance, today: string): boolean {
  return balance.balanceCents > 0 && today > invoice.dueDate;
}
