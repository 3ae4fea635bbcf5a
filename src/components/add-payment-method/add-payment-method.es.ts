import type { Catalog } from '../../core/i18n/translate.js';

/** `<alis-add-payment-method>` and its card entry in Spanish, keyed by the English they replace. */
export const spanish: Catalog = {
  'Add a payment method': 'Agregar un método de pago',
  'Saving your payment method.': 'Guardando su método de pago.',
  'Loading…': 'Cargando…',
  Back: 'Atrás',
  'payment method|Type': 'Tipo',
  'Credit or debit card': 'Tarjeta de crédito o débito',
  'Bank account (checking or savings)': 'Cuenta bancaria (de cheques o de ahorros)',
  'Card entry is not set up on this site, so you can add a bank account.': 'Este sitio no tiene configurado el ingreso de tarjetas, así que puede agregar una cuenta bancaria.',
  Nickname: 'Apodo',
  '(optional)': '(opcional)',
  "e.g. Mom's checking": 'p. ej., cuenta de cheques de mamá',
  'Make this my default for payments': 'Usar como mi método predeterminado para pagos',
  'Allow the billing team to use it for automatic payments': 'Permitir que el equipo de facturación lo use para pagos automáticos',
  "If you allow it, {community}'s billing team may collect what you owe from this method on the day you agree with them. You can withdraw the permission here at any time; the billing team then stops collecting automatically and you pay your bills yourself by their due dates.":
    'Si lo permite, el equipo de facturación de {community} puede cobrar lo que usted debe con este método el día que acuerde con ellos. Puede retirar el permiso aquí en cualquier momento; entonces el equipo de facturación deja de cobrar automáticamente y usted paga sus facturas por su cuenta a más tardar en su fecha de vencimiento.',
  Cancel: 'Cancelar',
  'Saving…': 'Guardando…',
  'Save card': 'Guardar la tarjeta',
  'Save bank account': 'Guardar la cuenta bancaria',
  'Name on the card': 'Nombre en la tarjeta',
  'Card details': 'Datos de la tarjeta',
  'Loading secure card entry…': 'Cargando el ingreso seguro de la tarjeta…',
  'Your card number goes straight to the payment processor; this site never sees it.': 'El número de su tarjeta va directamente al procesador de pagos; este sitio nunca lo ve.',

  // card-entry.ts
  'Card entry could not be loaded. You can add a bank account instead.': 'No se pudo cargar el ingreso de la tarjeta. En su lugar, puede agregar una cuenta bancaria.',
  // card-entry.ts
  'Card entry could not be loaded. Check your connection, or add a bank account instead.':
    'No se pudo cargar el ingreso de la tarjeta. Revise su conexión o, en su lugar, agregue una cuenta bancaria.',
  'The card was declined by its issuer. Try another card or contact your card issuer.':
    'El emisor rechazó la tarjeta. Pruebe con otra tarjeta o comuníquese con el emisor de su tarjeta.',
  'The card could not be saved. Try again, or add a bank account instead.':
    'No se pudo guardar la tarjeta. Intente de nuevo o, en su lugar, agregue una cuenta bancaria.',
  'Enter the card number, every digit.': 'Ingrese el número de la tarjeta, con todos sus dígitos.',
  'Enter the expiry date shown on the card (MM/YY).': 'Ingrese la fecha de vencimiento que aparece en la tarjeta (MM/AA).',
  'Enter the security code (CVC).': 'Ingrese el código de seguridad (CVC).',
  'Check the card details.': 'Revise los datos de la tarjeta.',
  'This card number is not valid. Check the digits and try again.': 'Este número de tarjeta no es válido. Revise los dígitos e intente de nuevo.',
  'Check the expiry date: the card must not have expired.': 'Revise la fecha de vencimiento: la tarjeta no debe estar vencida.',
  'Check the security code (CVC): it has only digits.': 'Revise el código de seguridad (CVC): solo tiene dígitos.',
  'test card fields|testMode': 'Modo de prueba — no ingrese una tarjeta real.',
  'test card fields|testNumberHint': 'Use un número de prueba, como 4242 4242 4242 4242.',
  'test card fields|number': 'Número de tarjeta',
  'test card fields|expiry': 'Fecha de vencimiento (MM/AA)',
  'test card fields|expiryPlaceholder': 'MM/AA',
  'test card fields|cvc': 'Código de seguridad (CVC)',
  'test card fields|cvcHint': '3 dígitos al reverso; 4 al frente en American Express',
};
