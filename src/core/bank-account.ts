import { english, type Translate } from './i18n/translate.js';

/** `checking` or `savings`, as the API's `BankAccountType`. */
export type BankAccountType = 'checking' | 'savings';

/** What the bank-account fields hold, as a save request sends it: account and routing numbers as digits only. */
export interface BankAccountEntry {
  holderName: string;
  accountType: BankAccountType;
  routingNumber: string;
  accountNumber: string;
}

/** A field of a bank account that the server may refuse. */
export type BankAccountField = keyof BankAccountEntry;

/** The longest account holder name the API accepts, in characters. */
export const HOLDER_NAME_MAX_LENGTH = 100;

/** Characters people type between digit groups; they are accepted and dropped. */
const SEPARATORS = /[\s-]/g;

/** Every character of `value` that is a digit 0–9, in order: "0110-0001 5" → "011000015". */
export function digitsOnly(value: string): string {
  return String(value ?? '').replace(/[^0-9]/g, '');
}

/** The last four digits of an account number, the only part that is ever shown or kept. */
export function last4(value: string): string {
  return digitsOnly(value).slice(-4);
}

/**
 * The ABA check-digit test: the nine digits, weighted 3, 7, 1, 3, 7, 1, 3, 7, 1, add up to a
 * multiple of 10. Because every weight is coprime with 10, any single mistyped digit fails it.
 */
export function routingChecksumPasses(digits: string): boolean {
  if (!/^[0-9]{9}$/.test(digits)) return false;
  const weights = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (weights[i % 3] ?? 0);
  return sum % 10 === 0;
}

/** What is wrong with the account holder's name, or null when it is fine. */
export function holderNameProblem(value: string, t: Translate = english): string | null {
  const name = String(value ?? '').trim();
  if (name === '') return t('Enter the name on the bank account.');
  const length = [...name].length;
  if (length > HOLDER_NAME_MAX_LENGTH) return t('Use at most {max} characters (this has {length}).', { max: String(HOLDER_NAME_MAX_LENGTH), length: String(length) });
  return null;
}

/**
 * What is wrong with a US routing number as typed, in words, or null when it is fine.
 * Spaces and hyphens between digits are accepted; the number must then be 9 digits that pass the
 * ABA check-digit test.
 */
export function routingNumberProblem(value: string, t: Translate = english): string | null {
  const typed = String(value ?? '').replace(SEPARATORS, '');
  if (typed === '') return t('Enter the routing number.');
  if (!/^[0-9]+$/.test(typed)) return t('Use only digits: a routing number is 9 numbers, with no letters.');
  if (typed.length !== 9) return t('A routing number has 9 digits; this has {length}.', { length: String(typed.length) });
  if (!routingChecksumPasses(typed)) {
    return t(
      "This routing number doesn't check out — the 9 digits fail the bank's check-digit test, so one is probably mistyped. It is the first number printed at the bottom left of a check.",
    );
  }
  return null;
}

/**
 * What is wrong with a bank account number as typed, in words, or null when it is fine: 4 to 17
 * digits, with spaces or hyphens between them allowed (they are dropped).
 */
export function accountNumberProblem(value: string, t: Translate = english): string | null {
  const typed = String(value ?? '').replace(SEPARATORS, '');
  if (typed === '') return t('Enter the account number.');
  if (!/^[0-9]+$/.test(typed)) return t('Use only digits in the account number (spaces and hyphens are fine).');
  if (typed.length < 4 || typed.length > 17) return t('An account number has 4 to 17 digits; this has {length}.', { length: String(typed.length) });
  return null;
}

/** True when both entries are the same number, ignoring spaces, hyphens and anything else that is not a digit. */
export function accountNumbersMatch(a: string, b: string): boolean {
  return digitsOnly(a) === digitsOnly(b);
}

/** What is wrong with the "confirm account number" entry, or null when it repeats `accountNumber`. */
export function confirmAccountNumberProblem(accountNumber: string, confirmation: string, t: Translate = english): string | null {
  if (String(confirmation ?? '').trim() === '') return t('Enter the account number again to confirm it.');
  return accountNumbersMatch(accountNumber, confirmation) ? null : t("The account numbers don't match.");
}
