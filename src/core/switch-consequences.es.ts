// area: staff
import type { Catalog } from './i18n/translate.js';

/** What switching ALIS Pay or ALIS Connect on or off does, in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'payers cannot sign in to see or pay their bills; every payer widget shows only a sentence with the billing office’s contact, and invitations cannot be accepted. The billing team can still pull payments from authorized methods.':
    'los pagadores no pueden iniciar sesión para ver ni pagar sus facturas; cada componente para pagadores muestra solo un mensaje con el contacto de la oficina de facturación, y no se pueden aceptar invitaciones. El equipo de facturación aún puede cobrar pagos de métodos autorizados.',
  'payers cannot sign in to see or pay their bills; every payer widget shows only a sentence with the billing office’s contact, and invitations cannot be accepted.':
    'los pagadores no pueden iniciar sesión para ver ni pagar sus facturas; cada componente para pagadores muestra solo un mensaje con el contacto de la oficina de facturación, y no se pueden aceptar invitaciones.',
  'nobody can save a payment method or pay, and the billing team cannot pull, void, refund or present a payment again. Invoices and payment history stay readable.':
    'nadie puede guardar un método de pago ni pagar, y el equipo de facturación no puede cobrar, anular, reembolsar ni volver a presentar un pago. Las facturas y el historial de pagos se pueden seguir consultando.',
  'ALIS Connect on: payers can sign in again to see and pay what their profiles allow, and invitations can be accepted again.':
    'ALIS Connect activado: los pagadores pueden volver a iniciar sesión para ver y pagar lo que permiten sus perfiles, y se pueden volver a aceptar invitaciones.',
  'ALIS Connect off: {effects}': 'ALIS Connect desactivado: {effects}',
  'ALIS Pay on: payment methods can be saved and payments taken again; the billing team can pull, void, refund and present payments again.':
    'ALIS Pay activado: se pueden volver a guardar métodos de pago y recibir pagos; el equipo de facturación puede volver a cobrar, anular, reembolsar y presentar pagos.',
  'ALIS Pay on: payment methods can be saved and payments taken again (payers pay online only once ALIS Connect is on too); the billing team can pull, void, refund and present payments again.':
    'ALIS Pay activado: se pueden volver a guardar métodos de pago y recibir pagos (los pagadores solo pagan en línea cuando ALIS Connect también está activado); el equipo de facturación puede volver a cobrar, anular, reembolsar y presentar pagos.',
  'ALIS Pay off: {effects}': 'ALIS Pay desactivado: {effects}',
  'ALIS Connect is switched off at {community}: {effects}': 'ALIS Connect está desactivado en {community}: {effects}',
  'ALIS Pay is switched off at {community}: {effects}': 'ALIS Pay está desactivado en {community}: {effects}',
  'Asking payers to add a payment method is off while ALIS Connect is switched off at {community}: they could not sign in to add one.':
    'No se puede pedir a los pagadores que agreguen un método de pago mientras ALIS Connect esté desactivado en {community}: no podrían iniciar sesión para agregarlo.',
  'Asking payers to add a payment method is off while ALIS Pay is switched off at {community}: no payment method can be saved.':
    'No se puede pedir a los pagadores que agreguen un método de pago mientras ALIS Pay esté desactivado en {community}: no se puede guardar ningún método de pago.',
};
