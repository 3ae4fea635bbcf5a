// What a resident-portal page needs, for apps that npm-import the package: registers every payer
// element (the steps the widgets open too, which they would otherwise load on demand) and exports
// their classes, events, the SDK and the card tokenizers. The self-contained dist/alis-billing.js
// is built from src/bundles/alis-billing.ts instead, which loads each tag on first use.
// The provider is defined first so that its children find it when they upgrade.
import './define/alis-billing-provider.js';
import './define/alis-invoices.js';
import './define/alis-pay-outstanding.js';
import './define/alis-payment-history.js';
import './define/alis-payment-methods.js';
import './define/alis-accept-invitation.js';
import './define/alis-notification-settings.js';
import './define/alis-payment-guide.js';
import './define/alis-pay-flow.js';
import './define/alis-add-payment-method.js';
import './define/alis-amount-input.js';

export { AlisElement } from './components/shared/alis-element.js';
export { AlisBillingProvider, type TokenProvider } from './components/billing-provider/billing-provider.js';
export { AlisInvoices, type InvoiceFilter } from './components/invoices/invoices.js';
export { AlisPayOutstanding } from './components/pay-outstanding/pay-outstanding.js';
export { AlisPaymentHistory } from './components/payment-history/payment-history.js';
export { AlisPayFlow, type PayStep, type PayTarget } from './components/pay-flow/pay-flow.js';
export { AlisAmountInput } from './components/amount-input/amount-input.js';
export { AlisPaymentMethods } from './components/payment-methods/payment-methods.js';
export { AlisAddPaymentMethod, type NewMethodKind } from './components/add-payment-method/add-payment-method.js';
export { AlisAddressFields } from './components/payment-methods/address-fields.js';
export { AlisBankAccountFields } from './components/payment-methods/bank-account-fields.js';
export { AlisAcceptInvitation } from './components/accept-invitation/accept-invitation.js';
export { AlisNotificationSettings } from './components/notification-settings/notification-settings.js';
export { AlisPaymentGuide } from './components/payment-guide/payment-guide.js';
export { alisClientContext } from './components/shared/client-context.js';
export { alisTokenizerContext } from './components/shared/tokenizer-context.js';
export { tokenDefaults, type TokenName } from './components/shared/tokens.js';
export * from './sdk/index.js';
export * from './sdk/tokenizers/index.js';
export * from './events/payment-events.js';
export * from './events/payment-method-events.js';
export * from './events/notification-events.js';
export * from './events/session-events.js';
export { AlisInvitationAcceptedEvent } from './events/staff-events.js';
export { formatMoney, formatDate, formatPeriod } from './core/format.js';
export { parseAmount, formatAmountForInput, type AmountParse } from './core/amount.js';
// Languages: a host's own wording for any message, in English or Spanish.
export { overrideWords, clearWordOverrides } from './core/i18n/overrides.js';
export { SUPPORTED_LANGUAGES, type Catalog, type PluralForms, type SupportedLanguage } from './core/i18n/translate.js';
