// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
// Every wrapper; import one element’s module (`@alis/billing-widgets/react/invoices`) to load only it.
export { AlisAcceptInvitation } from './accept-invitation.js';
export { AlisAccessProfiles } from './access-profiles.js';
export { AlisAddPaymentMethod } from './add-payment-method.js';
export { AlisAddressFields } from './address-fields.js';
export { AlisAmountInput } from './amount-input.js';
export { AlisAuditTrail } from './audit-trail.js';
export { AlisBankAccountFields } from './bank-account-fields.js';
export { AlisBillingProvider } from './billing-provider.js';
export { AlisConnectAccess } from './connect-access.js';
export { AlisInvoices } from './invoices.js';
export { AlisNotificationSettings } from './notification-settings.js';
export { AlisPayFlow } from './pay-flow.js';
export { AlisPayOutstanding } from './pay-outstanding.js';
export { AlisPaymentCenter } from './payment-center.js';
export { AlisPaymentGuide } from './payment-guide.js';
export { AlisPaymentHistory } from './payment-history.js';
export { AlisPaymentMethods } from './payment-methods.js';
