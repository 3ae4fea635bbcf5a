// "My Payment Methods": the payer's saved cards and bank accounts.
//
// Cards arrive only as a tokenizer's token with the brand, last four digits and expiry it reports;
// bank accounts arrive with the whole account number, of which only the last four digits are kept —
// the full number is never written to the store, a response or an error message.
import { actorOfUser, changedFields, createdFields, recordAudit } from './audit.js';
import { profileOf, requireGateway, requirePayer } from './auth.js';
import { arrangementFacts, endArrangementsOfMethod } from './arrangements.js';
import { EngineError } from './errors.js';
import { communityToday } from './invoices.js';
import { methodLabel, methodsOfParty } from './methods.js';
import { notifyAuthorizationWithdrawn } from './notices.js';
import { isValidRoutingNumber } from './money.js';
import { secretToken } from './secrets.js';
import { splitDate } from './time.js';
import { arrangementEndedView, paymentMethodView, type ArrangementEnded, type PaymentMethod } from './views.js';
import { findParty } from './state.js';
import type {
  AddressRecord,
  BankAccountType,
  BillingState,
  CardBrand,
  CardFunding,
  JsonValue,
  PaymentMethodRecord,
  ReturnCode,
  UserRecord,
} from './state.js';

/** A postal address as a request carries it (`line2` optional). */
export interface AddressInput {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  state: string;
  postalCode: string;
  country: string;
}

/** What both kinds of new method share. */
interface NewMethodCommon {
  billingAddress: AddressInput;
  nickname?: string | null;
  /** Make it the default (the previous default loses it). Omitted: default only if it is the payer's first method. */
  makeDefault?: boolean;
  /** Grant "use for recurring payments" now. */
  authorizeRecurring?: boolean;
}

/** `POST /payment-methods` with a card: the tokenizer's token and what it reports about the card. */
export interface NewCardInput extends NewMethodCommon {
  type: 'card';
  token: string;
  setupIntentId?: string;
  /** `funding` as the tokenizer reported it; omitted, the card is saved as `unknown`. */
  card: { brand: CardBrand; last4: string; expMonth: number; expYear: number; funding?: CardFunding };
}

/** `POST /payment-methods` with a bank account. `accountNumber` is used for its last four digits only. */
export interface NewBankAccountInput extends NewMethodCommon {
  type: 'bank_account';
  holderName: string;
  accountType: BankAccountType;
  routingNumber: string;
  accountNumber: string;
}

/** The body of `POST /payment-methods`. */
export type NewMethodInput = NewCardInput | NewBankAccountInput;

/** The body of `PATCH /payment-methods/{id}`. */
export interface MethodChangeInput {
  nickname?: string | null;
  isDefault?: boolean;
  recurringAuthorization?: boolean;
}

/** The contract's `SetupIntent`: what the (test) tokenizer needs to collect a card. */
export interface SetupIntent {
  id: string;
  provider: 'stripe' | 'test';
  clientSecret: string;
  publishableKey: string;
}

/** The publishable key of the mock's test tokenizer. */
export const TEST_PUBLISHABLE_KEY = 'pk_test_alis_mock';

/** Banks of well-known routing numbers, so a saved account shows a bank name. Others show none. */
export const BANK_NAMES: Readonly<Record<string, string>> = {
  '011000015': 'Federal Reserve Bank of Boston',
  '021000021': 'JPMorgan Chase',
  '026009593': 'Bank of America',
  '071000013': 'JPMorgan Chase',
  '071000039': 'Bank of America',
  '071000288': 'BMO Bank',
  '111000025': 'Bank of America',
  '121000248': 'Wells Fargo',
};

/** Returns that re-authorizing the account cures; the others need a new account. */
const CURED_BY_REAUTHORIZATION: ReadonlySet<ReturnCode> = new Set<ReturnCode>(['R07', 'R10', 'R29']);

/**
 * The payer's saved methods that were not removed, default first, each saying whether it can pay
 * now. Readable with `manage_payment_methods`, or with `pay_bills` alone, since paying means
 * choosing one of them.
 */
export function listPaymentMethods(state: BillingState, now: Date, user: UserRecord): PaymentMethod[] {
  const canPay = user.role === 'payer' && profileOf(state, user).permissions.includes('pay_bills');
  const payer = requirePayer(state, user, canPay ? 'pay_bills' : 'manage_payment_methods');
  const today = communityToday(state, now);
  return methodsOfParty(state, payer.partyId).map((method) => paymentMethodView(state, method, today));
}

