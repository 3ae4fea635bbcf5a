// area: staff
import type { Catalog } from './i18n/translate.js';

/** Applying a payer's credit on account (`credit-application.ts`) in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'Choose at least one invoice.': 'Elija al menos una factura.',
  'Enter an amount.': 'Ingrese un monto.',
  'That is {total} in all, more than the {credit} of credit on account.': 'En total son {total}, más que los {credit} de crédito a favor.',
  '{reason} Nothing was applied.': '{reason} No se aplicó nada.',
  'Something went wrong applying the credit. Nothing was applied; please try again.': 'Algo salió mal al aplicar el crédito. No se aplicó nada; por favor, inténtelo de nuevo.',
};
