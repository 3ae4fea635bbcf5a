// area: staff
import type { Catalog } from './i18n/translate.js';

/** What a staff pull's form must hold (`pull-parts.ts`), in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'Enter an amount.': 'Ingrese un monto.',
  'Choose the method to pull from.': 'Elija el método con el que se cobrará.',
  'Choose at least one authorized method.': 'Elija al menos un método autorizado.',
  'Choose at most {max} methods.': 'Elija como máximo {max} métodos.',
  'The parts add up to {total}, more than the {balance} outstanding.': 'Las partes suman {total}, más que el saldo pendiente de {balance}.',
};
