// What changed between the quote someone reviewed and the new one the engine sent back with
// `quote_changed` / `quote_expired`, in one sentence for the review step. Only the engine computes
// money; this compares two of its quotes and formats what differs.
import type { Money, PaymentQuote, PullQuote } from '../sdk/types.js';
import { formatBasisPoints, formatMoney } from './format.js';
import { english, type Translate } from './i18n/translate.js';

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

/** "a and b" in English, as the sentences always read; the reader's language's own list otherwise. */
function joinAnd(words: readonly string[], t: Translate): string {
  return t.lang === 'en' ? words.join(' and ') : new Intl.ListFormat(t.lang, { style: 'long', type: 'conjunction' }).format(words);
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * One sentence naming what changed between `reviewed` and `fresh` — the amount, the fee, the
 * method or what it is applied to — followed by what to do, e.g. "The convenience fee changed
 * from $357.71 to $439.98 since you reviewed it. Review the new total and submit again." When
 * nothing shown differs and the quote only `expired`, it says the review expired instead.
 */
export function quoteChangeSentence(
  reviewed: ReviewedTerms,
  fresh: ReviewedTerms,
  options: { reader: QuoteReader; expired: boolean; locale?: string; t?: Translate },
): string {
  const { reader, locale } = options;
  const t = options.t ?? english;
  const payer = reader === 'payer';
  const money = (m: Money) => formatMoney(m, locale);
  const severalFees = fresh.methods.length > 1;
  const again = payer ? t('Review the new total and submit again.') : t('Review the new total and pull again.');
  /** Each change: its own sentence when it is the only one, and its name in a list of several. */
  const changes: { sentence: string; name: string }[] = [];
  if (reviewed.amount.amountCents !== fresh.amount.amountCents) {
    const detail = { before: money(reviewed.amount), after: money(fresh.amount) };
    changes.push({ sentence: t('The amount changed from {before} to {after} since you reviewed it.', detail), name: t('the amount') });
  }
  if (reviewed.fee.amountCents !== fresh.fee.amountCents) {
    const detail = { before: money(reviewed.fee), after: money(fresh.fee) };
    changes.push(
      payer
        ? { sentence: t('The convenience fee changed from {before} to {after} since you reviewed it.', detail), name: t('the convenience fee') }
        : severalFees
          ? { sentence: t('The fees changed from {before} to {after} since you reviewed it.', detail), name: t('the fees') }
          : { sentence: t('The fee changed from {before} to {after} since you reviewed it.', detail), name: t('the fee') },
    );
  } else if (reviewed.feeBasisPoints.join() !== fresh.feeBasisPoints.join()) {
    const rate = (bps: number[]) => joinAnd(bps.map((b) => formatBasisPoints(b, locale)), t);
    const detail = { before: rate(reviewed.feeBasisPoints), after: rate(fresh.feeBasisPoints) };
    changes.push(
      payer
        ? { sentence: t('The convenience fee rate changed from {before} to {after} since you reviewed it.', detail), name: t('the convenience fee rate') }
        : severalFees
          ? { sentence: t('The fees rate changed from {before} to {after} since you reviewed it.', detail), name: t('the fees rate') }
          : { sentence: t('The fee rate changed from {before} to {after} since you reviewed it.', detail), name: t('the fee rate') },
    );
  }
  if (reviewed.methods.map((m) => m.id).join() !== fresh.methods.map((m) => m.id).join()) {
    const labels = (methods: { label: string }[]) => joinAnd(methods.map((m) => m.label), t);
    const detail = { before: labels(reviewed.methods), after: labels(fresh.methods) };
    changes.push(
      payer
        ? { sentence: t('The payment method changed from {before} to {after} since you reviewed it.', detail), name: t('the payment method') }
        : { sentence: t('The method changed from {before} to {after} since you reviewed it.', detail), name: t('the method') },
    );
  }
  if (reviewed.allocation !== fresh.allocation) {
    changes.push(
      payer
        ? { sentence: t('The way your payment is applied to your invoices changed since you reviewed it.'), name: t('the way your payment is applied to your invoices') }
        : { sentence: t('The way the pull is applied to invoices changed since you reviewed it.'), name: t('the way the pull is applied to invoices') },
    );
  }
  const total = money(fresh.totalCharged);
  const [only] = changes;
  if (changes.length === 1 && only) return `${only.sentence} ${again}`;
  if (changes.length > 1) {
    const names = new Intl.ListFormat(t.lang, { style: 'long', type: 'conjunction' }).format(changes.map((c) => c.name));
    return `${capitalize(t('{changes} changed since you reviewed it; the total is now {total}.', { changes: names, total }))} ${again}`;
  }
  if (options.expired) {
    return payer
      ? t('Your review expired after 15 minutes. The total is still {total}; review it and submit again.', { total })
      : t('The review expired after 15 minutes. The total is still {total}; review it and pull again.', { total });
  }
  const changed = payer
    ? t('The payment changed since you reviewed it; the total is now {total}.', { total })
    : t('The pull changed since you reviewed it; the total is now {total}.', { total });
  return `${changed} ${again}`;
}
