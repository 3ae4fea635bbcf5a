// Written by scripts/write-locale-index.mjs: do not edit. Run `npm run locales` after adding a `*.es.ts`.
// Spanish for everything a payer’s page shows: every payer element, the shared states and the core’s
// sentences. One chunk, loaded only where a page asks for Spanish.
import type { Catalog } from '../core/i18n/translate.js';
import { spanish as words0 } from '../components/invoices/invoices.es.js';
import { spanish as words1 } from '../core/refusal-words.es.js';

export const spanishPayerWords: Catalog = { ...words0, ...words1 };
