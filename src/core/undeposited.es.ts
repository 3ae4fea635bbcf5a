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
