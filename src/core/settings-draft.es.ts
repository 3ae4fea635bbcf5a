// area: staff
import type { Catalog } from './i18n/translate.js';

/** The Payment Center's settings form in words (`settings-draft.ts`) in Spanish, keyed by the English they replace. */
export const spanish: Catalog = {
  'Oldest first': 'La más antigua primero',
  'A payment settles the invoice with the oldest due date first, then the next oldest, until it is used up.':
    'Un pago liquida primero la factura con la fecha de vencimiento más antigua, luego la siguiente más antigua, hasta agotarse.',
  'Most recent first': 'La más reciente primero',
  'A payment settles the most recently due invoice first, then older ones.': 'Un pago liquida primero la factura con el vencimiento más reciente y luego las más antiguas.',
  'Leave unapplied as credit': 'Dejar sin aplicar como crédito a favor',
  'A payment is kept as a credit on the account, and the billing team applies it to invoices themselves.':
    'Un pago se conserva como crédito a favor en la cuenta, y el equipo de facturación lo aplica a las facturas por su cuenta.',
  'Keep the convenience fee': 'Conservar el cargo por servicio',
  'Give the fee back in proportion (all of it on a full refund)': 'Devolver el cargo en proporción (completo en un reembolso total)',
  'Enter the fee in percent, such as 2.50 (or 0 for no fee).': 'Escriba el cargo en porcentaje, por ejemplo 2.50 (o 0 si no hay cargo).',
  'Use at most two decimals, such as 1.75: fees are whole basis points.': 'Use como máximo dos decimales, por ejemplo 1.75: los cargos se guardan en puntos básicos enteros.',
  'The fee can be at most {percent}% ({basisPoints} basis points).': 'El cargo puede ser como máximo de {percent}% ({basisPoints} puntos básicos).',
  'Enter an amount such as 1.00, or leave it blank.': 'Escriba un monto, por ejemplo 1.00, o déjelo en blanco.',
  'Enter the most a fee may be, such as 50.00, or leave it blank for no cap.': 'Escriba el cargo máximo, por ejemplo 50.00, o déjelo en blanco para no poner límite.',
  'Enter a whole number of days from 1 to {max}.': 'Escriba un número entero de días, del 1 al {max}.',
  'Enter the name payers should ask for, e.g. “Business office”.': 'Escriba el nombre por el que deben preguntar los pagadores, p. ej., “Oficina administrativa”.',
  'ALIS Pay on': 'ALIS Pay activado',
  'ALIS Pay off': 'ALIS Pay desactivado',
  'ALIS Connect on': 'ALIS Connect activado',
  'ALIS Connect off': 'ALIS Connect desactivado',
  'card fee {percent}% ({count} basis points)': {
    one: 'cargo por tarjeta de {percent}% ({count} punto básico)',
    other: 'cargo por tarjeta de {percent}% ({count} puntos básicos)',
  },
  'bank fee {percent}% ({count} basis points)': {
    one: 'cargo por cuenta bancaria de {percent}% ({count} punto básico)',
    other: 'cargo por cuenta bancaria de {percent}% ({count} puntos básicos)',
  },
  'allocation “{policy}”': 'aplicación de pagos “{policy}”',
  'the billing office’s contact': 'el contacto de la oficina de facturación',
  'advance notice {count} days before each pull': { one: 'aviso previo de {count} día antes de cada cobro', other: 'aviso previo de {count} días antes de cada cobro' },
  'card surcharges not allowed': 'recargos con tarjeta no permitidos',
  'card surcharges allowed': 'recargos con tarjeta permitidos',
  'who pays the card fee and how much': 'quién paga el cargo por tarjeta y cuánto',
  'the bank account fee’s flat part and cap': 'la parte fija y el máximo del cargo por cuenta bancaria',
  'refunds keep the fee': 'los reembolsos conservan el cargo',
  'refunds give the fee back': 'los reembolsos devuelven el cargo',
};
