import type { CardBrand, CardFunding } from '../types.js';
import { CardTokenizeError, type CardTokenizer, type TokenizedCard } from './card-tokenizer.js';
import { requestSetupIntent } from './setup-intent.js';
import type { TestCardFields } from './test-card-fields.js';
import { testCardFunding } from './test-card-funding.js';

/** What the mock gateway does when a saved test card is charged. */
export type TestCardOutcome = 'succeeds' | 'declined' | 'insufficient_funds';

/** A card number the test tokenizer accepts, the token it gives, and what charging it does. */
export interface TestCardNumber {
  /** As printed on the card (spaces between groups). */
  readonly number: string;
  readonly brand: CardBrand;
  /** The token {@link createTestTokenizer} returns for it. */
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

/** Options of {@link createTestTokenizer}. */
export interface TestTokenizerOptions {
  /**
   * Must be `true`, or the test tokenizer refuses to run: test card entry accepts made-up numbers,
   * so it is turned on deliberately (development, stories, tests), never by a default or a copied
   * snippet. A build flag works: `{ enabled: import.meta.env.DEV }` throws in production.
   */
  enabled: boolean;
  /** Today, for the expiry check (default: the real clock). Tests and stories pin it. */
  now?: () => Date;
}

/**
 * A card tokenizer for development, stories and tests: plain fields under a "Test mode" banner,
 * checked locally (Luhn checksum, brand, expiry, CVC length) and turned into a deterministic
 * `tok_…` token that the mock gateway understands (see {@link TEST_CARD_NUMBERS}). It still asks
 * the backend for a setup intent, like a real provider, and refuses one that is not for the test
 * provider, so it can never be used to save a card with a live gateway.
 *
 * The fields are light DOM inside the container, with their own scoped styles (sized by the
 * `--alis-*` tokens when set); their code is imported on first `mount`, like Stripe's, so pages
 * that never open card entry do not carry it. The inputs have no `name`, so a surrounding form
 * never submits them; the number and CVC are cleared after a successful `tokenize` and on
 * `destroy`, and nothing is ever stored. Labels and messages are in English whatever
 * `MountOptions.locale` says.
 *
 * It runs only when asked to by name, `createTestTokenizer({ enabled: true })`; without that it
 * throws, so production code cannot ship test card entry by accident. Production pages use
 * `createStripeTokenizer`.
 *
 * @throws {Error} when `options.enabled` is not `true`.
 */
export function createTestTokenizer(options: TestTokenizerOptions): CardTokenizer {
  if ((options as Partial<TestTokenizerOptions> | undefined)?.enabled !== true) {
    throw new Error(
      'createTestTokenizer() refuses to run unless enabled: test card entry accepts made-up card numbers. ' +
        'Call createTestTokenizer({ enabled: true }) in development, stories and tests only; production pages use createStripeTokenizer().',
    );
  }
  const now = options.now ?? (() => new Date());
  let mounted: TestCardFields | null = null;
  // Bumped by every mount and destroy, so a mount still importing the fields knows it was superseded.
  let generation = 0;

  const unmount = () => {
    generation++;
    mounted?.destroy();
    mounted = null;
  };

  return {
    kind: 'test',
    async mount(container, mountOptions = {}) {
      unmount();
      const mine = generation;
      const { TestCardFields } = await import('./test-card-fields.js');
      if (mine !== generation) return;
      mounted = new TestCardFields(container, mountOptions, now);
    },
    async tokenize(_billing, { client, signal }): Promise<TokenizedCard> {
      signal?.throwIfAborted();
      const fields = mounted;
      if (!fields) throw new CardTokenizeError('failed', 'Card entry is not open. Open it and enter the card again.');
      const { card, token } = fields.check();
      const intent = await requestSetupIntent(client, signal);
      if (intent.provider !== 'test') {
        throw new CardTokenizeError(
          'unavailable',
          'Test card entry cannot save cards for this community. Add a bank account instead, or contact the billing team.',
        );
      }
      // Only once the token exists: a payer whose save failed keeps what they typed.
      if (mounted === fields) fields.clearSecrets();
      return {
        token,
        setupIntentId: intent.id,
        card: { brand: card.brand, last4: card.last4, expMonth: card.expMonth, expYear: card.expYear, funding: testCardFunding(card.digits) },
      };
    },
    focus() {
      mounted?.focus();
    },
    destroy() {
      unmount();
    },
  };
}
