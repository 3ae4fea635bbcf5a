import type { Catalog } from '../../core/i18n/translate.js';

/**
 * The Payment Center's frame, Undeposited Payments, Deposits (with the deposit report) and the
 * payment history with its actions, in Spanish, keyed by the English they replace. Words they share
 * with the payer's elements (Date, Status, Amount, Total charged, Cancel, Details…) are in
 * `shared/shared.es.ts` and `invoices/invoices.es.ts`; the deposit report's column headings in
 * `core/deposit-report.es.ts`.
 */
export const spanish: Catalog = {
  // payment-center.ts
  'Undeposited payments': 'Pagos sin depositar',
  Deposits: 'Depósitos',
  Payers: 'Pagadores',
  Settings: 'Configuración',
  'Payment history': 'Historial de pagos',
  'Payment Center': 'Centro de pagos',
  'Loading the Payment Center…': 'Cargando el Centro de pagos…',
  'Payment Center sections': 'Secciones del Centro de pagos',
  'staff only: what|The Payment Center': 'El Centro de pagos',
  'your …|{tab} tab': 'la pestaña {tab}',

  // undeposited-panel.ts, undeposited-view.ts
  'Loading undeposited payments…': 'Cargando pagos sin depositar…',
  'Everything is deposited. Payments made in the portal or pulled by the billing team appear here until they are deposited.':
    'Todo está depositado. Los pagos hechos en el portal o cobrados por el equipo de facturación aparecen aquí hasta que se depositan.',
  'No undeposited payments match these filters.': 'Ningún pago sin depositar coincide con estos filtros.',
  'Filters cleared.': 'Se borraron los filtros.',
  'staff only: what|Undeposited Payments': 'La sección Pagos sin depositar',
  'Filter payments': 'Filtrar pagos',
  Source: 'Origen',
  'All sources': 'Todos los orígenes',
  'All methods': 'Todos los métodos',
  'date filter|From': 'Desde',
  'date filter|To': 'Hasta',
  'Clear filters': 'Borrar filtros',
  'Undeposited payments (more can be loaded below)': 'Pagos sin depositar (se pueden cargar más abajo)',
  'Amount is what was applied to invoices; Total charged adds the convenience fee: the money a deposit brings to the bank. Bank debits still settling can be deposited once they settle.':
    'Monto es lo que se aplicó a las facturas; Total cobrado suma el cargo por servicio: el dinero que un depósito lleva al banco. Los débitos bancarios que aún se están liquidando se pueden depositar cuando se liquiden.',
  'Select all settled payments shown ({shown})': 'Seleccionar todos los pagos liquidados que se muestran ({shown})',
  Receipt: 'Recibo',
  'Select {reference}, {payer}, {amount}': 'Seleccionar {reference}, {payer}, {amount}',
  'incl. {fee} fee': 'incluye un cargo de {fee}',

  // deposit-confirmation.ts
  'Depositing…': 'Depositando…',
  'Deposit {count} payments?': { one: '¿Depositar {count} pago?', other: '¿Depositar {count} pagos?' },
  'These {count} payments will be recorded as one deposit of {total}. A payment belongs to one deposit only, and a deposit cannot be undone here.': {
    one: 'Este pago se registrará como un solo depósito de {total}. Un pago pertenece a un solo depósito, y un depósito no se puede deshacer aquí.',
    other: 'Estos {count} pagos se registrarán como un solo depósito de {total}. Un pago pertenece a un solo depósito, y un depósito no se puede deshacer aquí.',
  },
  'Payments in this deposit': 'Pagos de este depósito',
  'Back to the updated list': 'Volver a la lista actualizada',
  'Deposit {total}': 'Depositar {total}',
  'Deposit {reference} created': 'Depósito {reference} creado',
  Reference: 'Referencia',
  Payments: 'Pagos',
  Dismiss: 'Descartar',

  // deposits-panel.ts, deposits-view.ts
  'The deposits were updated with the new deposit.': 'Los depósitos se actualizaron con el depósito nuevo.',
  'Loading deposits…': 'Cargando depósitos…',
  'staff only: what|Deposits': 'La sección Depósitos',
  'No deposits yet. Deposit payments from Undeposited Payments and the batches appear here.':
    'Todavía no hay depósitos. Deposite pagos desde Pagos sin depositar y los lotes aparecerán aquí.',
  'Back to deposits': 'Volver a los depósitos',
  'Loading the report of {reference}…': 'Cargando el informe de {reference}…',
  'your …|report of deposit {reference}': 'el informe del depósito {reference}',
  'Report of deposit {reference} shown.': 'Se muestra el informe del depósito {reference}.',
  '{name} downloaded.': 'Se descargó {name}.',
  '{count} payments of deposit {reference} shown.': {
    one: 'Se muestra {count} pago del depósito {reference}.',
    other: 'Se muestran {count} pagos del depósito {reference}.',
  },
  'Deposit batches': 'Lotes de depósito',
  'Deposit batches, newest first': 'Lotes de depósito, los más recientes primero',
  'Total is what the payments charged, fees included; returns and refunds of its payments are its adjustments, and Net is what the bank keeps.':
    'Total es lo que cobraron los pagos, con los cargos incluidos; las devoluciones y los reembolsos de sus pagos son sus ajustes, y Neto es lo que conserva el banco.',
  'Made by': 'Hecho por',
  '{count} adjustments': { one: '{count} ajuste', other: '{count} ajustes' },
  'deposit button|Report': 'Informe',
  'of deposit {reference}': 'del depósito {reference}',
  'Hide payments': 'Ocultar pagos',
  'Show payments': 'Mostrar pagos',
  'Loading the payments of {reference}…': 'Cargando los pagos de {reference}…',
  'your …|payments of deposit {reference}': 'los pagos del depósito {reference}',
  'Payments in deposit {reference}': 'Pagos del depósito {reference}',
  'Adjustments after the deposit': 'Ajustes posteriores al depósito',

  // deposit-report-sheet.ts, deposit-report-view.ts
  'Deposit report {reference}': 'Informe del depósito {reference}',
  Community: 'Comunidad',
  'deposit report fact|Deposited': 'Fecha del depósito',
  Print: 'Imprimir',
  'Download CSV': 'Descargar CSV',
  'Payments in {reference}': 'Pagos de {reference}',
  'Amount was applied to invoices; Charged adds the fee; Net is what the bank keeps after returns and refunds.':
    'Monto es lo que se aplicó a las facturas; Cobrado suma el cargo; Neto es lo que conserva el banco después de las devoluciones y los reembolsos.',
  'Refund: {reason}': 'Reembolso: {reason}',
  'Bank return {code} {reason}': 'Devolución bancaria {code} {reason}',

  // history-panel.ts
  'Loading payments…': 'Cargando pagos…',
  'staff only: what|The Payment Center’s payment history': 'El historial de pagos del Centro de pagos',
  'ALIS Pay is switched off at {community}: voids, refunds and presenting a returned debit again are off until it is on again. The history stays readable.':
    'ALIS Pay está desactivado en {community}: las anulaciones, los reembolsos y la nueva presentación de un débito devuelto no están disponibles hasta que se vuelva a activar. El historial se puede seguir consultando.',
  'No payments match these filters.': 'Ningún pago coincide con estos filtros.',
  'No payments have been made yet.': 'Todavía no se ha hecho ningún pago.',
  'Payments sorted by {column}, ascending.': 'Pagos ordenados por {column}, en orden ascendente.',
  'Payments sorted by {column}, descending.': 'Pagos ordenados por {column}, en orden descendente.',

  // history-view.ts
  'Paid online by the payer': 'Pagado en línea por el pagador',
  'Pulled by the billing team': 'Cobrado por el equipo de facturación',
  'All statuses': 'Todos los estados',
  'Cards and bank accounts': 'Tarjetas y cuentas bancarias',
  Cards: 'Tarjetas',
  'Bank accounts': 'Cuentas bancarias',
  Everyone: 'Todos',
  '{name} (resident)': '{name} (residente)',
  'noun|Deposit': 'Depósito',
  'Deposited or not': 'Depositados o no',
  'deposit filter|Deposited': 'Depositados',
  'deposit filter|Undeposited': 'Sin depositar',
  'Payments, newest first': 'Pagos, los más recientes primero',
  'Payments, sorted by {column} (ascending)': 'Pagos, ordenados por {column} (ascendente)',
  'Payments, sorted by {column} (descending)': 'Pagos, ordenados por {column} (descendente)',
  'sorted by|date': 'fecha',
  'sorted by|reference': 'referencia',
  'sorted by|resident': 'residente',
  'sorted by|payer': 'pagador',
  'sorted by|method': 'método',
  'sorted by|amount': 'monto',
  'sorted by|total charged': 'total cobrado',
  'sorted by|status': 'estado',
  'of payment {reference}': 'del pago {reference}',
  'Presents a returned payment again.': 'Vuelve a presentar un pago devuelto.',
  'Presentment {number} of this debit.': 'Presentación {number} de este débito.',
  'Audit trail of {reference}': 'Registro de auditoría de {reference}',
  When: 'Cuándo',
  Who: 'Quién',
  What: 'Qué',
  Detail: 'Detalle',
  'audit role|payer': 'pagador',
  'audit role|billing team': 'equipo de facturación',
  'audit role|system': 'sistema',
  'audit action|Submitted': 'Enviado',
  'audit action|Succeeded': 'Completado',
  'audit action|Failed': 'Fallido',
  'audit action|Deposited': 'Depositado',
  'audit action|Voided': 'Anulado',
  'audit action|Refunded': 'Reembolsado',
  'audit action|Returned by the bank': 'Devuelto por el banco',
  'audit action|Presented again': 'Presentado de nuevo',
  'audit action|Credit applied': 'Crédito aplicado',

  // payment-action-form.ts
  'The void of this payment was sent but not confirmed. Open any action to check it again first.':
    'La anulación de este pago se envió, pero no se confirmó. Abra cualquier acción para comprobarla primero.',
  'The refund of this payment was sent but not confirmed. Open any action to check it again first.':
    'El reembolso de este pago se envió, pero no se confirmó. Abra cualquier acción para comprobarlo primero.',
  'The record bank return of this payment was sent but not confirmed. Open any action to check it again first.':
    'El registro de la devolución bancaria de este pago se envió, pero no se confirmó. Abra cualquier acción para comprobarlo primero.',
  'The present again of this payment was sent but not confirmed. Open any action to check it again first.':
    'La nueva presentación de este pago se envió, pero no se confirmó. Abra cualquier acción para comprobarla primero.',
  'Already deposited, so it can be refunded but no longer voided.': 'Ya está depositado, así que se puede reembolsar, pero ya no se puede anular.',
  'after “Void”|payment {reference}': 'el pago {reference}',
  'after “Refund”|payment {reference}': 'el pago {reference}',
  'after “Record bank return”|payment {reference}': 'del pago {reference}',
  'after “Present again”|payment {reference}': 'el pago {reference}',

  // payment-action-confirmation.ts
  'Keep payment': 'Conservar el pago',
  'Amount to refund': 'Monto a reembolsar',
  'Up to {most} of {amount} can still be refunded.': 'Todavía se puede reembolsar hasta {most} de {amount}.',
  '{refunded} was refunded already.': 'Ya se reembolsó {refunded}.',
  'At most {max} can still be refunded.': 'Como máximo, todavía se puede reembolsar {max}.',
  'Checking whether refunds give the convenience fee back…': 'Comprobando si los reembolsos devuelven el cargo por servicio…',
  'Return code the bank gave': 'Código de devolución que indicó el banco',
  'Reason (required)': 'Motivo (obligatorio)',
  'Kept in the payment’s audit trail with your name.': 'Se guarda con su nombre en el registro de auditoría del pago.',

  // payment-actions.ts
  'your …|confirmation': 'la confirmación',
  'Something went wrong; nothing was changed.': 'Algo salió mal; no se cambió nada.',
  'Something went wrong; nothing was changed. Please try again.': 'Algo salió mal; no se cambió nada. Intente de nuevo.',
};
