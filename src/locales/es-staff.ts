// Written by scripts/write-locale-index.mjs: do not edit. Run `npm run locales` after adding a `*.es.ts`.
// Spanish for the billing team’s elements, loaded after es-payer.ts, which they also read.
import type { Catalog } from '../core/i18n/translate.js';

export const spanishStaffWords: Catalog = {};
