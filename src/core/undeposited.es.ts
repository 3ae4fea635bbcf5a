// area: staff
import type { Catalog } from './i18n/translate.js';

/** Undeposited Payments' words (filters, selection, deposits and their refusals) in Spanish, keyed by the English they replace. */
export const spanish: Catalog = {
  Portal: 'Portal',
  'Billing team pull': 'Cobro del equipo de facturación',
  Card: 'Tarjeta',
  'Bank account': 'Cuenta bancaria',
  'The “To” date must be on or after the “From” date.': 'La fecha “Hasta” debe ser igual o posterior a la fecha “Desde”.',
  'Settling — can be deposited on {date}': 'En liquidación — se puede depositar el {date}',
  'Settling — cannot be deposited yet': 'En liquidación — todavía no se puede depositar',
  'deposit state|Deposited': 'Depositado',
  'deposit state|Not deposited': 'Sin depositar',
  'deposit state|Will not be deposited': 'No se depositará',
  'In deposit {reference}.': 'En el depósito {reference}.',
  'In deposit {reference}; the bank returned the debit since, and that deposit was adjusted by it.':
    'En el depósito {reference}; después el banco devolvió el débito, y ese depósito se ajustó por la devolución.',
  'In deposit {reference}; it was refunded in full since, and that deposit was adjusted by the refund.':
    'En el depósito {reference}; después se reembolsó por completo, y ese depósito se ajustó por el reembolso.',
  'In deposit {reference}; what was refunded of it is an adjustment of that deposit.': 'En el depósito {reference}; lo que se reembolsó de este pago es un ajuste de ese depósito.',
  'Not deposited yet: the bank debit is settling and can be deposited on {date}.':
    'Todavía sin depositar: el débito bancario se está liquidando y se puede depositar el {date}.',
  'Not deposited yet: the payment is still settling.': 'Todavía sin depositar: el pago todavía se está liquidando.',
  'Not deposited yet.': 'Todavía sin depositar.',
  'Will not be deposited: the payment was voided, so no money was collected.': 'No se depositará: el pago se anuló, así que no se cobró dinero.',
  'Will not be deposited: the payment failed, so no money was collected.': 'No se depositará: el pago falló, así que no se cobró dinero.',
  'Will not be deposited: the bank returned the debit, so the money went back.': 'No se depositará: el banco devolvió el débito, así que el dinero se reintegró.',
  'Will not be deposited: the payment was refunded in full.': 'No se depositará: el pago se reembolsó por completo.',
  'No payments selected.': 'No hay pagos seleccionados.',
  '{count} payments selected, {total}': { one: '{count} pago seleccionado, {total}', other: '{count} pagos seleccionados, {total}' },
  'deposit button|Deposit': 'Depositar',
  'Deposit {count} payments': { one: 'Depositar {count} pago', other: 'Depositar {count} pagos' },
  'Deposit {reference} created: {count} payments, {total}.': {
    one: 'Se creó el depósito {reference}: {count} pago, {total}.',
    other: 'Se creó el depósito {reference}: {count} pagos, {total}.',
  },
  'We could not confirm whether the deposit was made. Select “Deposit” again to check: it is safe, the same deposit is never made twice.':
    'No pudimos confirmar si se hizo el depósito. Seleccione “Depositar” otra vez para comprobarlo: es seguro, el mismo depósito nunca se hace dos veces.',
  'Something went wrong while depositing. Nothing was deposited; please try again.': 'Algo salió mal al depositar. No se depositó nada; por favor, inténtelo de nuevo.',
  '{reason} Nothing was deposited. Go back to the updated list and select the payments again.':
    '{reason} No se depositó nada. Vuelva a la lista actualizada y seleccione los pagos otra vez.',
};
