// The entry of the self-contained dist/alis-billing.js for a resident-portal page. It defines the
// provider at once (so the widgets inside it find it when they upgrade) and every other payer tag
// on first use (./autoload.ts): a page with the invoice widgets never downloads the pay flow, the
// forms, notification settings, the guide or accept-invitation. It exports what a page's own script
// uses (the SDK, tokenizers, events, formatters, tokens, contexts); element classes are exported by
// the npm entries (`@alis/billing-widgets/payer`, `/components`), not here, since exporting them
// would load them all.
import '../define/alis-billing-provider.js';
import { autoload } from './autoload.js';

/**
 * Loads our elements inside a root the bundle cannot see by itself: a shadow root of your own
 * component that holds `<alis-invoices>` and the like (`watchForAlisElements(this.shadowRoot)`).
 * The document is watched already. Returns a function that stops watching that root.
 */
export const watchForAlisElements = autoload({
  'alis-invoices': () => import('../define/alis-invoices.js'),
  'alis-pay-outstanding': () => import('../define/alis-pay-outstanding.js'),
  'alis-payment-history': () => import('../define/alis-payment-history.js'),
  'alis-payment-methods': () => import('../define/alis-payment-methods.js'),
  'alis-notification-settings': () => import('../define/alis-notification-settings.js'),
  'alis-payment-guide': () => import('../define/alis-payment-guide.js'),
  'alis-accept-invitation': () => import('../define/alis-accept-invitation.js'),
  // Also usable on their own in a page.
  'alis-pay-flow': () => import('../define/alis-pay-flow.js'),
  'alis-add-payment-method': () => import('../define/alis-add-payment-method.js'),
  'alis-amount-input': () => import('../define/alis-amount-input.js'),
  'alis-address-fields': () => import('../define/alis-add-payment-method.js'),
  'alis-bank-account-fields': () => import('../define/alis-add-payment-method.js'),
});

export { AlisElement } from '../components/shared/alis-element.js';
export { AlisBillingProvider, type TokenProvider } from '../components/billing-provider/billing-provider.js';
export { alisClientContext } from '../components/shared/client-context.js';
export { alisTokenizerContext } from '../components/shared/tokenizer-context.js';
export { tokenDefaults, type TokenName } from '../components/shared/tokens.js';
export * from '../sdk/index.js';
// Shadows the SDK's own factory (an explicit export wins over `export *`): Stripe's code loads on first mount.
export { createStripeTokenizer } from './stripe-on-demand.js';
export * from '../events/payment-events.js';
export * from '../events/payment-method-events.js';
export * from '../events/notification-events.js';
export * from '../events/session-events.js';
export { AlisInvitationAcceptedEvent } from '../events/staff-events.js';
export { formatMoney, formatDate, formatPeriod } from '../core/format.js';
export { parseAmount, formatAmountForInput, type AmountParse } from '../core/amount.js';
