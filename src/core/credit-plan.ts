// Credit on account spread over open invoices, as the billing engine applies it in policy order:
// each invoice takes up to its balance until the credit runs out. The Payment Center shows this
// at review and prefills the chosen-invoices form with it; the engine decides what is applied.
import type { AllocationPolicy } from '../sdk/types.js';
import { english, type Translate } from './i18n/translate.js';

/** An open invoice as the plan needs it. */
export interface CreditTarget {
  invoiceId: string;
  number: string;
  dueDate: string;
  balanceCents: number;
}

/** One invoice and what the credit pays of it. */
export interface CreditLine {
  invoiceId: string;
  amountCents: number;
}

/**
 * The invoices in the order `policy` settles them: most recent due date first under
 * `newest_first`, otherwise oldest first (`unapplied_credit` applies credit oldest due first).
 */
export function creditOrder<T extends CreditTarget>(invoices: readonly T[], policy: AllocationPolicy): T[] {
  const direction = policy === 'newest_first' ? -1 : 1;
  return [...invoices].sort((a, b) => direction * (a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number)));
}

/** `creditCents` over `invoices` in their order, each up to its balance; invoices it does not reach are left out. */
export function spreadCredit(invoices: readonly CreditTarget[], creditCents: number): CreditLine[] {
  const lines: CreditLine[] = [];
  let left = Math.max(creditCents, 0);
  for (const invoice of invoices) {
    if (left === 0) break;
    const take = Math.min(left, Math.max(invoice.balanceCents, 0));
    if (take === 0) continue;
    lines.push({ invoiceId: invoice.invoiceId, amountCents: take });
    left -= take;
  }
  return lines;
}

/** Money as the sentences below need it. */
interface Amount {
  amountCents: number;
  currency: string;
}

/**
 * Why Pay Invoice is not offered while credit on account covers everything the payer owes:
 * "Your credit on account of $120.00 covers this invoice; the billing office will apply it, so
 * there is nothing to pay now." `formatMoney` is passed in so this stays free of DOM and locale.
 */
export function creditCoversSentence(credit: Amount, format: (money: Amount) => string, t: Translate = english): string {
  return t('Your credit on account of {amount} covers this invoice; the billing office will apply it, so there is nothing to pay now.', { amount: format(credit) });
}

/** The most one invoice may take now: its balance, capped by what is owed net of credit on account. */
export function payableNow(balanceCents: number, owedCents: number, creditCents: number): number {
  return creditCents > 0 ? Math.max(Math.min(balanceCents, owedCents), 0) : balanceCents;
}
