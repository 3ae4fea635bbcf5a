import type { Catalog } from '../../core/i18n/translate.js';

/** The shared states, receipts, "Show more" and notices in Spanish, keyed by the English they replace. */
export const spanish: Catalog = {
  // states.ts, client-consumer.ts
  Close: 'Cerrar',
  'Try again': 'Intentar de nuevo',
  'This is where residents and families see their bills; the billing team uses the Payment Center.':
    'Aquí los residentes y sus familias ven sus facturas; el equipo de facturación usa el Centro de pagos.',
  'This billing widget is not connected: place it inside <alis-billing-provider> or set its client property.':
    'Este componente de facturación no está conectado: colóquelo dentro de <alis-billing-provider> o defina su propiedad client.',

  // error-message.ts: a failed load, and what failed as it reads after "your" (Spanish with its own possessive or article)
  'Please sign in to see your {subject}.': 'Inicie sesión para ver {subject}.',
  "We couldn't load your {subject}. {reason}": 'No pudimos cargar {subject}. {reason}',
  "We couldn't reach the billing service to load your {subject}. Check your connection and try again.":
    'No pudimos comunicarnos con el servicio de facturación para cargar {subject}. Revise su conexión e inténtelo de nuevo.',
  "We couldn't load your {subject}. Please try again.": 'No pudimos cargar {subject}. Por favor, inténtelo de nuevo.',
  'your …|balance': 'su saldo',
  'your …|billing settings': 'la configuración de facturación',
  'your …|deposits': 'los depósitos',
  'your …|details': 'sus datos',
  'your …|email settings': 'su configuración de correo electrónico',
  'your …|guide': 'la guía',
  'your …|history': 'el historial',
  'your …|invitation': 'su invitación',
  'your …|invoices': 'sus facturas',
  'your …|payer': 'los datos del pagador',
  'your …|payers': 'los pagadores',
  'your …|Payment Center': 'el Centro de pagos',
  'your …|payment methods': 'sus métodos de pago',
  'your …|payments': 'sus pagos',
  'your …|portal users': 'los usuarios del portal',
  'your …|pulls due today': 'los cobros programados para hoy',
  'your …|residents': 'los residentes',
  'your …|residents and contacts': 'los residentes y sus contactos',
  'your …|the payment form': 'el formulario de pago',
  'your …|undeposited payments': 'los pagos sin depositar',
  'your …|user profiles': 'los perfiles de usuario',

  // on-demand.ts
  'Loading {subject}…': 'Cargando {subject}…',

  // load-more.ts
  'Show more changes': 'Mostrar más cambios',
  'Loading more changes…': 'Cargando más cambios…',
  '{count} more changes loaded.': { one: 'Se cargó {count} cambio más.', other: 'Se cargaron {count} cambios más.' },
  'Show more deposits': 'Mostrar más depósitos',
  'Loading more deposits…': 'Cargando más depósitos…',
  '{count} more deposits loaded.': { one: 'Se cargó {count} depósito más.', other: 'Se cargaron {count} depósitos más.' },
  'Show more invoices': 'Mostrar más facturas',
  'Loading more invoices…': 'Cargando más facturas…',
  '{count} more invoices loaded.': { one: 'Se cargó {count} factura más.', other: 'Se cargaron {count} facturas más.' },
  'Show more payers': 'Mostrar más pagadores',
  'Loading more payers…': 'Cargando más pagadores…',
  '{count} more payers loaded.': { one: 'Se cargó {count} pagador más.', other: 'Se cargaron {count} pagadores más.' },
  'Show more payments': 'Mostrar más pagos',
  'Loading more payments…': 'Cargando más pagos…',
  '{count} more payments loaded.': { one: 'Se cargó {count} pago más.', other: 'Se cargaron {count} pagos más.' },
  'Show more users': 'Mostrar más usuarios',
  'Loading more users…': 'Cargando más usuarios…',
  '{count} more users loaded.': { one: 'Se cargó {count} usuario más.', other: 'Se cargaron {count} usuarios más.' },

  // staff.ts
  "{what} is for the community's billing team (staff only); sign in with a staff account to use it.":
    '{what} es solo para el equipo de facturación de la comunidad (solo personal); inicie sesión con una cuenta del personal para acceder.',

  // arrangement-notice.ts
  "{community}'s billing team collects your balance automatically on day {day} of each month from {methods}.":
    'El equipo de facturación de {community} cobra su saldo automáticamente el día {day} de cada mes con cargo a {methods}.',
  "{community}'s billing team collects your balance automatically on day {day} of each month.":
    'El equipo de facturación de {community} cobra su saldo automáticamente el día {day} de cada mes.',
  "{community}'s billing team collects your balance automatically from {methods}.":
    'El equipo de facturación de {community} cobra su saldo automáticamente con cargo a {methods}.',
  "{community}'s billing team collects your balance automatically.": 'El equipo de facturación de {community} cobra su saldo automáticamente.',
  'The next collection is on {date}.': 'El próximo cobro es el {date}.',
  'You do not need to pay here; if you do, that collection only takes what is still owed then.':
    'No necesita pagar aquí; si lo hace, ese cobro solo tomará lo que todavía se deba en ese momento.',

  // receipt.ts
  '{status} — bank payments take about two business days': '{status} — los pagos bancarios tardan unos dos días hábiles',
  '{status} — the card payment is being confirmed': '{status} — se está confirmando el pago con tarjeta',
  '{status} — {reason}': '{status} — {reason}',
  '{status} — the payment did not go through': '{status} — el pago no se completó',
  'Returned by the bank': 'Devuelto por el banco',
  'Returned by the bank on {date} — {code} {description}': 'Devuelto por el banco el {date} — {code} {description}',
  '{status} — {amount} went back to {method}': '{status} — se devolvió {amount} a {method}',
  '{status} — {amount} of {total} went back to {method}': '{status} — se devolvió {amount} de {total} a {method}',
  '{status} — the payment was cancelled and will not be collected': '{status} — el pago se canceló y no se cobrará',
  'Total charged': 'Total cobrado',
  'Total (returned by the bank)': 'Total (devuelto por el banco)',
  'Total (not charged)': 'Total (no cobrado)',
  '{method} (collected by the billing team)': '{method} (cobrado por el equipo de facturación)',
  'Receipt {reference}': 'Recibo {reference}',
  'Receipt number': 'Número de recibo',
  Date: 'Fecha',
  Status: 'Estado',
  Resident: 'Residente',
  'Paid with': 'Pagado con',
  'Amount applied': 'Monto aplicado',
  Amount: 'Monto',
  'Convenience fee': 'Cargo por servicio',
  'Was to be applied to': 'Se iba a aplicar a',
  'Was applied to (now reversed)': 'Se aplicó a (ahora revertido)',
  'Applied to (partly reversed by the refunds)': 'Aplicado a (revertido en parte por los reembolsos)',
  'Applied to': 'Aplicado a',
  Invoice: 'Factura',
  'Unapplied credit': 'Crédito sin aplicar',
  '{amount} applied to {invoice} on {date}': '{amount} aplicado a {invoice} el {date}',
  'Credit on account': 'Crédito a favor',
  'Its credit was applied (now reversed):': 'Su crédito se aplicó (ahora revertido):',
  'Its credit was applied by the billing office:': 'La oficina de facturación aplicó su crédito:',
  '{amount} is held as credit on account, for the billing office to apply to open invoices.':
    '{amount} queda como crédito a favor, para que la oficina de facturación lo aplique a facturas abiertas.',
  'Refunds to {method}': 'Reembolsos a {method}',
  'Refunded on': 'Fecha del reembolso',
  Reason: 'Motivo',
};
