import type { Catalog } from '../../core/i18n/translate.js';

/**
 * The Payment Center's Invoices panel (with its addressee editor) and Settings panel in Spanish,
 * keyed by the English they replace. The column headings they share with `<alis-invoices>`
 * (Invoice, Period, Due date, Addressed to, Total, Balance, Status) are in `invoices/invoices.es.ts`.
 */
export const spanish: Catalog = {
  // invoices-panel.ts
  Invoices: 'Facturas',
  'Loading invoices…': 'Cargando facturas…',
  'The Payment Center’s invoice list': 'La lista de facturas del Centro de pagos',

  // invoices-table.ts
  'Find invoices': 'Buscar facturas',
  'Resident or payer name': 'Nombre del residente o del pagador',
  Search: 'Buscar',
  'All invoices': 'Todas las facturas',
  'Open (balance due)': 'Abiertas (con saldo pendiente)',
  'invoice status filter|Paid': 'Pagadas',
  Resident: 'Residente',
  Options: 'Opciones',
  'for invoice {number}': 'de la factura {number}',

  // invoice-addressee.ts
  '{number} for {resident}, issued {date}: paid so far {paid} of {total}.': 'Factura {number} de {resident}, emitida el {date}: pagado hasta ahora {paid} de {total}.',
  'Addressed to {addressee}, the only person who can pay it online.': 'Dirigida a {addressee}, la única persona que puede pagarla en línea.',
  'Edit addressee': 'Cambiar destinatario',
  'of invoice {number}': 'de la factura {number}',
  'History of {number}': 'Historial de la factura {number}',
  'Loading {resident}’s contacts…': 'Cargando los contactos de {resident}…',
  'Change who {number} is addressed to': 'Cambiar a quién va dirigida la factura {number}',
  'Address {number} to': 'Dirigir la factura {number} a',
  '({role}, addressed now)': '({role}, destinatario actual)',
  Cancel: 'Cancelar',
  'Saving…': 'Guardando…',
  'Save addressee': 'Guardar destinatario',
  'We could not reach the billing service; the invoice was not changed. Please try again.':
    'No pudimos comunicarnos con el servicio de facturación; la factura no se modificó. Por favor, inténtelo de nuevo.',
  'Something went wrong; the invoice was not changed.': 'Algo salió mal; la factura no se modificó.',

  // settings-panel.ts
  'Billing settings': 'Configuración de facturación',
  'staff only: what|Billing settings': 'La configuración de facturación',
  'Loading the billing settings…': 'Cargando la configuración de facturación…',
  'History of these settings': 'Historial de esta configuración',
  'Your changes were undone.': 'Se deshicieron sus cambios.',
  'Nothing to save: no setting was changed.': 'No hay nada que guardar: no se cambió ninguna opción.',
  'Settings saved: {changes}.': 'Configuración guardada: {changes}.',
  'The settings may not have been saved. Save again to be sure.': 'Es posible que la configuración no se haya guardado. Guárdela de nuevo para asegurarse.',
  'We could not reach the billing service, so the settings may not have been saved. Check your connection and save again.':
    'No pudimos comunicarnos con el servicio de facturación, así que es posible que la configuración no se haya guardado. Revise su conexión y guarde de nuevo.',
  'Something went wrong while saving. Please save again.': 'Algo salió mal al guardar. Por favor, guarde de nuevo.',

  // settings-form.ts
  'ALIS Pay and ALIS Connect': 'ALIS Pay y ALIS Connect',
  "Payers pay online only while both are on. The billing team's pulls, voids and refunds need only ALIS Pay.":
    'Los pagadores pueden pagar en línea solo mientras ambos estén activados. Los cobros, anulaciones y reembolsos del equipo de facturación solo necesitan ALIS Pay.',
  'The payment gateway: saving cards and bank accounts, payments, and the billing team’s pulls, voids and refunds.':
    'La pasarela de pagos: guardar tarjetas y cuentas bancarias, los pagos, y los cobros, anulaciones y reembolsos del equipo de facturación.',
  'The portal where families sign in to see and pay their bills.': 'El portal donde las familias inician sesión para ver y pagar sus facturas.',
  'switch state|on': 'activado',
  'switch state|off': 'desactivado',
  'Convenience fees': 'Cargos por servicio',
  'Charged on top of a payment, in percent with up to two decimals, from 0 to 3.00%. The engine stores basis points: {percent}% = 250 basis points. Fees are rounded half-up to the cent.':
    'Se cobran además del pago, en porcentaje con hasta dos decimales, de 0 a 3.00%. El sistema guarda puntos básicos: {percent}% = 250 puntos básicos. Los cargos se redondean al centavo, con las mitades hacia arriba.',
  'Card convenience fee': 'Cargo por servicio con tarjeta',
  'Bank account convenience fee': 'Cargo por servicio con cuenta bancaria',
  '{percent}% = {count} basis points.': { one: '{percent}% = {count} punto básico.', other: '{percent}% = {count} puntos básicos.' },
  'Percent, e.g. 2.50.': 'Porcentaje, p. ej., 2.50.',
  'Card surcharges are not allowed in our state': 'Los recargos con tarjeta no están permitidos en nuestro estado',
  'No card pays a convenience fee while this is on, whatever else is set here. This is a setting, not legal advice: check your state’s rules with your own advisor.':
    'Ninguna tarjeta paga cargo por servicio mientras esto esté activado, sin importar el resto de la configuración. Esta es una opción, no asesoría legal: consulte las normas de su estado con su propio asesor.',
  'Cards that pay the card fee': 'Tarjetas que pagan el cargo por tarjeta',
  'Card network rules forbid surcharging debit and prepaid cards, so by default only credit cards pay. A card whose type the card network does not report counts as unknown.':
    'Las normas de las redes de tarjetas prohíben los recargos a las tarjetas de débito y prepagadas, por lo que, de forma predeterminada, solo pagan las tarjetas de crédito. Una tarjeta cuyo tipo no informa la red de tarjetas se considera de tipo desconocido.',
  'Card fee: flat part': 'Cargo por tarjeta: parte fija',
  'Added to the percentage on each card payment that pays the fee. Leave blank for none.':
    'Se suma al porcentaje en cada pago con tarjeta que paga el cargo. Déjelo en blanco si no hay parte fija.',
  'Card fee: at most': 'Cargo por tarjeta: máximo',
  'The most one card payment pays in fees. Leave blank for no cap.': 'Lo máximo que paga en cargos un pago con tarjeta. Déjelo en blanco para no poner límite.',
  'Bank account fee: flat part': 'Cargo por cuenta bancaria: parte fija',
  'Added to the percentage on each bank account payment. Leave blank for none.': 'Se suma al porcentaje en cada pago con cuenta bancaria. Déjelo en blanco si no hay parte fija.',
  'Bank account fee: at most': 'Cargo por cuenta bancaria: máximo',
  'The most one bank account payment pays in fees. Leave blank for no cap.': 'Lo máximo que paga en cargos un pago con cuenta bancaria. Déjelo en blanco para no poner límite.',
  'When a payment is refunded': 'Cuando se reembolsa un pago',
  'How Pay Outstanding applies a payment': 'Cómo aplica un pago la opción “Pagar saldo pendiente”',
  'Billing office contact': 'Contacto de la oficina de facturación',
  'Every payer widget names this office when it sends someone to the billing team: while ALIS Connect is off, when a profile includes no billing, or when an invoice is addressed to someone else.':
    'Cada pantalla para pagadores menciona esta oficina cuando remite a alguien al equipo de facturación: mientras ALIS Connect está desactivado, cuando un perfil no incluye la facturación o cuando una factura está dirigida a otra persona.',
  'Name payers ask for': 'Nombre por el que preguntan los pagadores',
  'e.g. “Business office”. Required.': 'P. ej., “Oficina administrativa”. Obligatorio.',
  Phone: 'Teléfono',
  'Optional.': 'Opcional.',
  Email: 'Correo electrónico',
  Hours: 'Horario',
  'As payers should read them, e.g. “Monday to Friday, 9 AM to 5 PM”. Optional.': 'Tal como deben leerlo los pagadores, p. ej., “Lunes a viernes, de 9 a. m. a 5 p. m.”. Opcional.',
  'Advance notice of billing-team pulls': 'Aviso previo de los cobros del equipo de facturación',
  'Days before each pull': 'Días antes de cada cobro',
  "Payers whose billing team pulls are emailed the amount, method and date this many days before each pull (1 to {max}). 10 is the default because of Nacha's rule for recurring debits whose amount varies: the payer must be told the amount and date at least 10 days before.":
    'A los pagadores a quienes el equipo de facturación les cobra se les envía por correo electrónico el monto, el método de pago y la fecha con esta cantidad de días de anticipación a cada cobro (de 1 a {max}). El valor predeterminado es 10 por la norma de Nacha para débitos recurrentes de monto variable: se debe informar al pagador el monto y la fecha al menos 10 días antes.',
  'When you save:': 'Al guardar:',
  'Payers will read:': 'Los pagadores leerán:',
  'Save settings': 'Guardar configuración',
  'Undo changes': 'Deshacer cambios',
};
