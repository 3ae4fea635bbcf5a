import type { Catalog } from '../../core/i18n/translate.js';

/** `<alis-pay-outstanding>` in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'It settles your invoices oldest due date first:': 'Salda primero las facturas con la fecha de vencimiento más antigua:',
  'It settles your invoices most recent first:': 'Salda primero las facturas más recientes:',
  'It is held as a credit on your account, which the business office applies to these invoices:':
    'Se guarda como crédito a favor en su cuenta, y la oficina de facturación lo aplica a estas facturas:',
  'Your outstanding balance was updated.': 'Su saldo pendiente se actualizó.',
  'Outstanding balance': 'Saldo pendiente',
  'Loading your balance…': 'Cargando su saldo…',
  'You owe': 'Usted debe',
  'Credit on account:': 'Crédito a favor:',
  'You have already paid it; the billing office will apply it to your next invoices.':
    'Usted ya lo pagó; la oficina de facturación lo aplicará a sus próximas facturas.',
  'You have already paid it; the billing office will apply it to your open invoices, and it is taken off what you owe.':
    'Usted ya lo pagó; la oficina de facturación lo aplicará a sus facturas abiertas, y se descuenta de lo que debe.',
  'You have already paid it; the billing office will apply it to your open invoices.':
    'Usted ya lo pagó; la oficina de facturación lo aplicará a sus facturas abiertas.',
  'Your credit covers these open invoices:': 'Su crédito cubre estas facturas abiertas:',
  'Invoice {number}': 'Factura {number}',
  'Overdue since {date}': 'Vencida desde el {date}',
  'Due {date}': 'Vence el {date}',
  'Nothing addressed to you is due.': 'No hay nada pendiente de pago dirigido a usted.',
  'Nothing is due. Thank you!': 'No hay nada pendiente de pago. ¡Gracias!',
  'Pay outstanding balance': 'Pagar el saldo pendiente',
};
