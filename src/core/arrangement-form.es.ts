// area: staff
import type { Catalog } from './i18n/translate.js';

/** A payer's arrangement form (`arrangement-form.ts`) in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'At most {max} methods. Each month the amounts are pulled in this order, never more than is owed.':
    'Como máximo {max} métodos. Cada mes los montos se cobran en este orden, nunca más de lo que se debe.',
  'The shares must total 100%.': 'Los porcentajes deben sumar 100%.',
  'The shares total 100%.': 'Los porcentajes suman 100%.',
  'The shares total {total}; they must total 100%.': 'Los porcentajes suman {total}; deben sumar 100%.',
  'Choose a day from 1 to 28.': 'Elija un día del 1 al 28.',
  'Choose the method the billing team pulls from.': 'Elija el método con el que cobra el equipo de facturación.',
  'Choose at least one authorized method.': 'Elija al menos un método autorizado.',
  'Choose at most {max} methods.': 'Elija como máximo {max} métodos.',
  'Enter an amount.': 'Ingrese un monto.',
  'Enter a share from 0.01 to 100, with at most two decimals.': 'Ingrese un porcentaje de 0.01 a 100, con dos decimales como máximo.',
  'The shares total {total}. They must total exactly 100%; nothing was saved.': 'Los porcentajes suman {total}. Deben sumar exactamente 100%; no se guardó nada.',
};
