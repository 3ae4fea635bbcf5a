import type { Catalog } from '../../core/i18n/translate.js';

/** `<alis-pay-flow>` and its steps in Spanish, keyed by the English they replace. */
export const spanish: Catalog = {
  // pay-flow.ts
  'Submitting your payment.': 'Enviando su pago.',
  'Checking whether your payment went through.': 'Comprobando si su pago se realizó.',
  'We could not confirm your payment.': 'No pudimos confirmar su pago.',
  'The outcome of the payment could not be confirmed.': 'No se pudo confirmar el resultado del pago.',
  '{method} was added and chosen.': 'Se agregó y se eligió {method}.',
  '{method} was added.': 'Se agregó {method}.',
  'Loading your payment methods…': 'Cargando sus métodos de pago…',
  'your …|the form for a new payment method': 'el formulario para un nuevo método de pago',
  'Choose how you want to pay.': 'Elija cómo desea pagar.',
  '{sentence} Nothing was charged.': '{sentence} No se cobró nada.',
  // method-step.ts
  Cancel: 'Cancelar',
  'Preparing your review…': 'Preparando su revisión…',
  'Review payment': 'Revisar el pago',
  'Amount to pay': 'Monto a pagar',
  'Amount:': 'Monto:',
  ', settling {what}': ', que salda {what}',
  'Pay with': 'Pagar con',
  'You have no saved payment methods yet.': 'Todavía no tiene métodos de pago guardados.',
  'payment method|Default': 'Predeterminado',
  'Cannot be used now.': 'No se puede usar ahora.',
  'Add a payment method': 'Agregar un método de pago',
  // review-step.ts
  'Review your payment': 'Revise su pago',
  'Check the details. Nothing is charged until you select “Pay {total}”.': 'Revise los detalles. No se cobra nada hasta que seleccione “Pagar {total}”.',
  'Nothing was charged.': 'No se cobró nada.',
  Amount: 'Monto',
  'Convenience fee': 'Cargo por servicio',
  'fee|None': 'Ninguno',
  'Total charged': 'Total cobrado',
  'Applied to': 'Aplicado a',
  'Invoice {number}': 'Factura {number}',
  'Credit on your account': 'Crédito a favor en su cuenta',
  Change: 'Cambiar',
  'Pay {total}': 'Pagar {total}',
  'Submitting your payment': 'Enviando su pago',
  'Sending your payment to {community}. Please keep this page open.': 'Enviando su pago a {community}. Mantenga esta página abierta.',
  'Checking your payment': 'Comprobando su pago',
  'The connection dropped while your payment was being sent. We are checking whether it went through; you will not be charged twice.':
    'La conexión se interrumpió mientras se enviaba su pago. Estamos comprobando si se realizó; no se le cobrará dos veces.',
  'We could not confirm your payment': 'No pudimos confirmar su pago',
  'We could not reach the billing service to confirm whether your payment went through. Checking again is safe: the same payment is never charged twice. You can also look at your payment history later.':
    'No pudimos comunicarnos con el servicio de facturación para confirmar si su pago se realizó. Es seguro volver a comprobarlo: el mismo pago nunca se cobra dos veces. También puede revisar su historial de pagos más tarde.',
  Close: 'Cerrar',
  'Check again': 'Comprobar de nuevo',
  // receipt-step.ts
  'Print receipt': 'Imprimir recibo',
  Done: 'Listo',
  'By submitting, you agree to this authorization, recorded in these exact words in English:':
    'Al enviar, usted acepta esta autorización, que queda registrada con estas palabras exactas en inglés:',
};
