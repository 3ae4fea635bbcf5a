import type { Catalog } from '../../core/i18n/translate.js';

/** `<alis-invoices>` in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  Invoice: 'Factura',
  Period: 'Periodo',
  'Due date': 'Vencimiento',
  'Addressed to': 'Dirigida a',
  Total: 'Total',
  Balance: 'Saldo',
  Status: 'Estado',
  Actions: 'Acciones',
};
