import { CardTokenizeError, type CardTokenizer, type TokenizedCard } from './card-tokenizer.js';
import { requestSetupIntent } from './setup-intent.js';
import type { TestCardFields, TestCardLabels } from './test-card-fields.js';
import { testCardFunding } from './test-card-funding.js';

export { TEST_CARD_NUMBERS, type TestCardNumber, type TestCardOutcome } from './test-card-numbers.js';

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
  /** The fields' labels and banner in the page's language; each left out reads in the widget's words (English by default). */
  labels?: Partial<TestCardLabels>;
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
 * `destroy`, and nothing is ever stored. Labels are in English unless `labels` gives others;
 * messages are in English whatever `MountOptions.locale` says. The widget mounting the fields may
 * pass its own translated labels (`MountOptions.labels`, changed in place by `update`); those
 * given here win.
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
      mounted = new TestCardFields(container, mountOptions, now, options.labels);
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
    validate() {
      if (!mounted) return [new CardTokenizeError('failed', 'Card entry is not open. Open it and enter the card again.')];
      return mounted.validate();
    },
    update(updateOptions) {
      mounted?.relabel(updateOptions.labels);
    },
    focus() {
      mounted?.focus();
    },
    destroy() {
      unmount();
    },
  };
}
