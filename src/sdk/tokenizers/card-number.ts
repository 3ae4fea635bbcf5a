// Card-number arithmetic for the test tokenizer: checksum, brand, lengths and expiry. Pure
// functions (no DOM, no clock of their own) so they are unit- and property-tested in Node.
import type { CardBrand } from '../types.js';
import type { CardTokenizeError } from './card-tokenizer.js';

/** A card field. */
export type CardField = 'number' | 'expiry' | 'cvc';

/** Why one field is not acceptable: a {@link CardTokenizeError} code and the words to show. */
export interface CardFieldError {
  code: CardTokenizeError['code'];
  message: string;
}

/** A card as entered, checked: the digits, what they say about the card, and the expiry. */
export interface CheckedCard {
  digits: string;
  brand: CardBrand;
  last4: string;
  expMonth: number;
  expYear: number;
}

/** The result of {@link checkCardEntry}: the card, or what is wrong with each field. */
export type CardEntryCheck = { ok: true; card: CheckedCard } | { ok: false; errors: Partial<Record<CardField, CardFieldError>> };

/** Spaces and dashes payers type (or paste) between groups of digits. */
const SEPARATORS = /[\s-]/g;

/** The digits of a typed card number, or null when it holds anything but digits, spaces and dashes. */
export function cardDigits(text: string): string | null {
  const digits = text.replace(SEPARATORS, '');
  return /^[0-9]*$/.test(digits) ? digits : null;
}

/** Whether a string of digits passes the Luhn (mod 10) checksum every card number carries. */
export function luhnValid(digits: string): boolean {
  if (!/^[0-9]+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Double every second digit from the right (the check digit itself is not doubled).
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The Luhn check digit that completes `payload` (the number without its last digit). */
export function luhnCheckDigit(payload: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    if (luhnValid(`${payload}${digit}`)) return String(digit);
  }
  throw new Error('unreachable: one of ten check digits always fits');
}

const prefixBetween = (digits: string, length: number, low: number, high: number): boolean => {
  if (digits.length < length) return false;
  const prefix = Number(digits.slice(0, length));
  return prefix >= low && prefix <= high;
};

/**
 * The card network a number belongs to, from its leading digits (IIN ranges): Visa 4; Mastercard
 * 51–55 and 2221–2720; American Express 34 and 37; Discover 6011, 644–649 and 65; Diners Club 36,
 * 300–305, 38 and 39; JCB 3528–3589; UnionPay 62 (after Discover's ranges). Anything else is
 * `unknown`.
 */
export function brandOf(digits: string): CardBrand {
  if (digits.startsWith('4')) return 'visa';
  if (prefixBetween(digits, 2, 51, 55) || prefixBetween(digits, 4, 2221, 2720)) return 'mastercard';
  if (digits.startsWith('34') || digits.startsWith('37')) return 'amex';
  if (digits.startsWith('6011') || digits.startsWith('65') || prefixBetween(digits, 3, 644, 649)) return 'discover';
  if (prefixBetween(digits, 4, 3528, 3589)) return 'jcb';
  if (digits.startsWith('36') || digits.startsWith('38') || digits.startsWith('39') || prefixBetween(digits, 3, 300, 305)) return 'diners';
  if (digits.startsWith('62')) return 'unionpay';
  return 'unknown';
}

/** The number lengths a brand issues. */
export function numberLengths(brand: CardBrand): readonly number[] {
  switch (brand) {
    case 'visa':
      return [13, 16, 19];
    case 'mastercard':
      return [16];
    case 'amex':
      return [15];
    case 'diners':
      return [14, 15, 16, 17, 18, 19];
    case 'discover':
    case 'jcb':
    case 'unionpay':
      return [16, 17, 18, 19];
    case 'unknown':
      return [12, 13, 14, 15, 16, 17, 18, 19];
  }
}

/** How many digits the security code (CVC) has: four on the front of an American Express card, otherwise three. */
export function cvcLength(brand: CardBrand): number {
  return brand === 'amex' ? 4 : 3;
}

/** The number grouped as it is printed on the card (4-6-5 for American Express, otherwise groups of four). */
export function formatCardNumber(digits: string): string {
  if (brandOf(digits) === 'amex') {
    return [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)].filter(Boolean).join(' ');
  }
  return digits.replace(/(.{4})(?=.)/g, '$1 ');
}

/** A card's expiry: the card is good through the last day of this month. */
export interface CardExpiry {
  month: number;
  year: number;
}

/**
 * Reads an expiry as payers type it: `MM/YY`, `MM/YYYY`, `MMYY` or `M/YY`, with optional spaces
 * or a dash instead of the slash. Returns null when it is not a month and a year (a month outside
 * 1–12 is returned as typed, for {@link checkExpiry} to name).
 */