/**
 * Saves a method for the payer on the draft `state`. Refusals (400 `validation_failed` with fields):
 * a card token that looks like a card number (`token`), an expired card (`card.expYear` /
 * `card.expMonth`), a routing number failing the ABA checksum (`routingNumber`), an account
 * number that is not 4–17 digits (`accountNumber`), a blank holder name, an incomplete billing
 * address, or a US address without a two-letter state or a 5- or 9-digit ZIP code.
 */
export function createPaymentMethod(state: BillingState, now: Date, user: UserRecord, input: NewMethodInput): PaymentMethod {
  const payer = requirePayer(state, user, 'manage_payment_methods');
  requireGateway(state);
  const today = communityToday(state, now);
  const fields: Record<string, string> = {};
  const billingAddress = checkAddress(input.billingAddress, fields);
  const nickname = cleanNickname(input.nickname, fields);
  const common = {
    ownerPartyId: payer.partyId,
    nickname,
    isDefault: false,
    status: 'active' as const,
    block: null,
    recurringAuthorization: input.authorizeRecurring ? { authorizedAt: now.toISOString(), authorizedBy: user.displayName } : null,
    billingAddress,
    createdAt: now.toISOString(),
    removedAt: null,
  };
  let method: PaymentMethodRecord;
  if (input.type === 'card') {
    checkCard(input, today, fields);
    throwIfInvalid(fields, 'The card could not be saved.');
    method = {
      ...common,
      id: '',
      type: 'card',
      card: {
        token: input.token,
        brand: input.card.brand,
        last4: input.card.last4,
        expMonth: input.card.expMonth,
        expYear: input.card.expYear,
        // What the tokenizer reported; a client that sends none saves a card that pays no fee unless
        // the community charges cards of unknown type.
        funding: input.card.funding ?? 'unknown',
      },
    };
  } else {
    const holderName = input.holderName.trim();
    if (holderName === '') fields['holderName'] = 'Enter the name on the account.';
    if (!isValidRoutingNumber(input.routingNumber)) {
      fields['routingNumber'] =
        'This is not a valid routing number: the nine digits of a US routing number must pass the ABA checksum ' +
        '(3 × the 1st, 4th and 7th digits + 7 × the 2nd, 5th and 8th + the 3rd, 6th and 9th must be a multiple of 10). ' +
        'Check it against a check or your bank\u2019s website.';
    }
    if (!/^[0-9]{4,17}$/.test(input.accountNumber)) fields['accountNumber'] = 'The account number must be 4 to 17 digits.';
    throwIfInvalid(fields, 'The bank account could not be saved.');
    method = {
      ...common,
      id: '',
      type: 'bank_account',
      bankAccount: {
        bankName: BANK_NAMES[input.routingNumber] ?? null,
        accountType: input.accountType,
        holderName,
        routingNumber: input.routingNumber,
        // The only digits of the account number that are kept.
        last4: input.accountNumber.slice(-4),
      },
    };
  }
  const hasMethods = methodsOfParty(state, payer.partyId).length > 0;
  state.sequences.paymentMethod += 1;
  method.id = `pm-${String(state.sequences.paymentMethod).padStart(4, '0')}`;
  if (input.makeDefault ?? !hasMethods) makeDefault(state, method);
  state.paymentMethods.push(method);
  recordAudit(state, now, actorOfUser(user), {
    action: 'payment_method_added',
    summary: `${user.displayName} saved ${methodLabel(method)}.`,
    subjects: [
      { type: 'payment_method', id: method.id },
      { type: 'payer', id: payer.partyId },
    ],
    changes: createdFields(methodFacts(method)),
  });
  return paymentMethodView(state, method, today);
}

/** A method's fields as audited: never a token, only what the payer would recognise. */
function methodFacts(method: PaymentMethodRecord): Record<string, JsonValue> {
  return {
    method: methodLabel(method),
    nickname: method.nickname,
    isDefault: method.isDefault,
    recurringAuthorization: method.recurringAuthorization?.authorizedAt ?? null,
    status: method.status,
    removedAt: method.removedAt,
  };
}

/**
 * Changes a method of the payer on the draft `state`: nickname (null or blank clears it), default
 * (true moves it here, false leaves the payer without one), recurring authorization (true grants
 * it now, recording the time and the payer's name, and unblocks an account blocked by R07/R10/R29;
 * false withdraws it, at any time: an arrangement pulling from the method ends with it, see
 * {@link endArrangementsOfMethod}, and the answer carries `arrangementEnded`).
 * Another payer's or a removed method is 404 `not_found`.
 */
