import type { Catalog } from './i18n/translate.js';

/** What changed in a reviewed quote (`quote-change.ts`) in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'Review the new total and submit again.': 'Revise el nuevo total y envíe de nuevo.',
  'Review the new total and pull again.': 'Revise el nuevo total y vuelva a cobrar.',
  'The amount changed from {before} to {after} since you reviewed it.': 'El monto cambió de {before} a {after} desde que lo revisó.',
  'the amount': 'el monto',
  'The convenience fee changed from {before} to {after} since you reviewed it.': 'El cargo por servicio cambió de {before} a {after} desde que lo revisó.',
  'the convenience fee': 'el cargo por servicio',
  'The fees changed from {before} to {after} since you reviewed it.': 'Los cargos cambiaron de {before} a {after} desde que los revisó.',
  'the fees': 'los cargos',
  'The fee changed from {before} to {after} since you reviewed it.': 'El cargo cambió de {before} a {after} desde que lo revisó.',
  'the fee': 'el cargo',
  'The convenience fee rate changed from {before} to {after} since you reviewed it.':
    'La tasa del cargo por servicio cambió de {before} a {after} desde que la revisó.',
  'the convenience fee rate': 'la tasa del cargo por servicio',
  'The fees rate changed from {before} to {after} since you reviewed it.': 'La tasa de los cargos cambió de {before} a {after} desde que la revisó.',
  'the fees rate': 'la tasa de los cargos',
  'The fee rate changed from {before} to {after} since you reviewed it.': 'La tasa del cargo cambió de {before} a {after} desde que la revisó.',
  'the fee rate': 'la tasa del cargo',
  'The payment method changed from {before} to {after} since you reviewed it.': 'El método de pago cambió de {before} a {after} desde que lo revisó.',
  'the payment method': 'el método de pago',
  'The method changed from {before} to {after} since you reviewed it.': 'El método cambió de {before} a {after} desde que lo revisó.',
  'the method': 'el método',
  'The way your payment is applied to your invoices changed since you reviewed it.':
    'La forma en que su pago se aplica a sus facturas cambió desde que lo revisó.',
  'the way your payment is applied to your invoices': 'la forma en que su pago se aplica a sus facturas',
  'The way the pull is applied to invoices changed since you reviewed it.': 'La forma en que el cobro se aplica a las facturas cambió desde que lo revisó.',
  'the way the pull is applied to invoices': 'la forma en que el cobro se aplica a las facturas',
  '{changes} changed since you reviewed it; the total is now {total}.': 'Cambiaron {changes} desde su revisión; el total ahora es {total}.',
  'Your review expired after 15 minutes. The total is still {total}; review it and submit again.':
    'Su revisión venció después de 15 minutos. El total sigue siendo {total}; revíselo y envíe de nuevo.',
  'The review expired after 15 minutes. The total is still {total}; review it and pull again.':
    'La revisión venció después de 15 minutos. El total sigue siendo {total}; revíselo y vuelva a cobrar.',
  'The payment changed since you reviewed it; the total is now {total}.': 'El pago cambió desde que lo revisó; el total ahora es {total}.',
  'The pull changed since you reviewed it; the total is now {total}.': 'El cobro cambió desde que lo revisó; el total ahora es {total}.',
};
