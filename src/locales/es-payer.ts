// Written by scripts/write-locale-index.mjs: do not edit. Run `npm run locales` after adding a `*.es.ts`.
// Spanish for everything a payer’s page shows: every payer element, the shared states and the core’s
// sentences. One chunk, loaded only where a page asks for Spanish.
import type { Catalog } from '../core/i18n/translate.js';
import { spanish as words0 } from '../components/accept-invitation/accept-invitation.es.js';
import { spanish as words1 } from '../components/add-payment-method/add-payment-method.es.js';
import { spanish as words2 } from '../components/amount-input/amount-input.es.js';
import { spanish as words3 } from '../components/invoices/invoices.es.js';
import { spanish as words4 } from '../components/notification-settings/notification-settings.es.js';
import { spanish as words5 } from '../components/pay-flow/pay-flow.es.js';
import { spanish as words6 } from '../components/pay-outstanding/pay-outstanding.es.js';
import { spanish as words7 } from '../components/payment-guide/payment-guide.es.js';
import { spanish as words8 } from '../components/payment-history/payment-history.es.js';
import { spanish as words9 } from '../components/payment-methods/payment-methods.es.js';
import { spanish as words10 } from '../components/shared/shared.es.js';
import { spanish as words11 } from '../core/access-words.es.js';
import { spanish as words12 } from '../core/address.es.js';
import { spanish as words13 } from '../core/amount.es.js';
import { spanish as words14 } from '../core/bank-account.es.js';
import { spanish as words15 } from '../core/billing-access.es.js';
import { spanish as words16 } from '../core/billing-words.es.js';
import { spanish as words17 } from '../core/credit-plan.es.js';
import { spanish as words18 } from '../core/fee-words.es.js';
import { spanish as words19 } from '../core/format.es.js';
import { spanish as words20 } from '../core/invitation-words.es.js';
import { spanish as words21 } from '../core/pay-flow-words.es.js';
import { spanish as words22 } from '../core/payment-method-words.es.js';
import { spanish as words23 } from '../core/payment-status.es.js';
import { spanish as words24 } from '../core/portal-permissions.es.js';
import { spanish as words25 } from '../core/quote-change.es.js';
import { spanish as words26 } from '../core/refusal-words.es.js';

export const spanishPayerWords: Catalog = { ...words0, ...words1, ...words2, ...words3, ...words4, ...words5, ...words6, ...words7, ...words8, ...words9, ...words10, ...words11, ...words12, ...words13, ...words14, ...words15, ...words16, ...words17, ...words18, ...words19, ...words20, ...words21, ...words22, ...words23, ...words24, ...words25, ...words26 };