export function updatePaymentMethod(state: BillingState, now: Date, user: UserRecord, methodId: string, change: MethodChangeInput): PaymentMethod {
  const payer = requirePayer(state, user, 'manage_payment_methods');
  const method = ownMethod(state, payer.partyId, methodId);
  const before = methodFacts(method);
  const wasAuthorized = method.recurringAuthorization !== null;
  const fields: Record<string, string> = {};
  if (change.nickname !== undefined) method.nickname = cleanNickname(change.nickname, fields);
  throwIfInvalid(fields);
  let ended: ReturnType<typeof endArrangementsOfMethod> = null;
  if (change.recurringAuthorization === false && method.recurringAuthorization !== null) {
    method.recurringAuthorization = null;
    ended = endArrangementsOfMethod(state, now, user, method, 'authorization_withdrawn');
  }
  if (change.recurringAuthorization === true) {
    method.recurringAuthorization = { authorizedAt: now.toISOString(), authorizedBy: user.displayName };
    if (method.block && CURED_BY_REAUTHORIZATION.has(method.block.returnCode)) {
      method.status = 'active';
      method.block = null;
    }
  }
  if (change.isDefault === true) makeDefault(state, method);
  if (change.isDefault === false) method.isDefault = false;
  recordAudit(state, now, actorOfUser(user), {
    action: 'payment_method_changed',
    summary: ended
      ? `${user.displayName} withdrew the automatic-payment authorization of ${methodLabel(method)}; the billing team's pulls ended and ${payerName(state, payer.partyId)} now pays on their own.`
      : `${user.displayName} changed ${methodLabel(method)}.`,
    subjects: [
      { type: 'payment_method', id: method.id },
      { type: 'payer', id: payer.partyId },
    ],
    changes: withArrangementChange(state, before, methodFacts(method), ended),
  });
  if (wasAuthorized && method.recurringAuthorization === null) notifyAuthorizationWithdrawn(state, now, method, false, ended?.end ?? null);
  const view = paymentMethodView(state, method, communityToday(state, now));
  return ended ? { ...view, arrangementEnded: arrangementEndedView(state, ended.end) } : view;
}

/** The answer to `DELETE /payment-methods/{id}`. */
export interface RemovedPaymentMethod {
  methodId: string;
  arrangementEnded: ArrangementEnded | null;
}

/**
 * Removes a method of the payer on the draft `state`, at any time. It is only marked removed, so past
 * payments keep pointing at it; it is no longer listed or usable, and stops being the default (none
 * is chosen in its place). An arrangement pulling from it ends with it (see
 * {@link endArrangementsOfMethod}); 404 `not_found` for another payer's or an already removed method.
 */
export function removePaymentMethod(state: BillingState, now: Date, user: UserRecord, methodId: string): RemovedPaymentMethod {
  const payer = requirePayer(state, user, 'manage_payment_methods');
  const method = ownMethod(state, payer.partyId, methodId);
  const before = methodFacts(method);
  method.removedAt = now.toISOString();
  method.isDefault = false;
  const ended = endArrangementsOfMethod(state, now, user, method, 'method_removed');
  recordAudit(state, now, actorOfUser(user), {
    action: 'payment_method_removed',
    summary: ended
      ? `${user.displayName} removed ${methodLabel(method)}; the billing team's pulls from it ended and ${payerName(state, payer.partyId)} now pays on their own.`
      : `${user.displayName} removed ${methodLabel(method)}.`,
    subjects: [
      { type: 'payment_method', id: method.id },
      { type: 'payer', id: payer.partyId },
    ],
    changes: withArrangementChange(state, before, methodFacts(method), ended),
  });
  if (method.recurringAuthorization !== null) notifyAuthorizationWithdrawn(state, now, method, true, ended?.end ?? null);
  return { methodId: method.id, arrangementEnded: ended ? arrangementEndedView(state, ended.end) : null };
}

/** The method's changed fields, plus the arrangement's when the request ended it: one entry names both. */
function withArrangementChange(
  state: BillingState,
  before: Record<string, JsonValue>,
  after: Record<string, JsonValue>,
  ended: ReturnType<typeof endArrangementsOfMethod>,
): ReturnType<typeof changedFields> {
  if (!ended) return changedFields(before, after);
  const now = state.arrangements.find((a) => a.payerPartyId === ended.before.payerPartyId);
  return changedFields({ ...before, ...arrangementFacts(state, ended.before) }, { ...after, ...arrangementFacts(state, now) });
}

