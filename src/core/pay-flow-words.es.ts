import type { Catalog } from './i18n/translate.js';

/** What the pay flow says at each step (`pay-flow-words.ts`) in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'Pay your outstanding balance': 'Pague su saldo pendiente',
  'Pay invoice {number}': 'Pagar la factura {number}',
  "You may pay up to {payable} now (the invoice's balance is {balance}; credit on account covers the rest).":
    'Ahora puede pagar hasta {payable} (el saldo de la factura es {balance}; su crédito a favor cubre el resto).',
  'The balance is {balance}. You may pay part of it.': 'El saldo es {balance}. Puede pagar una parte.',
  'Your credit on account of {credit} is taken off what you owe, so you may pay at most {payable} of this invoice now.':
    'Su crédito a favor de {credit} se descuenta de lo que debe, así que ahora puede pagar como máximo {payable} de esta factura.',
  'your {count} open invoices': { one: 'su factura abierta', other: 'sus {count} facturas abiertas' },
  'Your payment was declined: {reason} Nothing was charged. Choose another method or try again.':
    'Su pago fue rechazado: {reason} No se cobró nada. Elija otro método de pago o intente de nuevo.',
  'The payment was declined.': 'El pago fue rechazado.',
  'Payment submitted. Reference {reference}.': 'Pago enviado. Referencia {reference}.',
  'Payment received. Reference {reference}.': 'Pago recibido. Referencia {reference}.',
  'Payment submitted': 'Pago enviado',
  'Thank you. Your bank payment is processing and usually completes in two business days.':
    'Gracias. Su pago desde la cuenta bancaria se está procesando y suele completarse en dos días hábiles.',
  'Thank you. Your card payment is being confirmed.': 'Gracias. Se está confirmando su pago con tarjeta.',
  'Payment received': 'Pago recibido',
  'Thank you. Your payment was received.': 'Gracias. Recibimos su pago.',
  'We could not reach the billing service. Check your connection and try again; nothing was charged.':
    'No pudimos comunicarnos con el servicio de facturación. Revise su conexión e intente de nuevo; no se cobró nada.',
  'Something went wrong preparing your payment. Please try again.': 'Algo salió mal al preparar su pago. Intente de nuevo.',
  'Your session has ended, so nothing was charged. Sign in again, then continue: your choices are kept.':
    'Su sesión terminó, así que no se cobró nada. Vuelva a iniciar sesión y continúe: sus opciones se conservan.',
  'The payment changed since you reviewed it. Review the new total and submit again.':
    'El pago cambió desde que lo revisó. Revise el nuevo total y envíe de nuevo.',
  '{message} Nothing was charged.': '{message} No se cobró nada.',
};
