// What changed between the quote someone reviewed and the new one the engine sent back with
// `quote_changed` / `quote_expired`, in one sentence for the review step. Only the engine computes
// money; this compares two of its quotes and formats what differs.
import type { Money, PaymentQuote, PullQuote } from '../sdk/types.js';
import { formatBasisPoints, formatMoney } from './format.js';

/** The terms of a quote that a review shows and a change is named by. */
export interface ReviewedTerms {
  amount: Money;
  fee: Money;
  /** Each part's fee rate, in part order. */
  feeBasisPoints: number[];
  totalCharged: Money;
  /** Each part's method, in part order. */
  methods: { id: string; label: string }[];
  /** Every allocation (`invoiceId:amountCents`, sorted) and the credit left on account. */
  allocation: string;
}

/** The terms of a payer's quote. */
export function paymentQuoteTerms(quote: PaymentQuote): ReviewedTerms {
  return {
    amount: quote.amount,
    fee: quote.fee,
    feeBasisPoints: [quote.feeBasisPoints],
    totalCharged: quote.totalCharged,
    methods: [{ id: quote.method.id, label: quote.method.label }],
    allocation: allocationKey(quote.allocations, quote.unapplied),
  };
}

/** The terms of a staff pull's quote, its parts together. */
export function pullQuoteTerms(quote: PullQuote): ReviewedTerms {
  return {
    amount: quote.amount,
    fee: quote.fee,
    feeBasisPoints: quote.parts.map((p) => p.feeBasisPoints),
    totalCharged: quote.totalCharged,
    methods: quote.parts.map((p) => ({ id: p.method.id, label: p.method.label })),
    allocation: quote.parts.map((p) => allocationKey(p.allocations, p.unapplied)).join(' | '),
  };
}

function allocationKey(allocations: readonly { invoiceId: string; amount: Money }[], unapplied: Money): string {
  const lines = allocations.map((a) => `${a.invoiceId}:${a.amount.amountCents}`).sort();
  return `${lines.join(',')};${unapplied.amountCents}`;
}

/** Who reads the sentence: the payer in the pay flow, or staff reviewing a pull. */
export type QuoteReader = 'payer' | 'staff';

/**
 * One sentence naming what changed between `reviewed` and `fresh` — the amount, the fee, the
 * method or what it is applied to — followed by what to do, e.g. "The convenience fee changed
 * from $357.71 to $439.98 since you reviewed it. Review the new total and submit again." When
 * nothing shown differs and the quote only `expired`, it says the review expired instead.
 */
export function quoteChangeSentence(reviewed: ReviewedTerms, fresh: ReviewedTerms, options: { reader: QuoteReader; expired: boolean; locale?: string }): string {
  const { reader, locale } = options;
  const money = (m: Money) => formatMoney(m, locale);
  const feeWord = reader === 'payer' ? 'convenience fee' : fresh.methods.length > 1 ? 'fees' : 'fee';
  const again = reader === 'payer' ? 'Review the new total and submit again.' : 'Review the new total and pull again.';
  const changes: { name: string; detail: string | null }[] = [];
  if (reviewed.amount.amountCents !== fresh.amount.amountCents) {
    changes.push({ name: 'amount', detail: `from ${money(reviewed.amount)} to ${money(fresh.amount)}` });
  }
  if (reviewed.fee.amountCents !== fresh.fee.amountCents) {
    changes.push({ name: feeWord, detail: `from ${money(reviewed.fee)} to ${money(fresh.fee)}` });
  } else if (reviewed.feeBasisPoints.join() !== fresh.feeBasisPoints.join()) {
    const rate = (bps: number[]) => bps.map((b) => formatBasisPoints(b, locale)).join(' and ');
    changes.push({ name: `${feeWord} rate`, detail: `from ${rate(reviewed.feeBasisPoints)} to ${rate(fresh.feeBasisPoints)}` });
  }
  if (reviewed.methods.map((m) => m.id).join() !== fresh.methods.map((m) => m.id).join()) {
    const labels = (methods: { label: string }[]) => methods.map((m) => m.label).join(' and ');
    changes.push({ name: reader === 'payer' ? 'payment method' : 'method', detail: `from ${labels(reviewed.methods)} to ${labels(fresh.methods)}` });
  }
  if (reviewed.allocation !== fresh.allocation) {
    changes.push({ name: reader === 'payer' ? 'way your payment is applied to your invoices' : 'way the pull is applied to invoices', detail: null });
  }
  const [only] = changes;
  if (changes.length === 1 && only) {
    return `The ${only.name} changed${only.detail ? ` ${only.detail}` : ''} since you reviewed it. ${again}`;
  }
  if (changes.length > 1) {
    const names = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(changes.map((c) => `the ${c.name}`));
    return `${names.charAt(0).toUpperCase()}${names.slice(1)} changed since you reviewed it; the total is now ${money(fresh.totalCharged)}. ${again}`;
  }
  if (options.expired) {
    return reader === 'payer'
      ? `Your review expired after 15 minutes. The total is still ${money(fresh.totalCharged)}; review it and submit again.`
      : `The review expired after 15 minutes. The total is still ${money(fresh.totalCharged)}; review it and pull again.`;
  }
  return `The ${reader === 'payer' ? 'payment' : 'pull'} changed since you reviewed it; the total is now ${money(fresh.totalCharged)}. ${again}`;
}
