// Convenience fees in words for the widgets: who pays one under the community's settings, what a
// settings change will do before it is saved, and whether a refund gives the fee back. The engine
// decides the fee itself (`src/mock-server/engine/fees.ts`); these sentences only describe the
// settings the API returns, so they cannot charge anything.
import { formatBasisPoints, formatMoney } from './format.js';
import type { CardFunding, CommunitySettings, FeeOnRefund } from '../sdk/types.js';

/** The fee settings the sentences read (a `CommunitySettings` has them all). */
export type FeeRules = Pick<
  CommunitySettings,
  | 'currency'
  | 'cardFeeBasisPoints'
  | 'bankFeeBasisPoints'
  | 'cardFeeFundings'
  | 'cardFeeFlatCents'
  | 'cardFeeCapCents'
  | 'bankFeeFlatCents'
  | 'bankFeeCapCents'
  | 'cardSurchargesProhibited'
  | 'feeOnRefund'
>;

/** Card fundings in the order settings and sentences list them. */
export const CARD_FUNDINGS: readonly CardFunding[] = ['credit', 'debit', 'prepaid', 'unknown'];

/** Each funding as a plural noun: "debit cards". */
export const FUNDING_CARDS: Readonly<Record<CardFunding, string>> = {
  credit: 'credit cards',
  debit: 'debit cards',
  prepaid: 'prepaid cards',
  unknown: 'cards of unknown type',
};

/** Each funding as a form label. */
export const FUNDING_LABELS: Readonly<Record<CardFunding, string>> = {
  credit: 'Credit cards',
  debit: 'Debit cards',
  prepaid: 'Prepaid cards',
  unknown: 'Cards of unknown type',
};

