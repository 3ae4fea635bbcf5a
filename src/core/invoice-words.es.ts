// area: staff
import type { Catalog } from './i18n/translate.js';

/** The Payment Center's invoice list in words (`invoice-words.ts`) in Spanish, keyed by the English they replace. */
export const spanish: Catalog = {
  'invoice status|Open': 'Abierta',
  'invoice status|Partially paid': 'Pagada en parte',
  'invoice status|Paid': 'Pagada',
  'invoice status|Credit': 'Crédito a favor',
  'invoice status|Overdue': 'Vencida',
  'Overdue · {status}': 'Vencida · {status}',
  'invoice column|number': 'número',
  'invoice column|resident': 'residente',
  'invoice column|addressed to': 'destinatario',
  'invoice column|period': 'periodo',
  'invoice column|due date': 'fecha de vencimiento',
  'invoice column|total': 'total',
  'invoice column|balance': 'saldo',
  'invoice column|status': 'estado',
  'Invoices, newest due date first': 'Facturas, primero la fecha de vencimiento más reciente',
  'Invoices, sorted by {column} (ascending)': 'Facturas, ordenadas por {column} (ascendente)',
  'Invoices, sorted by {column} (descending)': 'Facturas, ordenadas por {column} (descendente)',
  'Invoices sorted by {column}, ascending.': 'Facturas ordenadas por {column}, en orden ascendente.',
  'Invoices sorted by {column}, descending.': 'Facturas ordenadas por {column}, en orden descendente.',
  'Showing all invoices.': 'Se muestran todas las facturas.',
  '{count} or more invoices match “{search}”.': {
    one: '{count} o más facturas coinciden con “{search}”.',
    other: '{count} o más facturas coinciden con “{search}”.',
  },
  '{count} invoices match “{search}”.': { one: '{count} factura coincide con “{search}”.', other: '{count} facturas coinciden con “{search}”.' },
  'No invoices match “{search}”.': 'Ninguna factura coincide con “{search}”.',
  'There are no invoices yet.': 'Todavía no hay facturas.',
  'There are no open invoices.': 'No hay facturas abiertas.',
  'There are no paid invoices.': 'No hay facturas pagadas.',
  'addressee role|resident': 'residente',
  'addressee role|contact': 'contacto',
  'Choose who should pay {number} instead of {addressee}.': 'Elija quién debe pagar la factura {number} en lugar de {addressee}.',
  "From now on only {chosen} can pay {number}; {addressee} no longer can. Who sees it follows each person's profile: anyone who sees all of {resident}'s billing still sees it. Payments already made stay with whoever made them.":
    'A partir de ahora, solo {chosen} podrá pagar la factura {number}; {addressee} ya no podrá hacerlo. Quién la ve depende del perfil de cada persona: quien ve toda la facturación de {resident} la sigue viendo. Los pagos ya realizados quedan a nombre de quien los hizo.',
  '{number} is now addressed to {addressee}; {previous} can no longer pay it.': 'La factura {number} ahora está dirigida a {addressee}; {previous} ya no puede pagarla.',
};
