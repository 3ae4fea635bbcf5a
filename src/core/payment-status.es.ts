import type { Catalog } from './i18n/translate.js';

/** A payment's status, and why it failed, in Spanish, keyed by the English they replace. */
export const spanish: Catalog = {
  'payment status|Processing': 'En proceso',
  'payment status|Succeeded': 'Completado',
  'payment status|Failed': 'Fallido',
  'payment status|Returned': 'Devuelto',
  'payment status|Refunded': 'Reembolsado',
  'payment status|Partially refunded': 'Reembolsado en parte',
  'payment status|Voided': 'Anulado',
  'The card was declined by its issuer. Try another card or contact the card issuer.':
    'El emisor rechazó la tarjeta. Pruebe con otra tarjeta o comuníquese con el emisor de la tarjeta.',
  'The card has insufficient funds for this payment.': 'La tarjeta no tiene fondos suficientes para este pago.',
  'The card has expired. Try another card.': 'La tarjeta está vencida. Pruebe con otra tarjeta.',
  'The bank declined the debit.': 'El banco rechazó el débito.',
  'The payment did not go through.': 'El pago no se completó.',
};
