// Convenience fees in words for the widgets: who pays one under the community's settings, what a
// settings change will do before it is saved, and whether a refund gives the fee back. The engine
// decides the fee itself (`src/mock-server/engine/fees.ts`); these sentences only describe the
// settings the API returns, so they cannot charge anything.
import { formatBasisPoints, formatMoney } from './format.js';
import type { CardFunding, CommunitySettings, FeeOnRefund, Money } from '../sdk/types.js';
import { english, type Translate } from './i18n/translate.js';

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

/** A funding as a plural noun in the reader's language: "debit cards". */
export function fundingCards(funding: CardFunding, t: Translate = english): string {
  switch (funding) {
    case 'credit':
      return t('credit cards');
    case 'debit':
      return t('debit cards');
    case 'prepaid':
      return t('prepaid cards');
    case 'unknown':
      return t('cards of unknown type');
  }
}

/** A funding as a form label in the reader's language: "Debit cards". */
export function fundingLabel(funding: CardFunding, t: Translate = english): string {
  switch (funding) {
    case 'credit':
      return t('Credit cards');
    case 'debit':
      return t('Debit cards');
    case 'prepaid':
      return t('Prepaid cards');
    case 'unknown':
      return t('Cards of unknown type');
  }
}

/** A known funding as the word that makes "card" that kind: "credit" (card), "de crédito". */
function fundingKind(funding: Exclude<CardFunding, 'unknown'>, t: Translate): string {
  switch (funding) {
    case 'credit':
      return t.ctx('kind of card', 'credit');
    case 'debit':
      return t.ctx('kind of card', 'debit');
    case 'prepaid':
      return t.ctx('kind of card', 'prepaid');
  }
}

