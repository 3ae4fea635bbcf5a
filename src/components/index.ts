// The element classes, without registering any tag (import from `define/` or the package root for that).
export { AlisElement } from './shared/alis-element.js';
export { AlisBillingProvider, type TokenProvider } from './billing-provider/billing-provider.js';
export { AlisInvoices, type InvoiceFilter } from './invoices/invoices.js';
export { AlisPayOutstanding } from './pay-outstanding/pay-outstanding.js';
export { AlisPaymentHistory } from './payment-history/payment-history.js';
export { AlisPayFlow, type PayStep, type PayTarget } from './pay-flow/pay-flow.js';
export { AlisAmountInput } from './amount-input/amount-input.js';
export { AlisPaymentMethods } from './payment-methods/payment-methods.js';
export { AlisAddPaymentMethod, type NewMethodKind } from './add-payment-method/add-payment-method.js';
export { AlisAddressFields } from './payment-methods/address-fields.js';
export { AlisBankAccountFields } from './payment-methods/bank-account-fields.js';
export { alisClientContext } from './shared/client-context.js';
export { tokenDefaults, type TokenName } from './shared/tokens.js';
