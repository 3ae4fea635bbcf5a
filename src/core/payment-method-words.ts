// What the payment-method widgets say about a saved method and about changing or saving one, and
// who may add one: pure functions of the engine's answers and `GET /me`, so the list and the add
// form word the same rule the same way and node tests can pin the words down.
import { cardBrandName } from '../contract/card-brands.js';
import { portalOffMessage } from './billing-access.js';
import { noMethodsAccessSentence, savingMethodsOffSentence } from './billing-words.js';
import { AlisNetworkError, isAlisApiError } from '../sdk/errors.js';
import type { Address, ArrangementEnded, Me, PaymentMethod, UpdatePaymentMethodRequest } from '../sdk/types.js';

/** What kind of method it is, when it has no nickname: "Visa", "Chase savings account", "Checking account". */
export function methodKindName(method: PaymentMethod): string {
  if (method.card) return cardBrandName(method.card.brand);
  if (method.bankAccount) {
    const type = method.bankAccount.accountType === 'savings' ? 'Savings account' : 'Checking account';
    return method.bankAccount.bankName ? `${method.bankAccount.bankName} ${type.toLowerCase()}` : type;
  }
  return 'Payment method';
}

/** The line under a method's name: brand, funding, last four and expiry of a card; type, last four, bank and holder of an account. */
export function methodDetails(method: PaymentMethod, locale?: string): string {
  if (method.card) {
    const expiry = new Intl.DateTimeFormat(locale, { month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(method.card.expYear, method.card.expMonth - 1, 1)),
    );
    // How the card is funded decides whether it pays a card fee, so the payer sees it.
    const funding = method.card.funding && method.card.funding !== 'unknown' ? ` ${method.card.funding}` : '';
    return `${cardBrandName(method.card.brand)}${funding} ending in ${method.card.last4} · expires ${expiry}`;
  }
  if (method.bankAccount) {
    const account = method.bankAccount;
    return `${account.accountType === 'savings' ? 'Savings' : 'Checking'} account ending in ${account.last4}${account.bankName ? ` at ${account.bankName}` : ''} · ${account.holderName}`;
  }
  return method.label;
}

/** What stopping automatic payments from a method the billing team pulls from means, said before it is done. */
export const stopsPullsSentence =
  'The billing office will no longer pull your bills automatically, from this or any other method; you pay them yourself by their due dates. Collections already made still go through.';

/** What changed when the payer's withdrawal or removal ended the billing team's pulls. */
export function arrangementEndedSentence(ended: ArrangementEnded): string {
  return `Automatic payments from ${ended.method.label} stopped. The billing office will no longer pull your bills; pay them yourself by their due dates.`;
}

/** What a saved change to the method named `name` did, in one sentence. */
export function methodChangedSentence(change: UpdatePaymentMethodRequest, name: string): string {
  if (change.isDefault === true) return `${name} is now your default.`;
  if (change.recurringAuthorization === true) return `The billing team may now use ${name} for automatic payments.`;
  if (change.recurringAuthorization === false) return `${name} will no longer be used for automatic payments.`;
  return `Saved the name ${name}.`;
}

/** Why a change to a method failed: the service's own sentence, or ours for a failure to reach it; nothing was changed either way. */
export function methodChangeFailure(error: unknown): string {
  if (isAlisApiError(error)) return error.message;
  if (error instanceof AlisNetworkError) return 'We could not reach the billing service; nothing was changed. Please try again.';
  return 'Something went wrong; nothing was changed.';
}

/** Whether this user may add a method here now: their profile manages methods, and the portal and the gateway are on. */
export function canAddMethods(me: Me): boolean {
  return me.permissions.includes('manage_payment_methods') && me.community.gatewayEnabled && me.community.portalEnabled;
}

/**
 * Why this user cannot save a method here now, in words, or null when they can: the portal is off,
 * their profile does not manage payment methods, or the payment gateway is off. Staff save methods
 * for payers, so nothing here stops them.
 */
export function cannotSaveMethodReason(me: Me): string | null {
  if (me.user.role === 'staff') return null;
  if (!me.community.portalEnabled) return portalOffMessage(me.community);
  if (!me.permissions.includes('manage_payment_methods')) return noMethodsAccessSentence(me.community, me.permissions.includes('pay_bills'));
  if (!me.community.gatewayEnabled) return savingMethodsOffSentence(me.community);
  return null;
}

/** The bank-account fields a save request names. */
export type BankAccountRequestField = 'holderName' | 'accountType' | 'routingNumber' | 'accountNumber';

/** A refused save's field messages, by the part of the add form they belong to. */
export interface MethodFieldErrors {
  address: Partial<Record<keyof Address, string>>;
  bank: Partial<Record<BankAccountRequestField, string>>;
  /** Messages for no field on the form, shown above its buttons. */
  other: string[];
}

/** Splits the service's `fields` (JSON paths such as `billingAddress.postalCode`) into the parts of the add form. */
export function splitMethodFieldErrors(fields: Readonly<Record<string, string>>): MethodFieldErrors {
  const errors: MethodFieldErrors = { address: {}, bank: {}, other: [] };
  for (const [path, message] of Object.entries(fields)) {
    if (path.startsWith('billingAddress.')) {
      errors.address[path.slice('billingAddress.'.length) as keyof Address] = message;
    } else if (path === 'holderName' || path === 'accountType' || path === 'routingNumber' || path === 'accountNumber') {
      errors.bank[path] = message;
    } else {
      errors.other.push(message);
    }
  }
  return errors;
}

/** The sentence above the add form's buttons after the service refused a save: what it said about no field, else where to look. */
export function refusedSaveSentence(errors: MethodFieldErrors, serviceMessage: string): string {
  if (errors.other.length > 0) return errors.other.join(' ');
  const named = Object.keys(errors.address).length + Object.keys(errors.bank).length;
  return named > 0 ? 'Please correct the fields marked below; nothing was saved.' : serviceMessage;
}

/** Why a save failed for want of an answer (not a refusal), in words. */
export function unansweredSaveSentence(error: unknown): string {
  return error instanceof AlisNetworkError
    ? 'We could not reach the billing service, so nothing was saved. Check your connection and try again.'
    : 'Something went wrong; nothing was saved. Please try again.';
}
