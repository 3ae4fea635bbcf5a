// Written by scripts/write-locale-index.mjs: do not edit. Run `npm run locales` after adding a `*.es.ts`.
// Spanish for the billing team’s elements, loaded after es-payer.ts, which they also read.
import type { Catalog } from '../core/i18n/translate.js';
import { spanish as words0 } from '../components/access-profiles/access-profiles.es.js';
import { spanish as words1 } from '../components/audit-trail/audit-trail.es.js';
import { spanish as words2 } from '../components/connect-access/connect-access.es.js';
import { spanish as words3 } from '../components/payment-center/deposits-history.es.js';
import { spanish as words4 } from '../components/payment-center/invoices-settings.es.js';
import { spanish as words5 } from '../components/payment-center/payers-pulls.es.js';
import { spanish as words6 } from '../core/arrangement-form.es.js';
import { spanish as words7 } from '../core/audit-words.es.js';
import { spanish as words8 } from '../core/credit-application.es.js';
import { spanish as words9 } from '../core/deposit-report.es.js';
import { spanish as words10 } from '../core/invoice-words.es.js';
import { spanish as words11 } from '../core/payer-words.es.js';
import { spanish as words12 } from '../core/payment-actions.es.js';
import { spanish as words13 } from '../core/portal-users.es.js';
import { spanish as words14 } from '../core/profile-effects.es.js';
import { spanish as words15 } from '../core/profile-words.es.js';
import { spanish as words16 } from '../core/pull-all-due.es.js';
import { spanish as words17 } from '../core/pull-methods.es.js';
import { spanish as words18 } from '../core/pull-parts.es.js';
import { spanish as words19 } from '../core/pull-words.es.js';
import { spanish as words20 } from '../core/settings-draft.es.js';
import { spanish as words21 } from '../core/switch-consequences.es.js';
import { spanish as words22 } from '../core/undeposited.es.js';

export const spanishStaffWords: Catalog = { ...words0, ...words1, ...words2, ...words3, ...words4, ...words5, ...words6, ...words7, ...words8, ...words9, ...words10, ...words11, ...words12, ...words13, ...words14, ...words15, ...words16, ...words17, ...words18, ...words19, ...words20, ...words21, ...words22 };
