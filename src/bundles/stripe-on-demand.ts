// Why this exists: a page's script imports `createStripeTokenizer` from dist/alis-billing.js and
// hands the tokenizer to the provider at once, long before anyone opens card entry; exporting the
// SDK's factory itself put all of Stripe card entry (about 2.5 kB gzipped) in front of every payer
// page (issue 15). This factory returns at once and loads the real tokenizer on first `mount` or
// `tokenize`, when the add-method form opens; the npm entries keep the SDK's own factory.
import { CardTokenizeError, type CardTokenizer } from '../sdk/tokenizers/card-tokenizer.js';
import type { StripeTokenizerOptions } from '../sdk/tokenizers/stripe-tokenizer.js';

/**
 * The SDK's `createStripeTokenizer(options)`, whose code loads on first use. Behaves the same:
 * `mount`, `tokenize`, `focus` and `destroy` reach the real tokenizer once it has loaded; a mount
 * superseded by `destroy` or another mount while loading does nothing.
 */
export function createStripeTokenizer(options: StripeTokenizerOptions): CardTokenizer {
  let real: CardTokenizer | undefined;
  let loading: Promise<CardTokenizer> | undefined;
  // Bumped by every mount and destroy, so a mount still loading knows it was superseded.
  let generation = 0;

  const load = (): Promise<CardTokenizer> => {
    loading ??= import('../sdk/tokenizers/stripe-tokenizer.js').then(
      (module) => (real = module.createStripeTokenizer(options)),
      (cause: unknown) => {
        loading = undefined;
        throw new CardTokenizeError('unavailable', 'Card entry could not be loaded. Check your connection and try again, or add a bank account instead.', null, { cause });
      },
    );
    return loading;
  };

  return {
    kind: 'stripe',
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
