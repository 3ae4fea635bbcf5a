// dist/alis-billing.js exports a createStripeTokenizer whose code loads on first mount
// (src/bundles/tokenizers-on-demand.ts): it must behave like the SDK's own, including a mount that a
// destroy supersedes while the code is still loading.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { Stripe } from '@stripe/stripe-js';
import { createStripeTokenizer } from '../../src/bundles/tokenizers-on-demand.js';

/** A Stripe stand-in whose Card Element writes a placeholder where Stripe's iframe would be. */
function fakeStripe(): { loads: number; load: () => Promise<Stripe> } {
  const state = { loads: 0 };
  const card = {
    mount(node: HTMLElement) {
      node.innerHTML = '<div class="fake-card">Card number</div>';
    },
    on() {
      return card;
    },
    focus() {},
    destroy() {},
  };
  return {
    get loads() {
      return state.loads;
    },
    load: async () => {
      state.loads++;
      return { elements: () => ({ create: () => card }) } as unknown as Stripe;
    },
  };
}

describe('createStripeTokenizer of the self-contained bundle', () => {
  it('returns at once, loads Stripe card entry on first mount and mounts it', async () => {
    const stripe = fakeStripe();
    const tokenizer = createStripeTokenizer({ publishableKey: 'pk_test_x', loadStripe: stripe.load });
    expect(tokenizer.kind).to.equal('stripe');
    expect(stripe.loads, 'nothing loads before card entry opens').to.equal(0);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    await tokenizer.mount(container);
    expect(container.querySelector('.fake-card'), 'the card field mounted').to.not.equal(null);
    tokenizer.destroy();
  });

  it('does not mount when destroyed while its code was still loading', async () => {
    const stripe = fakeStripe();
    const tokenizer = createStripeTokenizer({ publishableKey: 'pk_test_x', loadStripe: stripe.load });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const mounting = tokenizer.mount(container);
    tokenizer.destroy();
    await mounting;
    await waitUntil(() => true);
    expect(container.querySelector('.fake-card'), 'a destroyed tokenizer mounted its field').to.equal(null);
  });
});
