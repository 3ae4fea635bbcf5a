import type { Catalog } from './i18n/translate.js';

/** The words beside formatted numbers, in Spanish, keyed by the English they replace. */
export const spanish: Catalog = {
  '{count} days': { one: '{count} día', other: '{count} días' },
};
