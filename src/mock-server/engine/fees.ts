// The one place that decides a convenience fee: who pays one (card funding, the community's
// surcharge switch), how much (a percentage, a flat part, a cap) and the sentence naming the rule,
// which the review shows and the authorization text repeats. Quotes, payments, split pulls and
// refunds all ask here, so they cannot disagree.
import { feeCents as percentOf, formatCents } from './money.js';
import type { CardFunding, PaymentRecord, SettingsRecord } from './state.js';

/** The settings that decide who pays a convenience fee and how much (`feeOnRefund`: whether a refund gives it back). */
export type FeeRules = Pick<SettingsRecord, FeeRuleField>;

type FeeRuleField =
  | 'cardFeeBasisPoints' | 'bankFeeBasisPoints' | 'cardFeeFundings' | 'cardFeeFlatCents' | 'cardFeeCapCents'
  | 'bankFeeFlatCents' | 'bankFeeCapCents' | 'cardSurchargesProhibited' | 'feeOnRefund';

/** The fee settings `feeFor` reads (a `SettingsRecord` has them all). */
export type FeeSettings = Pick<SettingsRecord, 'currency'> & Omit<FeeRules, 'feeOnRefund'>;

/**
 * The fee rules of `settings` as every view and audit entry shows them, one copy (the fundings
 * list copied too, so a view never shares an array with the store).
 */
export function feeRulesOf(settings: FeeRules): FeeRules {
  return {
    cardFeeBasisPoints: settings.cardFeeBasisPoints,
    bankFeeBasisPoints: settings.bankFeeBasisPoints,
    cardFeeFundings: [...settings.cardFeeFundings],
    cardFeeFlatCents: settings.cardFeeFlatCents,
    cardFeeCapCents: settings.cardFeeCapCents,
    bankFeeFlatCents: settings.bankFeeFlatCents,
    bankFeeCapCents: settings.bankFeeCapCents,
    cardSurchargesProhibited: settings.cardSurchargesProhibited,
    feeOnRefund: settings.feeOnRefund,
  };
}

/** What `feeFor` needs of a method: its type and, for a card, how it is funded. */
export type FeeMethod = { type: 'card'; card: { funding: CardFunding } } | { type: 'bank_account' };

/** A fee and the rule it came from. */
export interface Fee {
  /** Charged on top of the amount. */
  feeCents: number;
  /** The percentage part that applied (0 when no fee applies). */
  basisPoints: number;
  /** The flat part that applied (0 when no fee applies). */
  flatCents: number;
  /** The rule in an English sentence, e.g. "Debit cards pay no convenience fee." */
  rule: string;
}

/**
 * The largest flat fee or cap the settings take: $1,000.00. A convenience fee is a few dollars; a
 * limit far below the contract's limit on any amount keeps amount + fee inside it too.
 */
export const MAX_FEE_CENTS = 100_000;

/** Card fundings in the order sentences and settings list them. */
export const CARD_FUNDINGS: readonly CardFunding[] = ['credit', 'debit', 'prepaid', 'unknown'];

/** Card network rules forbid surcharging debit and prepaid cards, so by default only credit pays. */
export const DEFAULT_CARD_FEE_FUNDINGS: readonly CardFunding[] = ['credit'];

const FUNDING_CARDS: Readonly<Record<CardFunding, string>> = {
  credit: 'credit cards',
  debit: 'debit cards',
  prepaid: 'prepaid cards',
  unknown: 'cards of unknown type',
};

/**
 * The convenience fee on `amountCents` paid with `method`: the percentage (rounded half-up, see
 * `money.ts`) plus the flat part, at most the cap. A card pays the card fee only when its funding
 * is one the community charges and card surcharges are not switched off.
 */
