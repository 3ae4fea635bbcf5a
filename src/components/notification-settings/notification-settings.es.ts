import type { Catalog } from '../../core/i18n/translate.js';

/** `<alis-notification-settings>` and the emails it names (notice-words.ts) in Spanish, keyed by the English they replace. */
export const spanish: Catalog = {
  // notification-settings.ts
  'Emails you receive': 'Correos electrónicos que recibe',
  'Loading your email settings…': 'Cargando su configuración de correo electrónico…',
  'Email settings are for residents and family members signed in to the resident portal; a billing-team account has none to choose.':
    'La configuración de correo electrónico es para residentes y familiares que iniciaron sesión en el portal para residentes; una cuenta del equipo de facturación no tiene opciones que elegir.',
  'We send these emails to {email}, the address you sign in with. To use another address, contact {office}.':
    'Enviamos estos correos a {email}, la dirección con la que inicia sesión. Para usar otra dirección, comuníquese con {office}.',
  'Emails you choose': 'Correos que usted elige',
  'Saving…': 'Guardando…',
  Save: 'Guardar',
  'Always sent': 'Siempre se envían',
  'Nothing to save: these are already your choices.': 'No hay nada que guardar: estas ya son sus opciones.',
  '{email}: on': '{email}: activado',
  '{email}: off': '{email}: desactivado',
  'Saved. {changes}.': 'Cambios guardados. {changes}.',
  'Not saved. {reason}': 'No se guardó. {reason}',
  'Not saved: we could not reach the billing service. Your choices are kept; please try again.':
    'No se guardó: no pudimos comunicarnos con el servicio de facturación. Sus opciones se conservan; por favor, inténtelo de nuevo.',
  'Not saved: something went wrong. Your choices are kept; please try again.': 'No se guardó: algo salió mal. Sus opciones se conservan; por favor, inténtelo de nuevo.',

  // notice-words.ts
  'Payment receipts': 'Recibos de pago',
  'After every payment: one you make online, and each one the billing team collects as you authorized.':
    'Después de cada pago: los que usted hace en línea y cada uno que el equipo de facturación cobra según lo que usted autorizó.',
  'Your receipt is your record of what was paid.': 'Su recibo es su comprobante de lo que se pagó.',
  'Declined card payments': 'Pagos con tarjeta rechazados',
  "When the card's bank declines a card payment, so you can pay another way.": 'Cuando el banco de la tarjeta rechaza un pago con tarjeta, para que pueda pagar de otra forma.',
  'It tells you that your invoices are still open.': 'Le avisa que sus facturas siguen pendientes.',
  'Returned bank payments': 'Pagos bancarios devueltos',
  'When your bank sends back a payment taken from your account, with what to do next.': 'Cuando su banco devuelve un pago tomado de su cuenta, con los pasos a seguir.',
  'A returned payment reopens your invoices and needs you to act, so this email is always sent.':
    'Un pago devuelto vuelve a dejar pendientes sus facturas y requiere que usted tome medidas, por eso este correo siempre se envía.',
  'Advance notice of an automatic collection': 'Aviso previo de un cobro automático',
  '{count} days before the billing team collects from an account you authorized: the amount, the account and the date.': {
    one: '{count} día antes de que el equipo de facturación cobre de una cuenta que usted autorizó: el monto, la cuenta y la fecha.',
    other: '{count} días antes de que el equipo de facturación cobre de una cuenta que usted autorizó: el monto, la cuenta y la fecha.',
  },
  'The amount can change from month to month, and the Nacha rules for bank debits require a notice before each such collection, so this email is always sent.':
    'El monto puede cambiar de un mes a otro, y las reglas de Nacha para los débitos bancarios exigen un aviso antes de cada cobro de este tipo, por eso este correo siempre se envía.',
  'Requests from the billing office': 'Solicitudes de la oficina de facturación',
  'When the billing office asks you to do something, such as add a payment method.': 'Cuando la oficina de facturación le pide que haga algo, como agregar un método de pago.',
  'These come from the billing office itself, so they are always sent.': 'Provienen de la propia oficina de facturación, por eso siempre se envían.',
  'Invitations to the resident portal': 'Invitaciones al portal para residentes',
  'When the community invites you to see a resident’s billing.': 'Cuando la comunidad le envía una invitación para ver la facturación de un residente.',
  'The link in it is how you accept.': 'El enlace que contiene es la forma de aceptarla.',
  'Automatic payments withdrawn': 'Autorización de pagos automáticos retirada',
  'To the billing office, when a payer stops automatic payments from an account.': 'A la oficina de facturación, cuando un pagador detiene los pagos automáticos de una cuenta.',
  'The billing team must not collect from that account again.': 'El equipo de facturación no debe volver a cobrar de esa cuenta.',
};
