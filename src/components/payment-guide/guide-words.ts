// The sentences of the "How to pay bills" guide that depend on the community's settings, as plain
// functions so that what the guide promises is decided in one place.
import { formatBasisPoints, formatMoney } from '../../core/format.js';
import { CARD_FUNDINGS, FUNDING_CARDS, joinAnd, payingFundings, type FeeRules } from '../../core/fee-words.js';
import type { AllocationPolicy, PublicCommunity } from '../../sdk/types.js';

/**
 * What paying with one kind of method costs, e.g. "Paying by credit card adds a convenience fee of
 * 2.5% of the amount; debit cards, prepaid cards and cards of unknown type pay none. …": a card
 * pays only when its kind is one the community charges and card surcharges are not off.
 */
export function feeSentence(kind: 'card' | 'bank account', rules: FeeRules, locale?: string): string {
  const money = (cents: number) => formatMoney({ amountCents: cents, currency: rules.currency }, locale);
  const bp = kind === 'card' ? rules.cardFeeBasisPoints : rules.bankFeeBasisPoints;
  const flat = kind === 'card' ? rules.cardFeeFlatCents : rules.bankFeeFlatCents;
  const cap = kind === 'card' ? rules.cardFeeCapCents : rules.bankFeeCapCents;
  const paying = kind === 'card' ? payingFundings(rules) : [];
  if ((kind === 'card' && paying.length === 0) || (bp === 0 && flat === 0)) return `Paying by ${kind} costs nothing extra.`;
  const parts = [bp > 0 ? `${formatBasisPoints(bp, locale)} of the amount` : null, flat > 0 ? money(flat) : null].filter((p) => p !== null);
  const capped = cap === null ? '' : `, at most ${money(cap)}`;
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

/** Which invoices a payment of everything addressed to the payer goes to first. */
export function allocationSentence(policy: AllocationPolicy): string {
  switch (policy) {
    case 'oldest_first':
      return 'It pays the invoices with the oldest due date first.';
    case 'newest_first':
      return 'It pays the most recent invoices first.';
    case 'unapplied_credit':
      return 'It is kept as a credit on the account, and the billing office applies it to your invoices.';
  }
}

/** What the two switches are set to now, in one sentence. */
export function switchesNow(community: Pick<PublicCommunity, 'portalEnabled' | 'gatewayEnabled'>): string {
  if (!community.portalEnabled) return 'Right now the resident portal is switched off.';
  return community.gatewayEnabled
    ? 'Right now the resident portal and online payments are both on.'
    : 'Right now the resident portal is on, and online payments are switched off.';
}
