import type { Catalog } from '../../core/i18n/translate.js';

/**
 * `<alis-payment-methods>` with its saved methods and their actions, and the address and bank-account
 * field groups, in Spanish, keyed by the English they replace.
 */
export const spanish: Catalog = {
  // payment-methods.ts
  'Payment methods': 'Métodos de pago',
  'Loading your payment methods…': 'Cargando sus métodos de pago…',
  'You have no saved payment methods yet. Add a card or a bank account to pay faster.':
    'Todavía no tiene métodos de pago guardados. Agregue una tarjeta o una cuenta bancaria para pagar más rápido.',
  'You have no saved payment methods.': 'No tiene métodos de pago guardados.',
  '+ Add payment method': '+ Agregar método de pago',
  '{name} was saved.': 'Se guardó {name}.',
  'your …|the form for a new payment method': 'el formulario para un nuevo método de pago',

  // method-view.ts, method-actions.ts
  'payment method|Default': 'Predeterminado',
  'Blocked after a bank return ({code}: {reason}) on {date}. Add another account to keep paying online.':
    'Bloqueado después de una devolución del banco ({code}: {reason}) el {date}. Agregue otra cuenta para seguir pagando en línea.',
  'Used for automatic payments — authorized by {name} on {date}. The billing team collects your balance from it.':
    'Se usa para pagos automáticos — autorizado por {name} el {date}. El equipo de facturación cobra su saldo con este método.',
  'Used for automatic payments — authorized by {name} on {date}.': 'Se usa para pagos automáticos — autorizado por {name} el {date}.',
  'Allowed for automatic payments — authorized by {name} on {date} — but the billing team cannot collect from it while it cannot be used.':
    'Permitido para pagos automáticos — autorizado por {name} el {date} — pero el equipo de facturación no puede cobrar con este método mientras no se pueda usar.',
  'Nickname for {method}': 'Apodo para {method}',
  Cancel: 'Cancelar',
  'Save name': 'Guardar el nombre',
  'Remove {name}?': '¿Eliminar {name}?',
  'Payments already made with it keep their record.': 'Los pagos ya hechos con este método conservan su registro.',
  'Keep it': 'Conservarlo',
  Remove: 'Eliminar',
  'Stop automatic payments from {name}?': '¿Detener los pagos automáticos con {name}?',
  'Keep automatic payments': 'Mantener los pagos automáticos',
  'Stop automatic payments': 'Detener los pagos automáticos',
  'from {name}': 'con {name}',
  'Make default': 'Marcar como predeterminado',
  Rename: 'Cambiar el nombre',
  'Allow automatic payments': 'Permitir pagos automáticos',
  '{name} was removed.': 'Se eliminó {name}.',

  // address-fields.ts, address-view.ts
  'Billing address': 'Dirección de facturación',
  'Full name': 'Nombre completo',
  '(optional)': '(opcional)',
  'Choose a state': 'Elija un estado',
  Country: 'País',
  'Street address': 'Dirección (calle y número)',
  'Apartment, suite or unit': 'Apartamento, oficina o unidad',
  City: 'Ciudad',
  'address|State': 'Estado',
  'State, province or region': 'Estado, provincia o región',
  'ZIP code': 'Código postal (ZIP)',
  'Postal code': 'Código postal',
  "Same as the resident's address ({address})": 'Igual que la dirección del residente ({address})',
  'Choose a country': 'Elija un país',

  // bank-account-fields.ts, bank-account-view.ts
  'Bank account': 'Cuenta bancaria',
  "Account holder's name": 'Nombre del titular de la cuenta',
  'Account type': 'Tipo de cuenta',
  'Routing number': 'Número de ruta',
  'Account number': 'Número de cuenta',
  'Confirm account number': 'Confirme el número de cuenta',
  'The 9 digits at the bottom left of a check': 'Los 9 dígitos en la parte inferior izquierda de un cheque',
  '4 to 17 digits': 'De 4 a 17 dígitos',
  "Type it again, so a typo can't send a payment to the wrong account.": 'Escríbalo otra vez, para que un error de escritura no envíe un pago a la cuenta equivocada.',
  'Where do I find these numbers?': '¿Dónde encuentro estos números?',
  "They are printed along the bottom of a check. From the left: the 9-digit routing number, then your account number, then the check number. Your bank's app or statement shows them too.":
    'Están impresos en la parte inferior de un cheque. De izquierda a derecha: el número de ruta de 9 dígitos, luego su número de cuenta y luego el número de cheque. La aplicación o el estado de cuenta de su banco también los muestra.',
  'account type|Checking': 'De cheques',
  'account type|Savings': 'De ahorros',
  'check sketch|Routing': 'Ruta',
  'check sketch|Account': 'Cuenta',
  'check sketch|Check': 'Cheque',

  // field-group.ts
  '{count} fields need attention.': { one: '{count} campo requiere su atención.', other: '{count} campos requieren su atención.' },
};
