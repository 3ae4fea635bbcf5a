import type { Catalog } from './i18n/translate.js';

/** Whose billing the payer widgets show, and who may pay it, in Spanish, keyed by the English they replace. */
export const spanish: Catalog = {
  You: 'Usted',
  'Invoices for {name}': 'Facturas de {name}',
  'Your invoices': 'Sus facturas',
  'Invoices addressed to you': 'Facturas dirigidas a usted',
  Invoices: 'Facturas',
  'Invoice {number} is addressed to {person}, so only they can pay it online. If you should pay it, the billing office can address it to you (in ALIS, under Options > Edit): {office}.':
    'La factura {number} está dirigida a {person}, así que solo esa persona puede pagarla en línea. Si usted debe pagarla, la oficina de facturación puede dirigirla a usted (en ALIS, en Opciones > Editar): {office}.',
  "Your access lets you view {name}'s billing but not pay online. If you should pay, contact {office}.":
    'Su acceso le permite ver la facturación de {name}, pero no pagar en línea. Si usted debe pagar, comuníquese con {office}.',
  'Your access lets you view your billing but not pay online. If you should pay, contact {office}.':
    'Su acceso le permite ver su facturación, pero no pagar en línea. Si usted debe pagar, comuníquese con {office}.',
  'Online payments are not available at {community} right now. You can still review the invoices here. To pay, contact {office}.':
    'Los pagos en línea no están disponibles en {community} en este momento. Aún puede revisar las facturas aquí. Para pagar, comuníquese con {office}.',
  'Online payments are not available at {community} right now. Past payments are still listed here. To pay, contact {office}.':
    'Los pagos en línea no están disponibles en {community} en este momento. Los pagos anteriores siguen apareciendo aquí. Para pagar, comuníquese con {office}.',
  'Online payments are not available at {community} right now. To pay, contact {office}.':
    'Los pagos en línea no están disponibles en {community} en este momento. Para pagar, comuníquese con {office}.',
  'Saving new payment methods is switched off at {community} for now. You can still rename your saved methods, choose your default and remove one; the billing team collects nothing automatically until online payments are back on. To pay, contact {office}.':
    'Por ahora, {community} no permite guardar nuevos métodos de pago. Aún puede cambiar el nombre de sus métodos guardados, elegir su método predeterminado y eliminar uno; el equipo de facturación no cobra nada automáticamente hasta que se reactiven los pagos en línea. Para pagar, comuníquese con {office}.',
  'Your access lets you pay with saved payment methods but not add, change or remove them. If you should manage payment methods, contact {office}.':
    'Su acceso le permite pagar con métodos de pago guardados, pero no agregarlos, cambiarlos ni eliminarlos. Si usted debe administrar los métodos de pago, comuníquese con {office}.',
  'Your access does not include payment methods. If you should manage payment methods, contact {office}.':
    'Su acceso no incluye los métodos de pago. Si usted debe administrar los métodos de pago, comuníquese con {office}.',
  'Nothing addressed to you is due.': 'No hay nada pendiente de pago dirigido a usted.',
  'No paid invoices are addressed to you yet.': 'Todavía no hay facturas pagadas dirigidas a usted.',
  'No invoices are addressed to you yet.': 'Todavía no hay facturas dirigidas a usted.',
  "You see only invoices addressed to you; any others on {name}'s account are not listed here.":
    'Usted solo ve las facturas dirigidas a usted; las demás de la cuenta de {name} no aparecen aquí.',
  'You see only invoices addressed to you.': 'Usted solo ve las facturas dirigidas a usted.',
  '{name} has no open invoices. Nothing is due.': '{name} no tiene facturas abiertas. No hay nada pendiente de pago.',
  '{name} has no paid invoices yet.': '{name} todavía no tiene facturas pagadas.',
  '{name} has no invoices yet.': '{name} todavía no tiene facturas.',
  'You have no open invoices. Nothing is due.': 'No tiene facturas abiertas. No hay nada pendiente de pago.',
  'You have no paid invoices yet.': 'Todavía no tiene facturas pagadas.',
  'You have no invoices yet.': 'Todavía no tiene facturas.',
  'None of your payments is processing right now.': 'Ninguno de sus pagos está en proceso en este momento.',
  'None of your payments succeeded yet.': 'Ninguno de sus pagos se ha completado todavía.',
  'None of your payments failed.': 'Ninguno de sus pagos falló.',
  'None of your payments was returned by the bank.': 'Ninguno de sus pagos fue devuelto por el banco.',
  'None of your payments was refunded.': 'Ninguno de sus pagos fue reembolsado.',
  'None of your payments was partly refunded.': 'Ninguno de sus pagos fue reembolsado en parte.',
  'None of your payments was voided.': 'Ninguno de sus pagos fue anulado.',
  "None of the payments on {name}'s account is processing right now.": 'Ninguno de los pagos de la cuenta de {name} está en proceso en este momento.',
  "None of the payments on {name}'s account succeeded yet.": 'Ninguno de los pagos de la cuenta de {name} se ha completado todavía.',
  "None of the payments on {name}'s account failed.": 'Ninguno de los pagos de la cuenta de {name} falló.',
  "None of the payments on {name}'s account was returned by the bank.": 'Ninguno de los pagos de la cuenta de {name} fue devuelto por el banco.',
  "None of the payments on {name}'s account was refunded.": 'Ninguno de los pagos de la cuenta de {name} fue reembolsado.',
  "None of the payments on {name}'s account was partly refunded.": 'Ninguno de los pagos de la cuenta de {name} fue reembolsado en parte.',
  "None of the payments on {name}'s account was voided.": 'Ninguno de los pagos de la cuenta de {name} fue anulado.',
  "No payments have been made on {name}'s account yet.": 'Todavía no se han hecho pagos en la cuenta de {name}.',
  'You have not made any payments yet.': 'Todavía no ha hecho ningún pago.',
  "Also due on {name}'s account: {total} — addressed to {person}, {invoices}. Only they can pay it online.":
    'También se debe en la cuenta de {name}: {total} — dirigido a {person}, {invoices}. Solo esa persona puede pagarlo en línea.',
  'Also due on the account: {total} — addressed to {person}, {invoices}. Only they can pay it online.':
    'También se debe en la cuenta: {total} — dirigido a {person}, {invoices}. Solo esa persona puede pagarlo en línea.',
  '{amount} addressed to {person} ({invoices})': '{amount} dirigido a {person} ({invoices})',
  "Also due on {name}'s account: {total} — {list}. Only the person each is addressed to can pay it online.":
    'También se debe en la cuenta de {name}: {total} — {list}. Solo la persona a quien está dirigido cada monto puede pagarlo en línea.',
  'Also due on the account: {total} — {list}. Only the person each is addressed to can pay it online.':
    'También se debe en la cuenta: {total} — {list}. Solo la persona a quien está dirigido cada monto puede pagarlo en línea.',
  "This covers only what is addressed to you. Other amounts may be due on {name}'s account.":
    'Esto incluye solo lo dirigido a usted. Es posible que se deban otros montos en la cuenta de {name}.',
  'This covers only what is addressed to you.': 'Esto incluye solo lo dirigido a usted.',
  '{amount} will be collected on {date} from {methods}.': 'Se cobrará {amount} el {date} con cargo a {methods}.',
  '{amount} will be collected on {date}.': 'Se cobrará {amount} el {date}.',
  'We emailed you on {day}: {collected}': 'Le enviamos un correo electrónico el {day}: {collected}',
  'The billing team noted on {day}: {collected}': 'El equipo de facturación dejó constancia el {day}: {collected}',
  '{refusal} Contact {office}.': '{refusal} Comuníquese con {office}.',
  '{count} invoices': { one: '{count} factura', other: '{count} facturas' },
};
