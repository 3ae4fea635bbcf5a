// The entry of the self-contained dist/alis-billing.js for a resident-portal page. It is small on
// purpose: it asks who the user is and sends the widgets' first reads (./head-start.ts) before the
// rest of the code has arrived, then loads the provider and each payer tag on first use
// (./autoload.ts): a page with the invoice widgets never downloads the pay flow, the forms,
// notification settings, the guide or accept-invitation. It exports what a page's own script uses
// (the SDK, tokenizers, events, formatters, tokens, contexts); element classes, and with them Lit,
// are exported by the npm entries (`@alis/billing-widgets/payer`, `/components`), not here, since
// exporting them would make every page wait for them before its first request.
import { autoload } from './autoload.js';
import { defineInTurn } from './define-in-turn.js';
import { startReadsEarly } from './head-start.js';
import { payerFirstReads } from '../components/shared/first-reads.js';

startReadsEarly(document, payerFirstReads);

// The provider's chunk is the one every element's chunk imports (rollup.config.mjs,
// `firstScreenChunks`), so it is defined before any widget upgrades and looks for it. Asked for here
// as well, so it downloads alongside the widgets' chunk rather than after it.
const provider = (): Promise<unknown> => import('../define/alis-billing-provider.js');
void provider();

/**
 * Loads our elements inside a root the bundle cannot see by itself: a shadow root of your own
 * component that holds `<alis-invoices>` and the like (`watchForAlisElements(this.shadowRoot)`).
 * The document is watched already. Returns a function that stops watching that root.
 */
export const watchForAlisElements = autoload({
  'alis-billing-provider': provider,
  // The four usual widgets, each defined in a task of its own (./define-in-turn.ts).
  'alis-invoices': () => import('../components/invoices/invoices.js').then((module) => defineInTurn('alis-invoices', module.AlisInvoices)),
  'alis-pay-outstanding': () =>
    import('../components/pay-outstanding/pay-outstanding.js').then((module) => defineInTurn('alis-pay-outstanding', module.AlisPayOutstanding)),
  'alis-payment-history': () =>
    import('../components/payment-history/payment-history.js').then((module) => defineInTurn('alis-payment-history', module.AlisPaymentHistory)),
  'alis-payment-methods': () =>
    import('../components/payment-methods/payment-methods.js').then((module) => defineInTurn('alis-payment-methods', module.AlisPaymentMethods)),
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

export type { TokenProvider } from '../components/billing-provider/billing-provider.js';
export { alisClientContext } from '../components/shared/client-context.js';
export { alisTokenizerContext } from '../components/shared/tokenizer-context.js';
export { tokenDefaults, type TokenName } from '../components/shared/token-defaults.js';
export * from './sdk-exports.js';
export * from '../events/payment-events.js';
export * from '../events/payment-method-events.js';
export * from '../events/notification-events.js';
export * from '../events/session-events.js';
export { AlisInvitationAcceptedEvent } from '../events/invitation-events.js';
export { formatMoney, formatDate, formatPeriod } from '../core/format.js';
// Languages: a host's own wording for any message, in English or Spanish.
export { overrideWords, clearWordOverrides } from '../core/i18n/overrides.js';
export { SUPPORTED_LANGUAGES, type Catalog, type PluralForms, type SupportedLanguage } from '../core/i18n/translate.js';