export function feeFor(settings: FeeSettings, method: FeeMethod, amountCents: number): Fee {
  const none = (rule: string): Fee => ({ feeCents: 0, basisPoints: 0, flatCents: 0, rule });
  if (method.type === 'card') {
    if (settings.cardSurchargesProhibited) return none('Card surcharges are off in this community.');
    const funding = method.card.funding;
    if (!settings.cardFeeFundings.includes(funding)) return none(`${capitalize(FUNDING_CARDS[funding])} pay no convenience fee.`);
    return charged(settings, amountCents, settings.cardFeeBasisPoints, settings.cardFeeFlatCents, settings.cardFeeCapCents, cardsWords(settings.cardFeeFundings), 'Cards');
  }
  return charged(settings, amountCents, settings.bankFeeBasisPoints, settings.bankFeeFlatCents, settings.bankFeeCapCents, 'bank account payments', 'Bank account payments');
}

function charged(settings: FeeSettings, amountCents: number, basisPoints: number, flatCents: number, capCents: number | null, who: string, subject: string): Fee {
  if (basisPoints === 0 && flatCents === 0) return { feeCents: 0, basisPoints: 0, flatCents: 0, rule: `${subject} pay no convenience fee.` };
  const uncapped = percentOf(amountCents, basisPoints) + flatCents;
  const feeCents = capCents === null ? uncapped : Math.min(uncapped, capCents);
  const money = (cents: number): string => formatCents(cents, settings.currency);
  const parts = [basisPoints > 0 ? `${basisPoints / 100}%` : null, flatCents > 0 ? money(flatCents) : null].filter((p) => p !== null);
  const what = parts.join(' + ');
  const cap = capCents === null ? '' : `, at most ${money(capCents)}`;
  return { feeCents, basisPoints, flatCents, rule: `${article(what)} ${what} convenience fee applies to ${who}${cap}.` };
}

/** "credit cards", "credit and debit cards", "all cards", "credit cards and cards of unknown type". */
function cardsWords(fundings: readonly CardFunding[]): string {
  const known = CARD_FUNDINGS.filter((f) => f !== 'unknown' && fundings.includes(f));
  if (known.length === 3 && fundings.includes('unknown')) return 'all cards';
  const names = joinAnd(known);
  const kinds = names === '' ? [] : [`${names} cards`];
  if (fundings.includes('unknown')) kinds.push(FUNDING_CARDS.unknown);
  return joinAnd(kinds);
}

function joinAnd(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "A 2.5%…", but "An 8%…", "An 11%…", "An $18.00…": by how the number is said. */
function article(spoken: string): string {
  return /^\$?(8|11(?![\d,])|18(?![\d,]))/.test(spoken) ? 'An' : 'A';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The part of `payment`'s fee a new refund of `amountCents` gives back. With `kept`, none. With
 * `refunded`, a share in proportion to the amount, rounded down, and the refund that completes the
 * payment gives back whatever is left, so all refunds of a payment give back exactly its fee.
 */
export function refundFeeCents(settings: Pick<SettingsRecord, 'feeOnRefund'>, payment: PaymentRecord, amountCents: number): number {
  if (settings.feeOnRefund === 'kept' || payment.feeCents === 0 || payment.amountCents === 0) return 0;
  const earlierAmount = payment.refunds.reduce((sum, r) => sum + r.amountCents, 0);
  const left = payment.feeCents - payment.refunds.reduce((sum, r) => sum + r.feeCents, 0);
  if (earlierAmount + amountCents >= payment.amountCents) return Math.max(left, 0);
  // BigInt: fee × amount may pass 2^53 for amounts near the contract's limit.
  const share = Number((BigInt(payment.feeCents) * BigInt(amountCents)) / BigInt(payment.amountCents));
  return Math.max(Math.min(share, left), 0);
}

/** "The $3.00 convenience fee is not refunded." / "is refunded." / "$1.50 of the $3.00 convenience fee is refunded." */
export function refundFeeSentence(payment: Pick<PaymentRecord, 'feeCents' | 'currency'>, refundFeeCentsValue: number): string | null {
  if (payment.feeCents === 0) return null;
  const fee = formatCents(payment.feeCents, payment.currency);
  if (refundFeeCentsValue === 0) return `The ${fee} convenience fee is not refunded.`;
  if (refundFeeCentsValue >= payment.feeCents) return `The ${fee} convenience fee is refunded.`;
  return `${formatCents(refundFeeCentsValue, payment.currency)} of the ${fee} convenience fee is refunded.`;
}
