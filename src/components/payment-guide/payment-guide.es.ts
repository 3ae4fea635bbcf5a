import type { Catalog } from '../../core/i18n/translate.js';

/** `<alis-payment-guide>` ("How to pay bills") and its `guide-words.ts` in Spanish, keyed by the English they replace. */
export const spanish: Catalog = {
  // guide-words.ts
  'It pays the invoices with the oldest due date first.': 'Primero paga las facturas con la fecha de vencimiento más antigua.',
  'It pays the most recent invoices first.': 'Primero paga las facturas más recientes.',
  'It is kept as a credit on the account, and the billing office applies it to your invoices.':
    'Se guarda como crédito a favor en la cuenta, y la oficina de facturación lo aplica a sus facturas.',
  'Right now the resident portal is switched off.': 'En este momento, el portal para residentes está desactivado.',
  'Right now the resident portal and online payments are both on.': 'En este momento, el portal para residentes y los pagos en línea están activados.',
  'Right now the resident portal is on, and online payments are switched off.':
    'En este momento, el portal para residentes está activado y los pagos en línea están desactivados.',
  // payment-guide.ts
  'How to pay bills': 'Cómo pagar las facturas',
  'Loading the guide…': 'Cargando la guía…',
  'For residents of {community} and their families: how to see and pay bills online, and whom to ask.':
    'Para los residentes de {community} y sus familias: cómo ver y pagar las facturas en línea, y a quién consultar.',
  'Print this guide': 'Imprimir esta guía',
  'The resident portal is switched off for now, so bills cannot be seen or paid online. To pay or to ask about a bill, contact {office}.':
    'El portal para residentes está desactivado por ahora, así que no se pueden ver ni pagar las facturas en línea. Para pagar o consultar sobre una factura, comuníquese con {office}.',
  'Paying online is switched off for now. You can still sign in to see invoices and payments; to pay, contact {office}.':
    'Los pagos en línea están desactivados por ahora. Puede seguir iniciando sesión para ver facturas y pagos; para pagar, comuníquese con {office}.',
  'What the resident portal offers': 'Lo que ofrece el portal para residentes',
  "See the resident's invoices with their charges, balances and who each is addressed to, and the payments made, if your access includes billing.":
    'Ver las facturas del residente con sus cargos, saldos y a quién está dirigida cada una, y los pagos realizados, si su acceso incluye la facturación.',
  'Pay online by card. {fee}': 'Pagar en línea con tarjeta. {fee}',
  'Pay online from a bank account (a US checking or savings account). {fee}':
    'Pagar en línea desde una cuenta bancaria (una cuenta de cheques o de ahorros de EE. UU.). {fee}',
  'Save cards and bank accounts for next time. Only their last four digits are shown, and card numbers never reach the community.':
    'Guardar tarjetas y cuentas bancarias para la próxima vez. Solo se muestran sus últimos cuatro dígitos, y los números de tarjeta nunca llegan a la comunidad.',
  'A receipt for every payment, on screen and by email.': 'Un recibo por cada pago, en pantalla y por correo electrónico.',
  'Paying online and saving payment methods are switched off for now.': 'Los pagos en línea y la opción de guardar métodos de pago están desactivados por ahora.',
  'Who pays which invoice': 'Quién paga cada factura',
  'Each invoice is addressed to one person: the resident or a family member. Different invoices can be addressed to different people, for example the rent to one son and the pharmacy to his sister.':
    'Cada factura está dirigida a una persona: el residente o un familiar. Distintas facturas pueden estar dirigidas a distintas personas; por ejemplo, el alquiler a un hijo y la farmacia a su hermana.',
  "Everyone whose access includes billing sees all of the resident's invoices, but only the person an invoice is addressed to can pay it online. The portal shows who each invoice is addressed to.":
    'Todas las personas cuyo acceso incluye la facturación ven todas las facturas del residente, pero solo la persona a quien está dirigida una factura puede pagarla en línea. El portal muestra a quién está dirigida cada factura.',
  'If an invoice should be addressed to someone else, ask the billing office: they can re-address it.':
    'Si una factura debería estar dirigida a otra persona, consulte con la oficina de facturación: pueden cambiar el destinatario.',
  'Automatic payments by the billing team': 'Pagos automáticos a cargo del equipo de facturación',
  'The billing team can collect what you owe automatically on an agreed day of the month, from a card or bank account you authorize. Choose {allow} on that payment method and tell the billing office which day suits you.':
    'El equipo de facturación puede cobrar automáticamente lo que usted debe en un día del mes acordado, de una tarjeta o cuenta bancaria que usted autorice. Elija {allow} en ese método de pago e indique a la oficina de facturación qué día le conviene.',
  'Allow automatic payments': 'Permitir pagos automáticos',
  'Before every collection you are emailed the amount, the account and the date, {ahead}. If you pay some of it before then, the billing team collects less. To change the day or the account, contact the billing office before that date: {office}.':
    'Antes de cada cobro, le enviamos por correo electrónico el monto, la cuenta y la fecha, {ahead}. Si paga una parte antes, el equipo de facturación cobra menos. Para cambiar el día o la cuenta, comuníquese con la oficina de facturación antes de esa fecha: {office}.',
  '{days} ahead': 'con {days} de anticipación',
  'You can stop the automatic collections yourself at any time: choose {stop} on that payment method. The billing team then no longer collects, and you pay your bills yourself by their due dates; collections already made still go through.':
    'Usted mismo puede detener los cobros automáticos en cualquier momento: elija {stop} en ese método de pago. A partir de entonces, el equipo de facturación deja de cobrar y usted paga sus facturas antes de su fecha de vencimiento; los cobros ya realizados se mantienen.',
  'Stop automatic payments': 'Detener los pagos automáticos',
  'The billing team does not collect payments automatically at the moment: you pay each invoice yourself.':
    'Por el momento, el equipo de facturación no cobra pagos automáticamente: usted paga cada factura.',
  'Emails you receive': 'Correos electrónicos que recibe',
  'A receipt for every payment and a note when a card payment is declined (you can turn these two off in the portal); and always: a returned bank payment with what to do, the advance notice of each automatic collection, and requests from the billing office.':
    'Un recibo por cada pago y un aviso cuando se rechaza un pago con tarjeta (puede desactivar estos dos en el portal); y siempre: un pago bancario devuelto con lo que debe hacer, el aviso previo de cada cobro automático y las solicitudes de la oficina de facturación.',
  'If online services are switched off': 'Si los servicios en línea están desactivados',
  'If the community switches the resident portal off, nobody can sign in to see or pay bills until it is back on. Contact the billing office about anything to do with billing.':
    'Si la comunidad desactiva el portal para residentes, nadie puede iniciar sesión para ver o pagar facturas hasta que se vuelva a activar. Comuníquese con la oficina de facturación para cualquier asunto de facturación.',
  'If online payments are switched off, you can still sign in and see invoices and payments, but nobody can pay or save a payment method online, and the billing team does not collect automatically. Pay the billing office another way.':
    'Si los pagos en línea están desactivados, puede seguir iniciando sesión y ver facturas y pagos, pero nadie puede pagar ni guardar un método de pago en línea, y el equipo de facturación no cobra automáticamente. Pague a la oficina de facturación de otra forma.',
  'Your billing office': 'Su oficina de facturación',
  'billing office|Office': 'Oficina',
  Phone: 'Teléfono',
  Email: 'Correo electrónico',
  Hours: 'Horario',
  'Ask them about any bill, for an invitation to the portal, or to change who an invoice is addressed to.':
    'Consúlteles sobre cualquier factura, para pedir una invitación al portal o para cambiar a quién está dirigida una factura.',
  'on the resident portal at {url}': 'en el portal para residentes en {url}',
  "on the resident portal of {community}'s website": 'en el portal para residentes del sitio web de {community}',
  'Step by step': 'Paso a paso',
  'Sign in': 'Iniciar sesión',
  'The billing office invites you by email. Open the email and choose {accept}. The link works once and expires.':
    'La oficina de facturación le envía una invitación por correo electrónico. Abra el correo y elija {accept}. El enlace funciona una sola vez y vence.',
  'Accept the invitation': 'Aceptar la invitación',
  'Check your name and accept: you are signed in.': 'Revise su nombre y acepte: así inicia sesión.',
  'Next time, sign in {where} with the email address the invitation was sent to.':
    'La próxima vez, inicie sesión {where} con el correo electrónico al que se envió la invitación.',
  'Add a payment method': 'Agregar un método de pago',
  'Under your payment methods, choose {add}.': 'En sus métodos de pago, elija {add}.',
  '+ Add payment method': '+ Agregar método de pago',
  'Choose a card or a bank account. For a card, type its number in the secure card fields; for a bank account, type the routing number and the account number (twice, to catch a typing mistake).':
    'Elija una tarjeta o una cuenta bancaria. Para una tarjeta, escriba su número en los campos seguros de la tarjeta; para una cuenta bancaria, escriba el número de ruta y el número de cuenta (dos veces, para detectar errores de escritura).',
  "Enter the billing address, or copy the resident's, and save.": 'Ingrese la dirección de facturación, o copie la del residente, y guarde.',
  'Choose {makeDefault} on the method you want chosen first when you pay.': 'Elija {makeDefault} en el método que desea que se elija primero al pagar.',
  'Make default': 'Marcar como predeterminado',
  'Pay one invoice': 'Pagar una factura',
  "In the list of invoices, {details} shows an invoice's charges.": 'En la lista de facturas, {details} muestra los cargos de una factura.',
  Details: 'Detalles',
  'Choose {pay} on an invoice addressed to you. An invoice addressed to someone else says whom instead.':
    'Elija {pay} en una factura dirigida a usted. Una factura dirigida a otra persona indica a quién, en lugar del botón.',
  Pay: 'Pagar',
  'Choose the payment method and the amount (all of the balance or part of it), then {review}.':
    'Elija el método de pago y el monto (todo el saldo o una parte), y luego {review}.',
  'Review payment': 'Revisar el pago',
  'Check the amount, any fee and the total, then confirm with {pay}. A receipt appears on screen and comes by email.':
    'Revise el monto, cualquier cargo y el total, y luego confirme con {pay}. Aparece un recibo en pantalla y le llega por correo electrónico.',
  'Pay everything addressed to you': 'Pagar todo lo que está dirigido a usted',
  'The balance shows the total of the invoices addressed to you. {allocation}': 'El saldo muestra el total de las facturas dirigidas a usted. {allocation}',
  'Choose {pay}, then the payment method, and review.': 'Elija {pay}, luego el método de pago, y revise.',
  'Pay outstanding balance': 'Pagar el saldo pendiente',
  "Confirm with {pay}. The balance also says what else is due on the resident's account and to whom it is addressed, so nobody thinks the account is settled when it is not.":
    'Confirme con {pay}. El saldo también indica qué más se debe en la cuenta del residente y a quién está dirigido, para que nadie piense que la cuenta está saldada cuando no lo está.',
  'Paying online is switched off for now: to pay, contact the billing office.': 'Los pagos en línea están desactivados por ahora: para pagar, comuníquese con la oficina de facturación.',
};