/** "a, b and c" in English; the reader's language's own list otherwise ("a, b y c"). */
export function joinAnd(words: readonly string[], t: Translate = english): string {
  if (words.length <= 1) return words.join('');
  if (t.lang !== 'en') return new Intl.ListFormat(t.lang, { style: 'long', type: 'conjunction' }).format(words);
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "a, b or c" in English; the reader's language's own list otherwise ("a, b o c"). */
function joinOr(words: readonly string[], t: Translate): string {
  if (words.length <= 1) return words.join('');
  if (t.lang !== 'en') return new Intl.ListFormat(t.lang, { style: 'long', type: 'disjunction' }).format(words);
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
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

/** The fee in short: "2.5% + $1.00", "2.5%", "$1.00"; empty when there is no fee. */
function feeShort(fee: MethodFee, currency: string, locale?: string): string {
  const parts: string[] = [];
  if (fee.basisPoints > 0) parts.push(formatBasisPoints(fee.basisPoints, locale));
  if (fee.flatCents > 0) parts.push(formatMoney({ amountCents: fee.flatCents, currency }, locale));
  return parts.join(' + ');
}

/** The fee in words: "2.5% of the amount plus $1.00", "2.5% of the amount", "$1.00"; empty when there is no fee. */
function feeInWords(fee: MethodFee, currency: string, locale: string | undefined, t: Translate): string {
  const percent = fee.basisPoints > 0 ? formatBasisPoints(fee.basisPoints, locale) : '';
  const flat = fee.flatCents > 0 ? formatMoney({ amountCents: fee.flatCents, currency }, locale) : '';
  if (percent && flat) return t('{percent} of the amount plus {flat}', { percent, flat });
  if (percent) return t('{percent} of the amount', { percent });
  return flat;
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
export function methodsFeeSentence(rules: FeeRules, locale?: string, t: Translate = english): string {
  const money = (cents: number) => formatMoney({ amountCents: cents, currency: rules.currency }, locale);
  const paying = payingFundings(rules);
  const clauses: string[] = [];
  if (paying.length === 0) {
    clauses.push(rules.cardSurchargesProhibited ? t('Cards carry no fee (card surcharges are off in this community)') : t('Cards carry no fee'));
  } else {
    const cards = paying.length === CARD_FUNDINGS.length ? t('Cards') : capitalize(joinAnd(paying.map((f) => fundingCards(f, t)), t));
    const fee = feeShort(methodFee('card', rules), rules.currency, locale);
    clauses.push(
      rules.cardFeeCapCents === null
        ? t('{cards} carry a {fee} convenience fee', { cards, fee })
        : t('{cards} carry a {fee} convenience fee (at most {cap})', { cards, fee, cap: money(rules.cardFeeCapCents) }),
    );
    if (paying.length < CARD_FUNDINGS.length) clauses.push(t('other cards none'));
  }
  const bank = feeShort(methodFee('bank', rules), rules.currency, locale);
  if (bank === '') clauses.push(t('bank accounts none'));
  else if (rules.bankFeeCapCents === null) clauses.push(t('bank accounts a {fee} fee', { fee: bank }));
  else clauses.push(t('bank accounts a {fee} fee (at most {cap})', { fee: bank, cap: money(rules.bankFeeCapCents) }));
  return t('{clauses}. You will see the exact total before you pay.', { clauses: clauses.join('; ') });
}

/**
 * What paying with one kind of method costs, for the "How to pay bills" guide, e.g. "Paying by
 * credit card adds a convenience fee of 2.5% of the amount; debit cards, prepaid cards and cards of
 * unknown type pay none. …": a card pays only when its kind is one the community charges and card
 * surcharges are not off. It reads on its own, where {@link methodsFeeSentence} sums up every method.
 */
export function guideFeeSentence(kind: 'card' | 'bank account', rules: FeeRules, locale?: string, t: Translate = english): string {
  const fee = methodFee(kind === 'card' ? 'card' : 'bank', rules);
  const paying = kind === 'card' ? payingFundings(rules) : [];
  const words = feeInWords(fee, rules.currency, locale, t);
  if ((kind === 'card' && paying.length === 0) || words === '') {
    return kind === 'card' ? t('Paying by card costs nothing extra.') : t('Paying by bank account costs nothing extra.');
  }
  const amount =
    fee.capCents === null ? words : t('{fee}, at most {cap}', { fee: words, cap: formatMoney({ amountCents: fee.capCents, currency: rules.currency }, locale) });
  let who = kind === 'card' ? t('card') : t('bank account');
  if (kind === 'card' && paying.length < CARD_FUNDINGS.length) {
    // "credit card", "credit or debit card", "credit card or a card of unknown type".
    const known = paying.filter((f): f is Exclude<CardFunding, 'unknown'> => f !== 'unknown');
    const named = known.length === 0 ? [] : [t('{kinds} card', { kinds: joinOr(known.map((f) => fundingKind(f, t)), t) })];
    if (paying.includes('unknown')) named.push(t('a card of unknown type'));
    who = joinOr(named, t);
    const others = joinAnd(
      CARD_FUNDINGS.filter((f) => !paying.includes(f)).map((f) => fundingCards(f, t)),
      t,
    );
    return t('Paying by {who} adds a convenience fee of {fee}; {others} pay none; you see it, and the total, before you confirm.', { who, fee: amount, others });
  }
  return t('Paying by {who} adds a convenience fee of {fee}; you see it, and the total, before you confirm.', { who, fee: amount });
}

/**
 * What saving `next` instead of `saved` will do to fees, one sentence per consequence, e.g.
 * "Debit and prepaid cards will pay no fee." Empty when no fee rule changes.
 */
export function feeConsequences(saved: FeeRules, next: FeeRules, locale?: string, t: Translate = english): string[] {
  const lines: string[] = [];
  const money = (cents: number) => formatMoney({ amountCents: cents, currency: next.currency }, locale);
  const cardList = (fundings: readonly CardFunding[]) => joinAnd(fundings.map((f) => fundingCards(f, t)), t);
  const before = payingFundings(saved);
  const after = payingFundings(next);
  if (next.cardSurchargesProhibited && !saved.cardSurchargesProhibited) {
    lines.push(t('No card will pay a fee: card surcharges will be off in this community, whatever else is set.'));
  } else if (!next.cardSurchargesProhibited && saved.cardSurchargesProhibited && after.length > 0) {
    lines.push(t('Card surcharges will be on again: {cards} will pay the card fee.', { cards: cardList(after) }));
  } else if (!next.cardSurchargesProhibited) {
    const stop = before.filter((f) => !after.includes(f));
    const start = after.filter((f) => !before.includes(f));
    if (stop.length > 0) lines.push(capitalize(t('{cards} will pay no fee.', { cards: cardList(stop) })));
    if (start.length > 0) lines.push(capitalize(t('{cards} will pay the card fee.', { cards: cardList(start) })));
    if (start.some((f) => f === 'debit' || f === 'prepaid')) {
      lines.push(t('Card network rules generally forbid surcharging debit and prepaid cards; check with your processor.'));
    }
  }
  for (const kind of ['card', 'bank'] as const) {
    const a = methodFee(kind, saved);
    const b = methodFee(kind, next);
    if (kind === 'card' && after.length === 0) continue;
    const cards = cardList(after);
    if (a.basisPoints !== b.basisPoints || a.flatCents !== b.flatCents) {
      const fee = feeShort(b, next.currency, locale);
      if (fee === '') {
        lines.push(kind === 'card' ? capitalize(t('{cards} will pay no fee.', { cards })) : t('Bank account payments will pay no fee.'));
      } else if (b.capCents === null) {
        lines.push(kind === 'card' ? capitalize(t('{cards} will pay {fee}.', { cards, fee })) : t('Bank account payments will pay {fee}.', { fee }));
      } else {
        const cap = money(b.capCents);
        lines.push(
          kind === 'card' ? capitalize(t('{cards} will pay {fee}, at most {cap}.', { cards, fee, cap })) : t('Bank account payments will pay {fee}, at most {cap}.', { fee, cap }),
        );
      }
    } else if (a.capCents !== b.capCents && (b.basisPoints > 0 || b.flatCents > 0)) {
      if (b.capCents === null) {
        lines.push(kind === 'card' ? capitalize(t('{cards} will pay the fee with no cap.', { cards })) : t('Bank account payments will pay the fee with no cap.'));
      } else {
        const cap = money(b.capCents);
        lines.push(
          kind === 'card'
            ? capitalize(t('{cards} will pay at most {cap} in fees per payment.', { cards, cap }))
            : t('Bank account payments will pay at most {cap} in fees per payment.', { cap }),
        );
      }
    }
  }
  if (saved.feeOnRefund !== next.feeOnRefund) lines.push(refundPolicySentence(next.feeOnRefund, 'will', t));
  return lines;
}

/** "Refunds keep the convenience fee." / "Refunds give back the convenience fee in proportion to the amount refunded." */
export function refundPolicySentence(policy: FeeOnRefund, tense: 'now' | 'will' = 'now', t: Translate = english): string {
  if (policy === 'kept') return tense === 'will' ? t('Refunds will keep the convenience fee.') : t('Refunds keep the convenience fee.');
  return tense === 'will'
    ? t('Refunds will give back the convenience fee in proportion to the amount refunded; a full refund gives back all of it.')
    : t('Refunds give back the convenience fee in proportion to the amount refunded; a full refund gives back all of it.');
}

/**
 * What a refund did with the fee: "The $3.00 convenience fee is not refunded." / "… is refunded." /
 * "$1.50 of the $3.00 convenience fee is refunded." Null when the payment carried no fee.
 */
export function refundFeeSentence(paymentFeeCents: number, refundFeeCents: number, currency: string, locale?: string, t: Translate = english): string | null {
  if (paymentFeeCents === 0) return null;
  const money = (cents: number) => formatMoney({ amountCents: cents, currency }, locale);
  const fee = money(paymentFeeCents);
  if (refundFeeCents === 0) return t('The {fee} convenience fee is not refunded.', { fee });
  if (refundFeeCents >= paymentFeeCents) return t('The {fee} convenience fee is refunded.', { fee });
  return t('{refunded} of the {fee} convenience fee is refunded.', { refunded: money(refundFeeCents), fee });
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

/** What a fee rule needs of the method a quote charges: its type and, for a card, how it is funded. */
export type FeeRuleMethod = { type: 'card'; funding: CardFunding } | { type: 'bank_account' };

/** The fee a quote charged: its amount, the fee, the percentage that applied, and the engine's sentence. */
export interface QuotedFee {
  amount: Money;
  fee: Money;
  feeBasisPoints: number;
  /** The engine's sentence naming the rule, in English. */
  feeRule: string;
}

/**
 * The sentence naming the fee rule behind a quote, in the reader's language: "A 2.5% convenience
 * fee applies to credit cards." An English reader gets the engine's own sentence (`feeRule`), as
 * before; another language ours, said from the community's fee settings and the method charged —
 * only when those settings give exactly the fee the engine quoted. Null when they do not (the
 * settings changed meanwhile, the method's funding is unknown): the caller then shows the engine's
 * English, marked as such.
 */
export function quoteFeeRuleSentence(quote: QuotedFee, method: FeeRuleMethod | null, rules: FeeRules, locale?: string, t: Translate = english): string | null {
  if (t.lang === 'en') return quote.feeRule;
  if (!method || quote.fee.currency !== rules.currency) return null;
  const noFee = (sentence: string): string | null => (quote.fee.amountCents === 0 && quote.feeBasisPoints === 0 ? sentence : null);
  if (method.type === 'card') {
    if (rules.cardSurchargesProhibited) return noFee(t('Card surcharges are off in this community.'));
    if (!rules.cardFeeFundings.includes(method.funding)) return noFee(noCardFeeSentence(method.funding, t));
  }
  const kind = method.type === 'card' ? 'card' : 'bank';
  const fee = methodFee(kind, rules);
  if (fee.basisPoints === 0 && fee.flatCents === 0) {
    return noFee(kind === 'card' ? t('Cards pay no convenience fee.') : t('Bank account payments pay no convenience fee.'));
  }
  // The engine's arithmetic: the percentage rounded half-up, plus the flat part, at most the cap.
  const uncapped = Math.floor((quote.amount.amountCents * fee.basisPoints + 5_000) / 10_000) + fee.flatCents;
  const expected = fee.capCents === null ? uncapped : Math.min(uncapped, fee.capCents);
  if (expected !== quote.fee.amountCents || fee.basisPoints !== quote.feeBasisPoints) return null;
  const params = { fee: feeShort(fee, rules.currency, locale), cap: fee.capCents === null ? '' : formatMoney({ amountCents: fee.capCents, currency: rules.currency }, locale) };
  if (kind === 'bank') {
    return fee.capCents === null
      ? t('A {fee} convenience fee applies to bank account payments.', params)
      : t('A {fee} convenience fee applies to bank account payments, at most {cap}.', params);
  }
  if (CARD_FUNDINGS.every((funding) => rules.cardFeeFundings.includes(funding))) {
    return fee.capCents === null ? t('A {fee} convenience fee applies to all cards.', params) : t('A {fee} convenience fee applies to all cards, at most {cap}.', params);
  }
  const cards = joinAnd(
    CARD_FUNDINGS.filter((funding) => rules.cardFeeFundings.includes(funding)).map((funding) => fundingCards(funding, t)),
    t,
  );
  return fee.capCents === null
    ? t('A {fee} convenience fee applies to {cards}.', { ...params, cards })
    : t('A {fee} convenience fee applies to {cards}, at most {cap}.', { ...params, cards });
}

/** "Debit cards pay no convenience fee.", for a card whose funding the community does not charge. */
function noCardFeeSentence(funding: CardFunding, t: Translate): string {
  switch (funding) {
    case 'credit':
      return t('Credit cards pay no convenience fee.');
    case 'debit':
      return t('Debit cards pay no convenience fee.');
    case 'prepaid':
      return t('Prepaid cards pay no convenience fee.');
    case 'unknown':
      return t('Cards of unknown type pay no convenience fee.');
  }
}
