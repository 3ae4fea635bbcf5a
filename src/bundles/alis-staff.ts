// The entry of the self-contained dist/alis-staff.js for the billing team's back-office page: the
// provider at once, every other staff tag on first use (./autoload.ts), so a page with the Payment
// Center does not download Connect access, and the reverse. The Payment Center loads its own tabs
// and sub-forms as they open. Exports what a page's own script uses; element classes are exported
// by the npm entries (`@alis/billing-widgets/staff`, `/components`), not here.
import '../define/alis-billing-provider.js';
import { autoload } from './autoload.js';
import { applyCreditPart, arrangementEditorPart, pullAllDuePart, pullPaymentPart, requestMethodPart, tabPanelParts } from '../components/payment-center/on-demand-parts.js';

/**
 * Loads our elements inside a root the bundle cannot see by itself: a shadow root of your own
 * component that holds `<alis-invoices>` and the like (`watchForAlisElements(this.shadowRoot)`).
 * The document is watched already. Returns a function that stops watching that root.
 */
export const watchForAlisElements = autoload({
  'alis-payment-center': () => import('../define/alis-payment-center.js'),
  'alis-connect-access': () => import('../define/alis-connect-access.js'),
  'alis-audit-trail': () => import('../define/alis-audit-trail.js'),
  'alis-access-profiles': () => import('../define/alis-access-profiles.js'),
  'alis-amount-input': () => import('../define/alis-amount-input.js'),
  // The Payment Center's panels and forms, each also usable on its own in a page.
  'alis-pc-undeposited': tabPanelParts.undeposited.load,
  'alis-pc-deposits': tabPanelParts.deposits.load,
  'alis-pc-payers': tabPanelParts.payers.load,
  'alis-pc-invoices': tabPanelParts.invoices.load,
  'alis-pc-history': tabPanelParts.history.load,
  'alis-pc-settings': tabPanelParts.settings.load,
  'alis-pc-arrangement-editor': arrangementEditorPart.load,
  'alis-pc-pull-payment': pullPaymentPart.load,
  'alis-pc-apply-credit': applyCreditPart.load,
  'alis-pc-pull-all-due': pullAllDuePart.load,
  'alis-pc-request-method': requestMethodPart.load,
});

export { AlisElement } from '../components/shared/alis-element.js';
export { AlisBillingProvider, type TokenProvider } from '../components/billing-provider/billing-provider.js';
export { alisClientContext } from '../components/shared/client-context.js';
export { tokenDefaults, type TokenName } from '../components/shared/token-defaults.js';
export * from './sdk-exports.js';
export * from '../events/staff-events.js';
export * from '../events/session-events.js';
export { formatMoney, formatDate, formatPeriod } from '../core/format.js';
// Languages: a host's own wording for any message, in English or Spanish.
export { overrideWords, clearWordOverrides } from '../core/i18n/overrides.js';
export { SUPPORTED_LANGUAGES, type Catalog, type PluralForms, type SupportedLanguage } from '../core/i18n/translate.js';
