// What the payment-method widgets say about a saved method and about changing or saving one, and
// who may add one: pure functions of the engine's answers and `GET /me`, so the list and the add
// form word the same rule the same way and node tests can pin the words down.
import { cardBrandName } from '../contract/card-brands.js';
import { portalOffMessage } from './billing-access.js';
import { noMethodsAccessSentence, savingMethodsOffSentence } from './billing-words.js';
import { AlisNetworkError, isAlisApiError } from '../sdk/errors.js';
import type { Address, ArrangementEnded, Me, MethodBlock, MethodSummary, PaymentMethod, UpdatePaymentMethodRequest } from '../sdk/types.js';
import { english, type Translate } from './i18n/translate.js';
import { refusalSentence, refusedFieldSentence } from './refusal-words.js';

/** A card brand by name ("Visa": a brand reads the same in every language), and "Card" in the reader's language for an unknown one. */
function brandName(brand: string, t: Translate): string {
  const name = cardBrandName(brand);
  return name === cardBrandName('unknown') ? t('Card') : name;
}

/** What kind of method it is, when it has no nickname: "Visa", "Chase savings account", "Checking account". */
export function methodKindName(method: PaymentMethod, t: Translate = english): string {
  if (method.card) return brandName(method.card.brand, t);
  if (method.bankAccount) {
    const bank = method.bankAccount.bankName;
    if (method.bankAccount.accountType === 'savings') return bank ? t('{bank} savings account', { bank }) : t('Savings account');
    return bank ? t('{bank} checking account', { bank }) : t('Checking account');
  }
  return t('Payment method');
}

/** The line under a method's name: brand, funding, last four and expiry of a card; type, last four, bank and holder of an account. */
export function methodDetails(method: PaymentMethod, locale?: string, t: Translate = english): string {
  if (method.card) {
    const expiry = new Intl.DateTimeFormat(locale, { month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(method.card.expYear, method.card.expMonth - 1, 1)),
    );
    const params = { brand: brandName(method.card.brand, t), last4: method.card.last4, expiry };
    // How the card is funded decides whether it pays a card fee, so the payer sees it.
    switch (method.card.funding) {
      case 'credit':
        return t('{brand} credit ending in {last4} · expires {expiry}', params);
      case 'debit':
        return t('{brand} debit ending in {last4} · expires {expiry}', params);
      case 'prepaid':
        return t('{brand} prepaid ending in {last4} · expires {expiry}', params);
      default:
        return t('{brand} ending in {last4} · expires {expiry}', params);
    }
  }
  if (method.bankAccount) {
    const account = method.bankAccount;
    const params = { last4: account.last4, holder: account.holderName };
    if (account.accountType === 'savings') {
      return account.bankName
        ? t('Savings account ending in {last4} at {bank} · {holder}', { ...params, bank: account.bankName })
        : t('Savings account ending in {last4} · {holder}', params);
    }
    return account.bankName
      ? t('Checking account ending in {last4} at {bank} · {holder}', { ...params, bank: account.bankName })
      : t('Checking account ending in {last4} · {holder}', params);
  }
  return method.label;
}

/**
 * Whether re-authorizing a bank account blocked by return `code` unblocks it, as the engine
 * decides: a revoked or unauthorized debit (R07, R10, R29) can be authorized again; a closed,
 * missing or invalid account (R02, R03, R04) cannot be debited whatever the payer allows.
 */
export function isCuredByReauthorizing(code: string): boolean {
  return code === 'R07' || code === 'R10' || code === 'R29';
}

/** What a bank return code means, in the reader's language ("Insufficient funds" for R01); null for a code we do not know. */
export function returnCodeMeaning(code: string, t: Translate = english): string | null {
  switch (code) {
    case 'R01':
      return t('Insufficient funds');
    case 'R02':
      return t('Account closed');
    case 'R03':
      return t('No account / unable to locate account');
    case 'R04':
      return t('Invalid account number');
    case 'R07':
      return t('Authorization revoked by customer');
    case 'R09':
      return t('Uncollected funds');
    case 'R10':
      return t('Customer advises not authorized');
    case 'R29':
      return t('Corporate customer advises not authorized');
    default:
      return null;
  }
}

/**
 * A return's meaning as the reader reads it: the engine's words (`description`) for an English
 * reader, ours for the code in another language (the engine's for a code we do not know).
 */
export function returnDescription(code: string, description: string, t: Translate = english): string {
  return t.lang === 'en' ? description : (returnCodeMeaning(code, t) ?? description);
}

/**
 * What the bank return that blocked a method means: the service's words (`block.reason`) for an
 * English reader, ours for its code in another language — the service's, as they came, for a code
 * we do not know (the caller can tell by comparing with `block.reason`).
 */
export function blockReasonWords(block: Pick<MethodBlock, 'returnCode' | 'reason'>, t: Translate = english): string {
  if (t.lang === 'en') return block.reason;
  return returnCodeMeaning(block.returnCode, t) ?? block.reason;
}

/**
 * Why a saved method cannot pay now, in the reader's language, or null when it can. An English
 * reader gets the service's own sentence (`unusableReason`), as before; another language gets ours,
 * said from the method's fields: a bank account blocked after a return (its code and what it means),
 * a card past its expiry. Only when no field explains it is the service's English returned as it
 * came — the caller can tell by comparing with `method.unusableReason`, and should then mark it
 * with `serviceText` — or, when the service said nothing, a general sentence.
 */
