// Facts about saved payment methods that seed data, views and (later) payments share.
import { CARD_BRAND_NAMES } from '../../contract/card-brands.js';
import { splitDate } from './time.js';
import type { BillingState, PaymentMethodRecord } from './state.js';

/** A masked description, e.g. "Visa •••• 4242" or "Checking •••• 6789". */
export function methodLabel(method: PaymentMethodRecord): string {
  if (method.type === 'card') return `${CARD_BRAND_NAMES[method.card.brand]} •••• ${method.card.last4}`;
  const kind = method.bankAccount.accountType === 'checking' ? 'Checking' : 'Savings';
  return `${kind} •••• ${method.bankAccount.last4}`;
}

/** True when a card's expiry month is before the month of `today`; a card works through its expiry month. */
export function isCardExpired(method: PaymentMethodRecord, today: string): boolean {
  if (method.type !== 'card') return false;
  const [year, month] = splitDate(today);
  const { expYear, expMonth } = method.card;
  return expYear < year || (expYear === year && expMonth < month);
}

/** Why a method cannot pay now, or null when it can. */
export function unusableReason(method: PaymentMethodRecord, today: string): string | null {
  if (method.removedAt !== null) return 'This payment method was removed.';
  if (method.status === 'blocked') {
    const code = method.block?.returnCode ?? 'a return';
    return `The bank returned a payment (${code}); replace or re-authorize this account.`;
  }
  if (method.type === 'card' && isCardExpired(method, today)) {
    const month = String(method.card.expMonth).padStart(2, '0');
    return `This card expired at the end of ${month}/${method.card.expYear}.`;
  }
  return null;
}

/** True when a billing-team-pulls arrangement pulls from the method (withdrawing or removing it ends the arrangement). */
export function isUsedByArrangement(state: BillingState, methodId: string): boolean {
  return state.arrangements.some(
    (arrangement) =>
      arrangement.mode === 'billing_team_pulls' && arrangement.parts.some((part) => part.methodId === methodId),
  );
}

/** The party's saved methods that were not removed, default first, then oldest first. */
export function methodsOfParty(state: BillingState, partyId: string): PaymentMethodRecord[] {
  return state.paymentMethods
    .filter((method) => method.ownerPartyId === partyId && method.removedAt === null)
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.createdAt.localeCompare(b.createdAt));
}
