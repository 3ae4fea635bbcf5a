import type { Catalog } from './i18n/translate.js';

/** A saved payment method, a change to it and a refused save, in Spanish, keyed by the English they replace. */
export const spanish: Catalog = {
  Card: 'Tarjeta',
  '{bank} savings account': 'Cuenta de ahorros de {bank}',
  'Savings account': 'Cuenta de ahorros',
  '{bank} checking account': 'Cuenta de cheques de {bank}',
  'Checking account': 'Cuenta de cheques',
  'Payment method': 'Método de pago',
  '{brand} credit ending in {last4} · expires {expiry}': 'Tarjeta de crédito {brand} terminada en {last4} · vence {expiry}',
  '{brand} debit ending in {last4} · expires {expiry}': 'Tarjeta de débito {brand} terminada en {last4} · vence {expiry}',
  '{brand} prepaid ending in {last4} · expires {expiry}': 'Tarjeta prepagada {brand} terminada en {last4} · vence {expiry}',
  '{brand} ending in {last4} · expires {expiry}': '{brand} terminada en {last4} · vence {expiry}',
  'Savings account ending in {last4} at {bank} · {holder}': 'Cuenta de ahorros terminada en {last4} en {bank} · {holder}',
  'Savings account ending in {last4} · {holder}': 'Cuenta de ahorros terminada en {last4} · {holder}',
  'Checking account ending in {last4} at {bank} · {holder}': 'Cuenta de cheques terminada en {last4} en {bank} · {holder}',
  'Checking account ending in {last4} · {holder}': 'Cuenta de cheques terminada en {last4} · {holder}',
  'The billing office will no longer pull your bills automatically, from this or any other method; you pay them yourself by their due dates. Collections already made still go through.':
    'La oficina de facturación ya no cobrará sus facturas automáticamente, ni con este ni con ningún otro método; usted las paga por su cuenta a más tardar en su fecha de vencimiento. Los cobros ya iniciados se completarán de todos modos.',
  'Automatic payments from {method} stopped. The billing office will no longer pull your bills; pay them yourself by their due dates.':
    'Se detuvieron los pagos automáticos con {method}. La oficina de facturación ya no cobrará sus facturas; páguelas por su cuenta a más tardar en su fecha de vencimiento.',
  '{name} is now your default.': '{name} es ahora su método predeterminado.',
  'The billing team may now use {name} for automatic payments.': 'El equipo de facturación ahora puede usar {name} para pagos automáticos.',
  '{name} will no longer be used for automatic payments.': '{name} ya no se usará para pagos automáticos.',
  'Saved the name {name}.': 'Se guardó el nombre {name}.',
  'We could not reach the billing service; nothing was changed. Please try again.':
    'No pudimos comunicarnos con el servicio de facturación; no se cambió nada. Por favor, inténtelo de nuevo.',
  'Something went wrong; nothing was changed.': 'Algo salió mal; no se cambió nada.',
  'Please correct the fields marked below; nothing was saved.': 'Corrija los campos señalados abajo; no se guardó nada.',
  'We could not reach the billing service, so nothing was saved. Check your connection and try again.':
    'No pudimos comunicarnos con el servicio de facturación, así que no se guardó nada. Revise su conexión e inténtelo de nuevo.',
  'Something went wrong; nothing was saved. Please try again.': 'Algo salió mal; no se guardó nada. Por favor, inténtelo de nuevo.',
  'Insufficient funds': 'Fondos insuficientes',
  'Account closed': 'Cuenta cerrada',
  'No account / unable to locate account': 'La cuenta no existe / no se pudo localizar la cuenta',
  'Invalid account number': 'Número de cuenta no válido',
  'Authorization revoked by customer': 'El cliente revocó la autorización',
  'Uncollected funds': 'Fondos no compensados',
  'Customer advises not authorized': 'El cliente indica que no lo autorizó',
  'Corporate customer advises not authorized': 'El cliente corporativo indica que no lo autorizó',
  'The bank returned a payment; replace or re-authorize this account.':
    'El banco devolvió un pago; reemplace esta cuenta o vuelva a autorizarla.',
  'The bank returned a payment ({code}: {meaning}); re-authorize this account or replace it.':
    'El banco devolvió un pago ({code}: {meaning}); vuelva a autorizar esta cuenta o reemplácela.',
  'The bank returned a payment ({code}: {meaning}); replace this account with another.':
    'El banco devolvió un pago ({code}: {meaning}); reemplace esta cuenta por otra.',
  'The bank returned a payment ({code}); replace or re-authorize this account.':
    'El banco devolvió un pago ({code}); reemplace esta cuenta o vuelva a autorizarla.',
  'This card expired at the end of {expiry}.': 'Esta tarjeta venció al final de {expiry}.',
  'It cannot be used to pay now.': 'Por ahora no se puede usar para pagar.',
  'Bank account': 'Cuenta bancaria',
};