export function methodUnusableSentence(method: PaymentMethod, t: Translate = english): string | null {
  if (method.usable) return null;
  const code = method.block?.returnCode;
  // A return we know says what cures it, in every language: re-authorizing cures only a revoked
  // or unauthorized debit (R07, R10, R29); a closed, missing or invalid account must be replaced.
  const meaning = code ? returnCodeMeaning(code, t) : null;
  if (code && meaning) {
    return isCuredByReauthorizing(code)
      ? t('The bank returned a payment ({code}: {meaning}); re-authorize this account or replace it.', { code, meaning })
      : t('The bank returned a payment ({code}: {meaning}); replace this account with another.', { code, meaning });
  }
  if (t.lang === 'en' && method.unusableReason) return method.unusableReason;
  if (method.status === 'blocked' || method.block) {
    if (!code) return t('The bank returned a payment; replace or re-authorize this account.');
    return t('The bank returned a payment ({code}); replace or re-authorize this account.', { code });
  }
  if (method.card) {
    // A saved card that is not blocked stops paying only when it expires.
    const expiry = `${String(method.card.expMonth).padStart(2, '0')}/${method.card.expYear}`;
    return t('This card expired at the end of {expiry}.', { expiry });
  }
  return method.unusableReason ?? t('It cannot be used to pay now.');
}

/**
 * A payment's method as the reader sees it named: its masked label ("Visa •••• 4242"), or — for
 * another person's method, which the service names only by its kind, in English ("Card") — that
 * kind in the reader's words.
 */
export function methodSummaryLabel(method: Pick<MethodSummary, 'type' | 'label'>, t: Translate = english): string {
  if (t.lang === 'en' || /\d/.test(method.label)) return method.label;
  return method.type === 'card' ? t('Card') : t('Bank account');
}

/** What stopping automatic payments from a method the billing team pulls from means, said before it is done. */
export function stopsPullsSentence(t: Translate = english): string {
  return t(
    'The billing office will no longer pull your bills automatically, from this or any other method; you pay them yourself by their due dates. Collections already made still go through.',
  );
}

/** What changed when the payer's withdrawal or removal ended the billing team's pulls. */
export function arrangementEndedSentence(ended: ArrangementEnded, t: Translate = english): string {
  return t('Automatic payments from {method} stopped. The billing office will no longer pull your bills; pay them yourself by their due dates.', {
    method: ended.method.label,
  });
}

/** What a saved change to the method named `name` did, in one sentence. */
export function methodChangedSentence(change: UpdatePaymentMethodRequest, name: string, t: Translate = english): string {
  if (change.isDefault === true) return t('{name} is now your default.', { name });
  if (change.recurringAuthorization === true) return t('The billing team may now use {name} for automatic payments.', { name });
  if (change.recurringAuthorization === false) return t('{name} will no longer be used for automatic payments.', { name });
  return t('Saved the name {name}.', { name });
}

/** Why a change to a method failed: the service's own sentence, or ours for a failure to reach it; nothing was changed either way. */
export function methodChangeFailure(error: unknown, t: Translate = english): string {
  if (isAlisApiError(error)) return refusalSentence(error, t);
  if (error instanceof AlisNetworkError) return t('We could not reach the billing service; nothing was changed. Please try again.');
  return t('Something went wrong; nothing was changed.');
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
export function cannotSaveMethodReason(me: Me, t: Translate = english): string | null {
  if (me.user.role === 'staff') return null;
  if (!me.community.portalEnabled) return portalOffMessage(me.community, t);
  if (!me.permissions.includes('manage_payment_methods')) return noMethodsAccessSentence(me.community, me.permissions.includes('pay_bills'), t);
  if (!me.community.gatewayEnabled) return savingMethodsOffSentence(me.community, t);
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

/**
 * Splits the service's `fields` (JSON paths such as `billingAddress.postalCode`) into the parts of
 * the add form, each message for the reader (the service's English, or ours in another language).
 * A bank account's form asks for the name once, as the holder's: what is said of the billing
 * address's name (which the form fills from it) goes to the holder's name.
 */
export function splitMethodFieldErrors(fields: Readonly<Record<string, string>>, t: Translate = english, kind: 'card' | 'bank_account' = 'card'): MethodFieldErrors {
  const errors: MethodFieldErrors = { address: {}, bank: {}, other: [] };
  for (const [path, refused] of Object.entries(fields)) {
    const message = refusedFieldSentence(refused, t);
    if (kind === 'bank_account' && path === 'billingAddress.name') {
      errors.bank.holderName ??= message;
    } else if (path.startsWith('billingAddress.')) {
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
export function refusedSaveSentence(errors: MethodFieldErrors, serviceMessage: string, t: Translate = english): string {
  // In another language each message is the same generic sentence: said once.
  if (errors.other.length > 0) return (t.lang === 'en' ? errors.other : [...new Set(errors.other)]).join(' ');
  const named = Object.keys(errors.address).length + Object.keys(errors.bank).length;
  return named > 0 ? t('Please correct the fields marked below; nothing was saved.') : serviceMessage;
}

/** Why a save failed for want of an answer (not a refusal), in words. */
export function unansweredSaveSentence(error: unknown, t: Translate = english): string {
  return error instanceof AlisNetworkError
    ? t('We could not reach the billing service, so nothing was saved. Check your connection and try again.')
    : t('Something went wrong; nothing was saved. Please try again.');
}
