// How Stripe's test card numbers are funded. Its own module: the test tokenizer needs it up front,
// while the card-number arithmetic (`card-number.ts`) is loaded only with the test card fields.
import type { CardFunding } from '../types.js';

/**
 * Stripe's documented test numbers for cards that are not credit cards: Visa debit
 * 4000 0566 5566 5556, Mastercard debit 5200 8282 8282 8210, Mastercard prepaid 5105 1051 0510 5100.
 */
const TEST_FUNDINGS: Readonly<Record<string, CardFunding>> = {
  '4000056655665556': 'debit',
  '5200828282828210': 'debit',
  '5105105105105100': 'prepaid',
};

/**
 * How the test card with these digits is funded, as Stripe reports `card.funding` for its test
 * numbers: debit or prepaid for the numbers above, credit for every other number.
 */
export function testCardFunding(digits: string): CardFunding {
  return TEST_FUNDINGS[digits] ?? 'credit';
}
