import type { Catalog } from '../../core/i18n/translate.js';

/** `<alis-payment-history>` in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'payments filter|All': 'Todos',
  'Payment history': 'Historial de pagos',
  'Loading payments…': 'Cargando pagos…',
  'status filter|Show': 'Mostrar',
  Date: 'Fecha',
  Reference: 'Referencia',
  'Paid by': 'Pagado por',
  Method: 'Método',
  Amount: 'Monto',
  'Total charged': 'Total cobrado',
  Status: 'Estado',
  Receipt: 'Recibo',
  'View receipt': 'Ver recibo',
  'your …|the receipt': 'el recibo',
  'Print receipt': 'Imprimir recibo',
  '{count} new payments': { one: '{count} pago nuevo', other: '{count} pagos nuevos' },
  '{reference} is now {status}': 'el pago {reference} ahora está {status}',
  'Payment history updated: {changes}.': 'Historial de pagos actualizado: {changes}.',
  'Payment history updated.': 'Historial de pagos actualizado.',
};