function payerName(state: BillingState, partyId: string): string {
  return findParty(state, partyId)?.record.name ?? partyId;
}

/**
 * `POST /payment-methods/setup-intents`: a test-tokenizer setup intent with an id from the state's
 * counter and an unguessable client secret (like Stripe's, it lets the holder confirm the intent).
 */
export function createSetupIntent(state: BillingState, user: UserRecord): SetupIntent {
  requirePayer(state, user, 'manage_payment_methods');
  requireGateway(state);
  state.sequences.setupIntent += 1;
  const id = `seti_test_${String(state.sequences.setupIntent).padStart(4, '0')}`;
  return { id, provider: 'test', clientSecret: secretToken(`${id}_secret_`), publishableKey: TEST_PUBLISHABLE_KEY };
}

/** True when `value` is a (US) bank account type. */
export function isBankAccountType(value: unknown): value is BankAccountType {
  return value === 'checking' || value === 'savings';
}

function ownMethod(state: BillingState, partyId: string, methodId: string): PaymentMethodRecord {
  const method = state.paymentMethods.find((m) => m.id === methodId && m.ownerPartyId === partyId && m.removedAt === null);
  // Another payer's method gets the same answer as a missing one: its existence never leaks.
  if (!method) throw new EngineError('not_found', 'There is no such payment method among yours.');
  return method;
}

function makeDefault(state: BillingState, method: PaymentMethodRecord): void {
  for (const other of state.paymentMethods) {
    if (other.ownerPartyId === method.ownerPartyId) other.isDefault = false;
  }
  method.isDefault = true;
}

function checkCard(input: NewCardInput, today: string, fields: Record<string, string>): void {
  // A run of 12+ digits is a card number, which must never reach the backend: only tokens may.
  if (/[0-9]{12,}/.test(input.token.replace(/[\s-]/g, ''))) {
    fields['token'] = 'Send the tokenizer\u2019s token, never a card number.';
  }
  const [year, month] = splitDate(today);
  const { expYear, expMonth } = input.card;
  if (!Number.isInteger(expMonth) || expMonth < 1 || expMonth > 12) fields['card.expMonth'] = 'Must be a month from 1 to 12.';
  else if (expYear < year) fields['card.expYear'] = 'This card has expired.';
  else if (expYear === year && expMonth < month) fields['card.expMonth'] = 'This card has expired.';
  if (!/^[0-9]{4}$/.test(input.card.last4)) fields['card.last4'] = 'Must be the last four digits of the card.';
}

function checkAddress(input: AddressInput, fields: Record<string, string>): AddressRecord {
  const address: AddressRecord = {
    name: input.name.trim(),
    line1: input.line1.trim(),
    line2: input.line2?.trim() ? input.line2.trim() : null,
    city: input.city.trim(),
    state: input.state.trim(),
    postalCode: input.postalCode.trim(),
    country: input.country.trim(),
  };
  if (address.name === '') fields['billingAddress.name'] = 'Enter the name on the billing address.';
  if (address.line1 === '') fields['billingAddress.line1'] = 'Enter the street address.';
  if (address.city === '') fields['billingAddress.city'] = 'Enter the city.';
  if (address.state === '') fields['billingAddress.state'] = 'Enter the state.';
  if (address.postalCode === '') fields['billingAddress.postalCode'] = 'Enter the postal code.';
  if (address.country === 'US') {
    if (!/^[A-Za-z]{2}$/.test(address.state)) fields['billingAddress.state'] = 'Use the two-letter state code, e.g. IL.';
    else address.state = address.state.toUpperCase();
    if (!/^[0-9]{5}(-?[0-9]{4})?$/.test(address.postalCode)) {
      fields['billingAddress.postalCode'] = 'Use a 5-digit ZIP code or ZIP+4 (e.g. 60540 or 60540-1234).';
    }
  }
  return address;
}

function cleanNickname(nickname: string | null | undefined, fields: Record<string, string>): string | null {
  const trimmed = nickname?.trim() ?? '';
  if (trimmed.length > 40) fields['nickname'] = 'At most 40 characters.';
  return trimmed === '' ? null : trimmed;
}

function throwIfInvalid(fields: Record<string, string>, message?: string): void {
  if (Object.keys(fields).length > 0) throw EngineError.validation(fields, message);
}
