// area: staff
import type { Catalog } from './i18n/translate.js';

/** The billing team's payment actions (void, refund, bank return, present again) in Spanish, keyed by the English they replace. */
export const spanish: Catalog = {
  'May be presented again (at most {max} presentments in all).': 'Se puede presentar de nuevo (como máximo {max} presentaciones en total).',
  'Blocks this bank account until the payer replaces or re-authorizes it.': 'Bloquea esta cuenta bancaria hasta que el pagador la reemplace o la vuelva a autorizar.',
  'Blocks this bank account until the payer replaces it.': 'Bloquea esta cuenta bancaria hasta que el pagador la reemplace.',

  // The actions
  'payment action|Void': 'Anular',
  'payment action|Refund': 'Reembolsar',
  'Record bank return': 'Registrar devolución bancaria',
  'Present again': 'Presentar de nuevo',
  'a new payment': 'un pago nuevo',
  'This payment was voided; nothing more can be done with it.': 'Este pago se anuló; ya no se puede hacer nada más con él.',
  'This payment failed, so nothing was collected.': 'Este pago falló, así que no se cobró nada.',
  'This payment was refunded in full.': 'Este pago se reembolsó por completo.',
  'The bank returned this payment; it was presented again as {reference}.': 'El banco devolvió este pago; se presentó de nuevo como {reference}.',
  'The bank returned this payment.': 'El banco devolvió este pago.',
  'The bank returned this payment ({code}) after {count} presentments, the most allowed.': {
    one: 'El banco devolvió este pago ({code}) después de {count} presentación, el máximo permitido.',
    other: 'El banco devolvió este pago ({code}) después de {count} presentaciones, el máximo permitido.',
  },
  'The bank returned this payment with {code} ({description}); it cannot be presented again.':
    'El banco devolvió este pago con el código {code} ({description}); no se puede presentar de nuevo.',

  // What a void or a return does to the invoices
  'invoices {numbers} reopen by {amount} in all': { one: 'la factura {numbers} se reabre por {amount}', other: 'las facturas {numbers} se reabren por {amount} en total' },
  'invoices {numbers} reopened by {amount} in all': {
    one: 'la factura {numbers} se reabrió por {amount}',
    other: 'las facturas {numbers} se reabrieron por {amount} en total',
  },
  'the {amount} of unapplied credit is taken back': 'se retira el crédito sin aplicar de {amount}',
  'its {amount} of unapplied credit was taken back': 'se retiró su crédito sin aplicar de {amount}',
  'nothing was applied to invoices': 'no se aplicó nada a ninguna factura',
  'no invoice changed': 'ninguna factura cambió',
  '{first}, and {second}': '{first} y {second}',

  // The confirmation
  'Void payment {reference}?': '¿Anular el pago {reference}?',
  'Refund payment {reference}': 'Reembolsar el pago {reference}',
  'Record a bank return on {reference}': 'Registrar una devolución bancaria del pago {reference}',
  'Present {reference} again?': '¿Presentar {reference} de nuevo?',
  '{payer}’s payment of {amount} by {method} will not be collected, and {reopen}.': 'El pago de {amount} de {payer} con {method} no se cobrará, y {reopen}.',
  'The refund goes back to {method}. The invoices this payment settled reopen by the amount refunded (unapplied credit is taken back first, then the most recent invoice).':
    'El reembolso se devuelve a {method}. Las facturas que se pagaron con este pago se reabren por el monto reembolsado (primero se retira el crédito sin aplicar y luego se reabre la factura más reciente).',
  '{reference} becomes Returned and {reopen}.': '{reference} pasa al estado Devuelto y {reopen}.',
  'A new debit of {amount} from {method} is created for the same invoices (presentment {number} of {max}). It is processing until the bank settles it.':
    'Se crea un débito nuevo de {amount} con cargo a {method} para las mismas facturas (presentación {number} de {max}). Estará en proceso hasta que el banco lo liquide.',
  'Working…': 'Procesando…',
  'Check again': 'Comprobar de nuevo',
  'Void payment': 'Anular el pago',
  'Refund {amount}': 'Reembolsar {amount}',
  'Record return': 'Registrar la devolución',
  'At most {amount} of this payment can still be refunded.': 'Como máximo, todavía se puede reembolsar {amount} de este pago.',
  'Choose the return code the bank gave.': 'Elija el código de devolución que indicó el banco.',
  'Enter a reason; it is kept in the payment’s audit trail.': 'Escriba un motivo; se guarda en el registro de auditoría del pago.',

  // What an action did
  'Voided {reference}. {reopen}.': 'Se anuló {reference}. {reopen}.',
  'Refunded {amount} of {reference} to {method}. It is now {status}.': 'Se reembolsó {amount} de {reference} a {method}. Ahora está {status}.',
  'It may be presented again.': 'Se puede presentar de nuevo.',
  'The bank account is blocked until the payer replaces or re-authorizes it.': 'La cuenta bancaria queda bloqueada hasta que el pagador la reemplace o la vuelva a autorizar.',
  'The bank account is blocked until the payer replaces it.': 'La cuenta bancaria queda bloqueada hasta que el pagador la reemplace.',
  'Recorded return {code} ({description}) on {reference}; {reopen}.': 'Se registró la devolución {code} ({description}) del pago {reference}; {reopen}.',
  'Presented {previous} again as {reference}; the new debit is {status}.': 'Se presentó {previous} de nuevo como {reference}; el débito nuevo está {status}.',
  'We could not confirm whether the void went through. Checking again is safe: it is never applied twice.':
    'No pudimos confirmar si la anulación se realizó. Es seguro comprobarlo de nuevo: nunca se aplica dos veces.',
  'We could not confirm whether the refund went through. Checking again is safe: it is never applied twice.':
    'No pudimos confirmar si el reembolso se realizó. Es seguro comprobarlo de nuevo: nunca se aplica dos veces.',
  'We could not confirm whether the record bank return went through. Checking again is safe: it is never applied twice.':
    'No pudimos confirmar si se registró la devolución bancaria. Es seguro comprobarlo de nuevo: nunca se aplica dos veces.',
  'We could not confirm whether the present again went through. Checking again is safe: it is never applied twice.':
    'No pudimos confirmar si la nueva presentación se realizó. Es seguro comprobarlo de nuevo: nunca se aplica dos veces.',
};
