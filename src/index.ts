// The whole library: registers every ALIS element and re-exports the classes and the SDK.
// The provider is defined first so that its children find it when they upgrade.
import './define/alis-billing-provider.js';
import './define/alis-invoices.js';
import './define/alis-pay-outstanding.js';
import './define/alis-payment-history.js';
import './define/alis-payment-methods.js';

export * from './components/index.js';
export * from './sdk/index.js';
export * from './events/payment-events.js';
export * from './events/payment-method-events.js';
export { formatMoney, formatDate, formatPeriod } from './core/format.js';
export { parseAmount, formatAmountForInput, type AmountParse } from './core/amount.js';