/** "a, b and c". */
export function joinAnd(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** One kind of method's fee settings: its percentage, flat part and cap. */
interface MethodFee {
  basisPoints: number;
  flatCents: number;
  capCents: number | null;
}

/** The card's or the bank account's fee settings, read from `rules`. */
function methodFee(kind: 'card' | 'bank', rules: FeeRules): MethodFee {
  return kind === 'card'
    ? { basisPoints: rules.cardFeeBasisPoints, flatCents: rules.cardFeeFlatCents, capCents: rules.cardFeeCapCents }
    : { basisPoints: rules.bankFeeBasisPoints, flatCents: rules.bankFeeFlatCents, capCents: rules.bankFeeCapCents };
}

/**
 * The fee's parts in words, percentage first: ["2.5%", "$1.00"], or ["2.5% of the amount", …] with
 * `percentOf`; empty when there is no fee.
 */
function feeParts(fee: MethodFee, currency: string, locale?: string, percentOf = ''): string[] {
  const parts: string[] = [];
  if (fee.basisPoints > 0) parts.push(`${formatBasisPoints(fee.basisPoints, locale)}${percentOf}`);
  if (fee.flatCents > 0) parts.push(formatMoney({ amountCents: fee.flatCents, currency }, locale));
  return parts;
}

/** Which cards pay the card fee now: none when surcharges are off or the fee is zero. */
export function payingFundings(rules: FeeRules): CardFunding[] {
  if (rules.cardSurchargesProhibited || (rules.cardFeeBasisPoints === 0 && rules.cardFeeFlatCents === 0)) return [];
  return CARD_FUNDINGS.filter((f) => rules.cardFeeFundings.includes(f));
}

/**
 * Who pays a fee, for a payer choosing a method: "Credit cards carry a 2.5% convenience fee (at
 * most $50.00); other cards and bank accounts none. You will see the exact total before you pay."
 */
export function methodsFeeSentence(rules: FeeRules, locale?: string): string {
  const money = (cents: number) => formatMoney({ amountCents: cents, currency: rules.currency }, locale);
  const cap = (capCents: number | null) => (capCents === null ? '' : ` (at most ${money(capCents)})`);
  const paying = payingFundings(rules);
  const clauses: string[] = [];
  if (paying.length === 0) {
    clauses.push(rules.cardSurchargesProhibited ? 'Cards carry no fee (card surcharges are off in this community)' : 'Cards carry no fee');
  } else {
    const who = paying.length === CARD_FUNDINGS.length ? 'Cards' : capitalize(joinAnd(paying.map((f) => FUNDING_CARDS[f])));
    clauses.push(`${who} carry a ${feeParts(methodFee('card', rules), rules.currency, locale).join(' + ')} convenience fee${cap(rules.cardFeeCapCents)}`);
    if (paying.length < CARD_FUNDINGS.length) clauses.push('other cards none');
  }
  const bank = feeParts(methodFee('bank', rules), rules.currency, locale).join(' + ');
  clauses.push(bank === '' ? 'bank accounts none' : `bank accounts a ${bank} fee${cap(rules.bankFeeCapCents)}`);
  return `${clauses.join('; ')}. You will see the exact total before you pay.`;
}

/**
 * What paying with one kind of method costs, for the "How to pay bills" guide, e.g. "Paying by
 * credit card adds a convenience fee of 2.5% of the amount; debit cards, prepaid cards and cards of
 * unknown type pay none. …": a card pays only when its kind is one the community charges and card
 * surcharges are not off. It reads on its own, where {@link methodsFeeSentence} sums up every method.
 */
export function guideFeeSentence(kind: 'card' | 'bank account', rules: FeeRules, locale?: string): string {
  const fee = methodFee(kind === 'card' ? 'card' : 'bank', rules);
  const paying = kind === 'card' ? payingFundings(rules) : [];
  const parts = feeParts(fee, rules.currency, locale, ' of the amount');
  if ((kind === 'card' && paying.length === 0) || parts.length === 0) return `Paying by ${kind} costs nothing extra.`;
  const capped = fee.capCents === null ? '' : `, at most ${formatMoney({ amountCents: fee.capCents, currency: rules.currency }, locale)}`;
  let who: string = kind;
  let others = '';
  if (kind === 'card' && paying.length < CARD_FUNDINGS.length) {
    // "credit card", "credit or debit card", "credit card or a card of unknown type".
    const known = paying.filter((f) => f !== 'unknown');
    const named = known.length === 0 ? [] : [`${known.slice(0, -1).join(', ')}${known.length > 1 ? ' or ' : ''}${known.at(-1)} card`];
    if (paying.includes('unknown')) named.push('a card of unknown type');
    who = named.join(' or ');
    others = `; ${joinAnd(CARD_FUNDINGS.filter((f) => !paying.includes(f)).map((f) => FUNDING_CARDS[f]))} pay none`;
  }
  return `Paying by ${who} adds a convenience fee of ${parts.join(' plus ')}${capped}${others}; you see it, and the total, before you confirm.`;
}

/**
 * What saving `next` instead of `saved` will do to fees, one sentence per consequence, e.g.
 * "Debit and prepaid cards will pay no fee." Empty when no fee rule changes.
 */
export function feeConsequences(saved: FeeRules, next: FeeRules, locale?: string): string[] {
  const lines: string[] = [];
  const money = (cents: number) => formatMoney({ amountCents: cents, currency: next.currency }, locale);
  const before = payingFundings(saved);
  const after = payingFundings(next);
  if (next.cardSurchargesProhibited && !saved.cardSurchargesProhibited) {
    lines.push('No card will pay a fee: card surcharges will be off in this community, whatever else is set.');
  } else if (!next.cardSurchargesProhibited && saved.cardSurchargesProhibited && after.length > 0) {
    lines.push(`Card surcharges will be on again: ${joinAnd(after.map((f) => FUNDING_CARDS[f]))} will pay the card fee.`);
  } else if (!next.cardSurchargesProhibited) {
    const stop = before.filter((f) => !after.includes(f));
    const start = after.filter((f) => !before.includes(f));
    if (stop.length > 0) lines.push(`${capitalize(joinAnd(stop.map((f) => FUNDING_CARDS[f])))} will pay no fee.`);
    if (start.length > 0) lines.push(`${capitalize(joinAnd(start.map((f) => FUNDING_CARDS[f])))} will pay the card fee.`);
    if (start.some((f) => f === 'debit' || f === 'prepaid')) {
      lines.push('Card network rules generally forbid surcharging debit and prepaid cards; check with your processor.');
    }
  }
  for (const kind of ['card', 'bank'] as const) {
    const a = methodFee(kind, saved);
    const b = methodFee(kind, next);
    if (kind === 'card' && after.length === 0) continue;
    const who = kind === 'card' ? capitalize(joinAnd(after.map((f) => FUNDING_CARDS[f]))) : 'Bank account payments';
    if (a.basisPoints !== b.basisPoints || a.flatCents !== b.flatCents) {
      const parts = feeParts(b, next.currency, locale).join(' + ');
      lines.push(parts === '' ? `${who} will pay no fee.` : `${who} will pay ${parts}${b.capCents === null ? '' : `, at most ${money(b.capCents)}`}.`);
    } else if (a.capCents !== b.capCents && (b.basisPoints > 0 || b.flatCents > 0)) {
      lines.push(b.capCents === null ? `${who} will pay the fee with no cap.` : `${who} will pay at most ${money(b.capCents)} in fees per payment.`);
    }
  }
  if (saved.feeOnRefund !== next.feeOnRefund) lines.push(refundPolicySentence(next.feeOnRefund, 'will'));
  return lines;
}

/** "Refunds keep the convenience fee." / "Refunds give back the convenience fee in proportion to the amount refunded." */
export function refundPolicySentence(policy: FeeOnRefund, tense: 'now' | 'will' = 'now'): string {
  const verb = tense === 'will' ? (policy === 'kept' ? 'will keep' : 'will give back') : policy === 'kept' ? 'keep' : 'give back';
  return policy === 'kept'
    ? `Refunds ${verb} the convenience fee.`
    : `Refunds ${verb} the convenience fee in proportion to the amount refunded; a full refund gives back all of it.`;
}

/**
 * What a refund did with the fee: "The $3.00 convenience fee is not refunded." / "… is refunded." /
 * "$1.50 of the $3.00 convenience fee is refunded." Null when the payment carried no fee.
 */
export function refundFeeSentence(paymentFeeCents: number, refundFeeCents: number, currency: string, locale?: string): string | null {
  if (paymentFeeCents === 0) return null;
  const money = (cents: number) => formatMoney({ amountCents: cents, currency }, locale);
  if (refundFeeCents === 0) return `The ${money(paymentFeeCents)} convenience fee is not refunded.`;
  if (refundFeeCents >= paymentFeeCents) return `The ${money(paymentFeeCents)} convenience fee is refunded.`;
  return `${money(refundFeeCents)} of the ${money(paymentFeeCents)} convenience fee is refunded.`;
}

/**
 * The fee share a refund of `amountCents` will give back, as the engine works it out: none when
 * fees are kept; otherwise in proportion, rounded down, the refund that completes the payment
 * giving back the rest. For the staff refund dialog, before anything is sent.
 */
export function previewRefundFee(
  policy: FeeOnRefund,
  payment: { amountCents: number; feeCents: number; refunds: readonly { amountCents: number; feeCents: number }[] },
  amountCents: number,
): number {
  if (policy === 'kept' || payment.feeCents === 0 || payment.amountCents === 0) return 0;
  const earlier = payment.refunds.reduce((sum, r) => sum + r.amountCents, 0);
  const left = payment.feeCents - payment.refunds.reduce((sum, r) => sum + r.feeCents, 0);
  if (earlier + amountCents >= payment.amountCents) return Math.max(left, 0);
  const share = Number((BigInt(payment.feeCents) * BigInt(Math.max(amountCents, 0))) / BigInt(payment.amountCents));
  return Math.max(Math.min(share, left), 0);
}
