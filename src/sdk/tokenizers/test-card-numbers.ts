// The test card numbers, apart from the test tokenizer's code, so a page can list them without
// loading card entry.
import type { CardBrand, CardFunding } from '../types.js';

/** What the mock gateway does when a saved test card is charged. */
export type TestCardOutcome = 'succeeds' | 'declined' | 'insufficient_funds';

/** A card number the test tokenizer accepts, the token it gives, and what charging it does. */
export interface TestCardNumber {
  /** As printed on the card (spaces between groups). */
  readonly number: string;
  readonly brand: CardBrand;
  /** The token `createTestTokenizer` returns for it. */
  readonly token: string;
  /** What the mock gateway does when the saved card is charged (see `src/mock-server/engine/gateway.ts`). */
  readonly outcome: TestCardOutcome;
  /** How the card is funded, as Stripe reports its test number; decides whether the card fee applies. */
  readonly funding: CardFunding;
}

/**
 * Card numbers for development, stories and tests, with the mock gateway's outcome for each. Any
 * other number that passes the checksum also works (any expiry not in the past, a CVC of the
 * brand's length) and gives `tok_<brand>_<last4>`, which charges successfully unless its last four
 * digits are 0002 (declined) or 9995 (insufficient funds).
 *
 * | number              | brand      | funding | token                   | when charged       |
 * |---------------------|------------|---------|-------------------------|--------------------|
 * | 4242 4242 4242 4242 | visa       | credit  | `tok_visa_4242`         | succeeds           |
 * | 4000 0566 5566 5556 | visa       | debit   | `tok_visa_5556`         | succeeds           |
 * | 5200 8282 8282 8210 | mastercard | debit   | `tok_mastercard_8210`   | succeeds           |
 * | 5105 1051 0510 5100 | mastercard | prepaid | `tok_mastercard_5100`   | succeeds           |
 * | 4000 0000 0000 0002 | visa       | credit  | `tok_chargeDeclined`    | declined           |
 * | 4000 0000 0000 9995 | visa       | credit  | `tok_insufficientFunds` | insufficient funds |
 * | 5555 5555 5555 4444 | mastercard | credit  | `tok_mastercard_4444`   | succeeds           |
 * | 3782 822463 10005   | amex       | credit  | `tok_amex_0005`         | succeeds           |
 * | 6011 1111 1111 1117 | discover   | credit  | `tok_discover_1117`     | succeeds           |
 *
 * The funding is Stripe's for its test numbers (debit and prepaid cards pay no card fee unless the
 * community's settings say otherwise); any other number is a credit card.
 */
export const TEST_CARD_NUMBERS: readonly TestCardNumber[] = Object.freeze([
  { number: '4242 4242 4242 4242', brand: 'visa', token: 'tok_visa_4242', outcome: 'succeeds', funding: 'credit' },
  { number: '4000 0566 5566 5556', brand: 'visa', token: 'tok_visa_5556', outcome: 'succeeds', funding: 'debit' },
  { number: '5200 8282 8282 8210', brand: 'mastercard', token: 'tok_mastercard_8210', outcome: 'succeeds', funding: 'debit' },
  { number: '5105 1051 0510 5100', brand: 'mastercard', token: 'tok_mastercard_5100', outcome: 'succeeds', funding: 'prepaid' },
  { number: '4000 0000 0000 0002', brand: 'visa', token: 'tok_chargeDeclined', outcome: 'declined', funding: 'credit' },
  { number: '4000 0000 0000 9995', brand: 'visa', token: 'tok_insufficientFunds', outcome: 'insufficient_funds', funding: 'credit' },
  { number: '5555 5555 5555 4444', brand: 'mastercard', token: 'tok_mastercard_4444', outcome: 'succeeds', funding: 'credit' },
  { number: '3782 822463 10005', brand: 'amex', token: 'tok_amex_0005', outcome: 'succeeds', funding: 'credit' },
  { number: '6011 1111 1111 1117', brand: 'discover', token: 'tok_discover_1117', outcome: 'succeeds', funding: 'credit' },
]);

