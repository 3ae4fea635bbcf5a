// area: staff
import type { Catalog } from './i18n/translate.js';

/** What a staff pull says (`pull-words.ts`) in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'the open invoices, oldest due date first': 'las facturas abiertas, empezando por la de fecha de vencimiento más antigua',
  'the open invoices, most recent first': 'las facturas abiertas, empezando por la más reciente',
  'a credit on the account, for the billing team to apply': 'un crédito a favor, para que lo aplique el equipo de facturación',
  '{amount} as credit on the account': '{amount} como crédito a favor',
  'what a pull settles|Nothing': 'Nada',
  '{method} by {person} on {date}': '{method}, por {person} el {date}',
  "Pulled under {payer}'s authorization for recurring payments: {grants}.": 'Cobrado con la autorización de {payer} para pagos recurrentes: {grants}.',
  'The pull was declined': 'El cobro fue rechazado',
  'Nothing was taken from {payer}.': 'No se le cobró nada a {payer}.',
  'Payment pulled': 'Pago cobrado',
  'Pulled {amount} from {payer}. It is listed in Undeposited Payments until it is deposited.':
    'Se cobró {amount} a {payer}. Aparece en Pagos sin depositar hasta que se deposite.',
  'Payments pulled': 'Pagos cobrados',
  'Made {count} payments from {payer}, one per method. They are listed in Undeposited Payments until they are deposited.': {
    one: 'Se hizo {count} pago de {payer}, uno por método. Aparece en Pagos sin depositar hasta que se deposite.',
    other: 'Se hicieron {count} pagos de {payer}, uno por método. Aparecen en Pagos sin depositar hasta que se depositen.',
  },
  'Payments pulled. References {references}.': { one: 'Pago cobrado. Referencia {references}.', other: 'Pagos cobrados. Referencias {references}.' },
  '{reason} Nothing was pulled.': '{reason} No se cobró nada.',
  '{reason} The outstanding balance is now {now} (it was {before}). Nothing was pulled.': '{reason} El saldo pendiente ahora es {now} (era {before}). No se cobró nada.',
  '{reason} The outstanding balance is now {now}, so there is nothing to pull. Nothing was pulled.':
    '{reason} El saldo pendiente ahora es {now}, así que no hay nada que cobrar. No se cobró nada.',
  'Something went wrong sending the pull. Nothing was pulled; please try again.': 'Algo salió mal al enviar el cobro. No se cobró nada; por favor, inténtelo de nuevo.',
  'The pull changed since you reviewed it. Review the new total and pull again.': 'El cobro cambió desde que lo revisó. Revise el nuevo total y vuelva a cobrar.',
};
