// The whole library: registers every ALIS element and re-exports the classes and the SDK.
// The provider is defined first so that its children find it when they upgrade.
import './define/alis-billing-provider.js';
import './define/alis-invoices.js';

export * from './components/index.js';
export * from './sdk/index.js';
export { formatMoney, formatDate, formatPeriod } from './core/format.js';
