// Card brands by the names people know them by. The contract's `CardBrand` is a code ("amex"); the
// engine's masked labels ("American Express •••• 0005") and the widgets' method names both say it
// in words, so the words live here beside the contract both sides read, rather than twice.
import type { components } from './generated/openapi-schema.js';

/** A brand as the contract names it (`visa`, `amex`, …, `unknown`). */
export type CardBrandCode = components['schemas']['CardBrand'];

/** Each brand by name; a card of unknown brand is just "Card". */
export const CARD_BRAND_NAMES: Readonly<Record<CardBrandCode, string>> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  unknown: 'Card',
};

/** The name of `brand`, or "Card" for a code this version does not know. */
export function cardBrandName(brand: string): string {
  return (CARD_BRAND_NAMES as Readonly<Record<string, string>>)[brand] ?? 'Card';
}