export function parseExpiry(text: string): CardExpiry | null {
  const trimmed = text.trim();
  const match = /^([0-9]{1,2})\s*[/-]\s*([0-9]{2}|[0-9]{4})$/.exec(trimmed) ?? /^([0-9]{2})([0-9]{2})$/.exec(trimmed);
  const [, monthText, yearText] = match ?? [];
  if (!monthText || !yearText) return null;
  const month = Number(monthText);
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  return { month, year };
}

/** `MM/YY` for an expiry. */
export function formatExpiry({ month, year }: CardExpiry): string {
  return `${String(month).padStart(2, '0')}/${String(year % 100).padStart(2, '0')}`;
}

/** Years ahead beyond which an expiry is surely mistyped (issuers print at most a few). */
const MAX_YEARS_AHEAD = 20;

/**
 * What is wrong with an expiry typed as `text`, on the payer's calendar day `now`, or null when it
 * is fine. A card expires after the last day of its month, so this month is still good.
 */
export function checkExpiry(text: string, now: Date): CardFieldError | null {
  if (text.trim() === '') return { code: 'incomplete', message: 'Enter the expiry date shown on the card (MM/YY).' };
  const expiry = parseExpiry(text);
  if (!expiry) return { code: 'invalid_expiry', message: 'Enter the expiry date as month and year, for example 04/29.' };
  if (expiry.month < 1 || expiry.month > 12) return { code: 'invalid_expiry', message: 'The expiry month must be from 01 to 12.' };
  const thisYear = now.getFullYear();
  const thisMonth = now.getMonth() + 1;
  if (expiry.year < thisYear || (expiry.year === thisYear && expiry.month < thisMonth)) {
    return { code: 'invalid_expiry', message: 'This card has expired. Use a card with a later expiry date.' };
  }
  if (expiry.year > thisYear + MAX_YEARS_AHEAD) return { code: 'invalid_expiry', message: 'Check the expiry year: it is too far ahead.' };
  return null;
}

/** What is wrong with a typed card number, or null when it could be a card of its brand. */
export function checkCardNumber(text: string): CardFieldError | null {
  const digits = cardDigits(text);
  if (digits === null) return { code: 'invalid_number', message: 'A card number has only digits. Check what you typed.' };
  if (digits === '') return { code: 'incomplete', message: 'Enter the card number.' };
  const lengths = numberLengths(brandOf(digits));
  if (digits.length < Math.min(...lengths)) return { code: 'incomplete', message: 'The card number is too short. Enter every digit.' };
  if (!lengths.includes(digits.length)) return { code: 'invalid_number', message: 'The card number has too many or too few digits for its card type.' };
  if (!luhnValid(digits)) return { code: 'invalid_number', message: 'This card number is not valid. Check the digits and try again.' };
  return null;
}

/** What is wrong with a typed security code for a card of `brand`, or null when it has the right length. */
export function checkCvc(text: string, brand: CardBrand): CardFieldError | null {
  const cvc = text.trim();
  const length = cvcLength(brand);
  if (cvc === '') return { code: 'incomplete', message: 'Enter the security code (CVC).' };
  if (!/^[0-9]+$/.test(cvc)) return { code: 'invalid_cvc', message: 'The security code has only digits.' };
  if (cvc.length !== length) {
    const where = brand === 'amex' ? 'on the front of the card' : 'on the back of the card';
    return { code: cvc.length < length ? 'incomplete' : 'invalid_cvc', message: `The security code is ${length} digits, ${where}.` };
  }
  return null;
}

/** Checks a whole card entry on the payer's calendar day `now`: every field's problem, or the card. */
export function checkCardEntry(entry: { number: string; expiry: string; cvc: string }, now: Date): CardEntryCheck {
  const digits = cardDigits(entry.number) ?? '';
  const brand = brandOf(digits);
  const errors: Partial<Record<CardField, CardFieldError>> = {};
  const numberError = checkCardNumber(entry.number);
  const expiryError = checkExpiry(entry.expiry, now);
  const cvcError = checkCvc(entry.cvc, brand);
  if (numberError) errors.number = numberError;
  if (expiryError) errors.expiry = expiryError;
  if (cvcError) errors.cvc = cvcError;
  const expiry = parseExpiry(entry.expiry);
  if (numberError || expiryError || cvcError || !expiry) return { ok: false, errors };
  return { ok: true, card: { digits, brand, last4: digits.slice(-4), expMonth: expiry.month, expYear: expiry.year } };
}

export { testCardFunding } from './test-card-funding.js';

/** Tokens the mock gateway reads by name rather than by brand and last four digits. */
const NAMED_TEST_TOKENS: Readonly<Record<string, string>> = {
  '4000000000000002': 'tok_chargeDeclined',
  '4000000000009995': 'tok_insufficientFunds',
};

/**
 * The test tokenizer's token for a valid number's digits: deterministic, never the number itself
 * (`tok_<brand>_<last4>`, or the mock gateway's named decline tokens; see `TEST_CARD_NUMBERS`).
 */
export function testCardToken(digits: string): string {
  return NAMED_TEST_TOKENS[digits] ?? `tok_${brandOf(digits)}_${digits.slice(-4)}`;
}
