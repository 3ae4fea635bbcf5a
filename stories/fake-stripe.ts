// A stand-in for Stripe.js in Storybook, where js.stripe.com cannot be reached: a Card Element that
// draws a placeholder where Stripe's iframe would be and reports itself complete, and a
// PaymentMethod and SetupIntent that succeed. Injected through `createStripeTokenizer({ loadStripe })`.
import type { Stripe } from '@stripe/stripe-js';

export function fakeStripe(): Stripe {
  const stripe = {
    elements: () => ({
      create: () => {
        let onChange: ((event: { complete: boolean; error?: { message: string } }) => void) | undefined;
        return {
          on(event: string, handler: typeof onChange) {
            if (event === 'change') onChange = handler;
          },
          mount(node: HTMLElement) {
            node.innerHTML = `<div style="min-height: 44px; display: flex; align-items: center; padding: 0 0.75rem; border: 1px solid var(--alis-color-text-muted, #52606d); border-radius: 4px; color: var(--alis-color-text-muted, #52606d)">
              Stripe card field (a fake in Storybook: 4242 4242 4242 4242 · 12/30 · CVC)</div>`;
            queueMicrotask(() => onChange?.({ complete: true }));
          },
          focus() {},
          destroy() {},
        };
      },
    }),
    createPaymentMethod: async () => ({
      paymentMethod: { id: 'pm_storybook_4242', type: 'card', card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 } },
    }),
    confirmCardSetup: async () => ({ setupIntent: { id: 'seti_storybook', status: 'succeeded' } }),
  };
  return stripe as unknown as Stripe;
}
