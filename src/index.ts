// The whole library: registers every ALIS element (payer and staff) and re-exports the classes,
// events and the SDK. `@alis/billing-widgets/payer` and `/staff` register only their half.
import './payer.js';
import './staff.js';

export * from './components/index.js';
export * from './sdk/index.js';
export * from './sdk/tokenizers/index.js';
export { darkTheme, largeTextTheme, themes, themeStylesheet, themeDeclarations, type Theme, type ThemeName } from './themes/themes.js';
export * from './events/payment-events.js';
export * from './events/payment-method-events.js';
export * from './events/staff-events.js';
export * from './events/notification-events.js';
export * from './events/session-events.js';
export { formatMoney, formatDate, formatPeriod } from './core/format.js';
export { parseAmount, formatAmountForInput, type AmountParse } from './core/amount.js';
export { depositReportCsv, depositReportFileName } from './core/deposit-report.js';
// Languages: a host's own wording for any message, in English or Spanish.
export { overrideWords, clearWordOverrides } from './core/i18n/overrides.js';
export { SUPPORTED_LANGUAGES, type Catalog, type PluralForms, type SupportedLanguage } from './core/i18n/translate.js';
