// Why this exists: a page's script imports `createStripeTokenizer` (or, in development,
// `createTestTokenizer`) from dist/alis-billing.js and hands the tokenizer to the provider at once,
// long before anyone opens card entry; exporting the SDK's factories themselves put all of card
// entry (about 3.5 kB gzipped) in front of every payer page's first request (issue 15). These
// factories return at once and load the real tokenizer on first `mount` or `tokenize`, when the
// add-method form opens; the npm entries keep the SDK's own factories.
import { CardTokenizeError, type CardTokenizer } from '../sdk/tokenizers/card-tokenizer.js';
import type { StripeTokenizerOptions } from '../sdk/tokenizers/stripe-tokenizer.js';
import type { TestTokenizerOptions } from '../sdk/tokenizers/test-tokenizer.js';

/**
 * The SDK's `createStripeTokenizer(options)`, whose code loads on first use. Behaves the same:
 * `mount`, `tokenize`, `focus` and `destroy` reach the real tokenizer once it has loaded; a mount
 * superseded by `destroy` or another mount while loading does nothing.
 */
export function createStripeTokenizer(options: StripeTokenizerOptions): CardTokenizer {
  return onDemand('stripe', () => import('../sdk/tokenizers/stripe-tokenizer.js').then((module) => module.createStripeTokenizer(options)));
}

/**
 * The SDK's `createTestTokenizer(options)`, whose code loads on first use; like it, it refuses to
 * run unless `enabled` is `true` (test card entry accepts made-up numbers).
 */
export function createTestTokenizer(options: TestTokenizerOptions): CardTokenizer {
  if ((options as Partial<TestTokenizerOptions> | undefined)?.enabled !== true) {
    throw new Error(
      'createTestTokenizer() refuses to run unless enabled: test card entry accepts made-up card numbers. ' +
        'Call createTestTokenizer({ enabled: true }) in development, stories and tests only; production pages use createStripeTokenizer().',
    );
  }
  return onDemand('test', () => import('../sdk/tokenizers/test-tokenizer.js').then((module) => module.createTestTokenizer(options)));
}

/** A tokenizer of `kind` that creates the real one with `create` on first `mount` or `tokenize`. */
function onDemand(kind: CardTokenizer['kind'], create: () => Promise<CardTokenizer>): CardTokenizer {
  let real: CardTokenizer | undefined;
  let loading: Promise<CardTokenizer> | undefined;
  // Bumped by every mount and destroy, so a mount still loading knows it was superseded.
  let generation = 0;

  const load = (): Promise<CardTokenizer> => {
    loading ??= create().then(
      (tokenizer) => (real = tokenizer),
      (cause: unknown) => {
        loading = undefined;
        throw new CardTokenizeError('unavailable', 'Card entry could not be loaded. Check your connection and try again, or add a bank account instead.', null, { cause });
      },
    );
    return loading;
  };

  return {
    kind,
    async mount(container, mountOptions) {
      const mine = ++generation;
      const tokenizer = await load();
      if (mine !== generation) return;
      await tokenizer.mount(container, mountOptions);
    },
    async tokenize(billing, context) {
      return (await load()).tokenize(billing, context);
    },
    focus() {
      real?.focus();
    },
    destroy() {
      generation++;
      real?.destroy();
    },
  };
}
