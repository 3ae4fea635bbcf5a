import type { Catalog } from '../../core/i18n/translate.js';

/** `<alis-amount-input>` in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'Enter an amount.': 'Ingrese un monto.',
  'Enter at least {amount}.': 'Ingrese al menos {amount}.',
  'The most you can pay here is {max}.': 'Lo máximo que puede pagar aquí es {max}.',
  '(optional)': '(opcional)',
};
