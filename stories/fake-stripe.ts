// A stand-in for Stripe.js in Storybook, where js.stripe.com cannot be reached: a Card Element that
// draws a placeholder where Stripe's iframe would be and reports itself complete, and a
// PaymentMethod and SetupIntent that succeed. Injected through `createStripeTokenizer({ loadStripe })`.
// Like Stripe's own field, the placeholder words itself in the locale its Elements were given, and
// changes in place when `elements.update({ locale })` gives another.
import type { Stripe } from '@stripe/stripe-js';

/** What the placeholder says, in the locale's language (Spanish or English, as the widgets). */
function placeholderText(locale: string | undefined): string {
  return (locale ?? '').toLowerCase().startsWith('es')
    ? 'Campo de tarjeta de Stripe (simulado en Storybook: 4242 4242 4242 4242 · 12/30 · CVC)'
    : 'Stripe card field (a fake in Storybook: 4242 4242 4242 4242 · 12/30 · CVC)';
}

export function fakeStripe(): Stripe {
  const stripe = {
    elements: (options?: { locale?: string }) => {
      let locale = options?.locale;
      const fields = new Set<HTMLElement>();
      return {
        update(changed: { locale?: string }) {
          if (changed.locale) locale = changed.locale;
          for (const field of fields) field.textContent = placeholderText(locale);
        },
        create: () => {
          let onChange: ((event: { complete: boolean; error?: { message: string } }) => void) | undefined;
          let field: HTMLElement | null = null;
          return {
            on(event: string, handler: typeof onChange) {
              if (event === 'change') onChange = handler;
            },
            mount(node: HTMLElement) {
              node.innerHTML = `<div style="min-height: 44px; display: flex; align-items: center; padding: 0 0.75rem; border: 1px solid var(--alis-color-text-muted, #52606d); border-radius: 4px; color: var(--alis-color-text-muted, #52606d)"></div>`;
              field = node.firstElementChild as HTMLElement;
              field.textContent = placeholderText(locale);
              fields.add(field);
              queueMicrotask(() => onChange?.({ complete: true }));
            },
            focus() {},
            destroy() {
              if (field) fields.delete(field);
            },
          };
        },
      };
    },
    createPaymentMethod: async () => ({
      paymentMethod: { id: 'pm_storybook_4242', type: 'card', card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 } },
    }),
    confirmCardSetup: async () => ({ setupIntent: { id: 'seti_storybook', status: 'succeeded' } }),
  };
  return stripe as unknown as Stripe;
}
