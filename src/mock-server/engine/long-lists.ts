// Stores with long lists, for the benchmarks, the tests and the stories that need a payer with
// years of invoices or a billing office with thousands of undeposited payments. Each copies a
// seeded record, so what is added is as real as the seed: the engine derives balances, statuses and
// views from it as from any other record.
import type { BillingState, InvoiceRecord, PaymentRecord } from './state.js';

/**
 * `state` with `count` more undeposited payments like a seeded one, a minute apart going back from
 * 20 November 2026. Each holds its amount as credit on account, applied to no invoice, so no
 * balance moves. `reference(n)` names the n-th (0-based), `PAY-20261120-X00000` onwards by default.
 */
export function withUndepositedPayments(state: BillingState, count: number, reference = (n: number) => `PAY-20261120-X${String(n).padStart(5, '0')}`): BillingState {
  const next = structuredClone(state);
  const template = next.payments.find((payment) => payment.depositId === null && payment.status === 'succeeded');
  if (!template) throw new Error('the store has no undeposited payment to copy');
  const added: PaymentRecord[] = Array.from({ length: count }, (_, n) => ({
    ...structuredClone(template),
    id: `pay-x${String(n).padStart(6, '0')}`,
    reference: reference(n),
    depositId: null,
    allocations: [],
    unappliedCents: template.amountCents,
    createdAt: new Date(Date.parse('2026-11-20T15:00:00Z') - n * 60_000).toISOString(),
  }));
  next.payments.push(...added);
  return next;
}

/**
 * `state` with `count` more invoices addressed to the party `addresseeId`, like one of theirs, one
 * a month going back from January 2010: a payer with many years of monthly statements.
 */
export function withInvoices(state: BillingState, addresseeId: string, count: number): BillingState {
  const next = structuredClone(state);
  const template = next.invoices.find((invoice) => invoice.addresseeId === addresseeId);
  if (!template) throw new Error(`no invoice is addressed to ${addresseeId}`);
  const added: InvoiceRecord[] = Array.from({ length: count }, (_, n) => {
    const start = new Date(Date.UTC(2010, -n, 1));
    const end = new Date(Date.UTC(2010, -n + 1, 0));
    const day = (date: Date) => date.toISOString().slice(0, 10);
    return {
      ...structuredClone(template),
      id: `inv-x${String(n).padStart(5, '0')}`,
      number: `INV-X-${String(n).padStart(5, '0')}`,
      periodStart: day(start),
      periodEnd: day(end),
      issueDate: day(start),
      dueDate: day(new Date(Date.UTC(2010, -n, 15))),
      lineItems: template.lineItems.map((item, line) => ({ ...item, id: `li-x${n}-${line}` })),
    };
  });
  next.invoices.push(...added);
  return next;
}
