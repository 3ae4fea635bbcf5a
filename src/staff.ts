// What the billing team's back-office page needs, for apps that npm-import the package: registers
// the Payment Center, Connect access and their parts, and exports their classes, events and the
// SDK. The self-contained dist/alis-staff.js is built from src/bundles/alis-staff.ts instead.
import './define/alis-billing-provider.js';
import './define/alis-payment-center.js';
import './define/alis-connect-access.js';
import './define/alis-audit-trail.js';
import './define/alis-access-profiles.js';
import './define/alis-amount-input.js';
import { AlisPcRequestMethod } from './components/payment-center/request-payment-method.js';
import { AlisPcUndeposited } from './components/payment-center/undeposited-panel.js';
import { AlisPcDeposits } from './components/payment-center/deposits-panel.js';
import { AlisPcPayers } from './components/payment-center/payers-panel.js';
import { AlisPcArrangementEditor } from './components/payment-center/arrangement-editor.js';
import { AlisPcPullPayment } from './components/payment-center/pull-payment.js';
import { AlisPcApplyCredit } from './components/payment-center/apply-credit.js';
import { AlisPcPullAllDue } from './components/payment-center/pull-all-due.js';
import { AlisPcInvoices } from './components/payment-center/invoices-panel.js';
import { AlisPcHistory } from './components/payment-center/history-panel.js';
import { AlisPcSettings } from './components/payment-center/settings-panel.js';

// Every panel and form up front, each usable on its own in a page (the Payment Center, given
// them registered, renders them without loading anything).
AlisPcRequestMethod.define('alis-pc-request-method');
AlisPcUndeposited.define('alis-pc-undeposited');
AlisPcDeposits.define('alis-pc-deposits');
AlisPcArrangementEditor.define('alis-pc-arrangement-editor');
AlisPcPullPayment.define('alis-pc-pull-payment');
AlisPcApplyCredit.define('alis-pc-apply-credit');
AlisPcPullAllDue.define('alis-pc-pull-all-due');
AlisPcPayers.define('alis-pc-payers');
AlisPcInvoices.define('alis-pc-invoices');
AlisPcHistory.define('alis-pc-history');
AlisPcSettings.define('alis-pc-settings');

export { AlisElement } from './components/shared/alis-element.js';
export { AlisBillingProvider, type TokenProvider } from './components/billing-provider/billing-provider.js';
export { AlisPaymentCenter, PAYMENT_CENTER_TABS, type PaymentCenterTab } from './components/payment-center/payment-center.js';
export { AlisPcUndeposited } from './components/payment-center/undeposited-panel.js';
export { AlisPcDeposits } from './components/payment-center/deposits-panel.js';
export { AlisPcPayers } from './components/payment-center/payers-panel.js';
export { AlisPcArrangementEditor } from './components/payment-center/arrangement-editor.js';
export { AlisPcPullPayment, type PullPrefill } from './components/payment-center/pull-payment.js';
export { AlisPcApplyCredit, type ApplyCreditMode, type ApplyCreditStep } from './components/payment-center/apply-credit.js';
export { AlisPcInvoices } from './components/payment-center/invoices-panel.js';
export { AlisPcHistory } from './components/payment-center/history-panel.js';
export { AlisPcSettings } from './components/payment-center/settings-panel.js';
export { AlisConnectAccess } from './components/connect-access/connect-access.js';
export { AlisAuditTrail, type AuditTrailHeadingLevel } from './components/audit-trail/audit-trail.js';
export { AlisAccessProfiles, type AccessProfilesHeadingLevel } from './components/access-profiles/access-profiles.js';
export { AlisPcRequestMethod } from './components/payment-center/request-payment-method.js';
export { alisClientContext } from './components/shared/client-context.js';
export { tokenDefaults, type TokenName } from './components/shared/tokens.js';
export * from './sdk/index.js';
export * from './events/staff-events.js';
export * from './events/session-events.js';
export { formatMoney, formatDate, formatPeriod } from './core/format.js';
// Languages: a host's own wording for any message, in English or Spanish.
export { overrideWords, clearWordOverrides } from './core/i18n/overrides.js';
export { SUPPORTED_LANGUAGES, type Catalog, type PluralForms, type SupportedLanguage } from './core/i18n/translate.js';
