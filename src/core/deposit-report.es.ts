// area: staff
import type { Catalog } from './i18n/translate.js';

/** A deposit report's CSV (its column headings, total row and file name) in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'Payment reference': 'Referencia del pago',
  Payer: 'Pagador',
  Resident: 'Residente',
  Method: 'Método',
  Amount: 'Monto',
  Fee: 'Cargo',
  Charged: 'Cobrado',
  Adjustments: 'Ajustes',
  Net: 'Neto',
  Total: 'Total',
  'file name|deposit': 'depósito',
};
