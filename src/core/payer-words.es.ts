// area: staff
import type { Catalog } from './i18n/translate.js';

/** The Payers panel's sentences (`payer-words.ts`) in Spanish, keyed by the English they replace. */
export const spanish: Catalog = {
  Resident: 'Residente',
  Contact: 'Contacto',
  'Pays on their own': 'Paga por su cuenta',
  'Billing team pulls': 'El equipo de facturación cobra',
  'Billing team pulls on day {day}': 'El equipo de facturación cobra el día {day}',
  'Billing team pulls from {method}': 'El equipo de facturación cobra con cargo a {method}',
  'Billing team pulls on day {day} from {method}': 'El equipo de facturación cobra el día {day} con cargo a {method}',
  '{amount} from {method}': '{amount} con cargo a {method}',
  'from {method}': 'con cargo a {method}',
  'Billing team pulls: {parts}': 'El equipo de facturación cobra: {parts}',
  'Billing team pulls on day {day}: {parts}': 'El equipo de facturación cobra el día {day}: {parts}',
  'Billing team pulls, split: {parts}': 'El equipo de facturación cobra, dividido: {parts}',
  'Billing team pulls on day {day}, split: {parts}': 'El equipo de facturación cobra el día {day}, dividido: {parts}',
  'Automatic payments ended: {person} removed {method}; no pulls from {date} on.':
    'Pagos automáticos terminados: {person} eliminó {method}; no habrá cobros a partir del {date}.',
  'Automatic payments ended: {person} withdrew the authorization of {method}; no pulls from {date} on.':
    'Pagos automáticos terminados: {person} retiró la autorización de {method}; no habrá cobros a partir del {date}.',
  '{first} and {second}': '{first} y {second}',
  'Notice emailed {date} for {amount} from {methods}.': 'Aviso enviado por correo electrónico el {date} por {amount} con cargo a {methods}.',
  'Notice emailed {date} for {amount}.': 'Aviso enviado por correo electrónico el {date} por {amount}.',
  'Nobody could be notified: no email address on file. Notice recorded {date} for {amount} from {methods}.':
    'No se pudo avisar a nadie: no hay correo electrónico registrado. Aviso registrado el {date} por {amount} con cargo a {methods}.',
  'Nobody could be notified: no email address on file. Notice recorded {date} for {amount}.':
    'No se pudo avisar a nadie: no hay correo electrónico registrado. Aviso registrado el {date} por {amount}.',
  'No advance notice sent yet; it goes out {count} days before the pull.': {
    one: 'Aún no se ha enviado el aviso previo; se envía {count} día antes del cobro.',
    other: 'Aún no se ha enviado el aviso previo; se envía {count} días antes del cobro.',
  },
  'ALIS Pay is switched off at {community}: pulls are off until it is on again. Arrangements can still be recorded.':
    'ALIS Pay está desactivado en {community}: no hay cobros hasta que se vuelva a activar. Aún se pueden registrar acuerdos de pago.',
  'ALIS Connect is switched off at {community}: payers cannot sign in, but the billing team can still pull payments from authorized methods.':
    'ALIS Connect está desactivado en {community}: los pagadores no pueden iniciar sesión, pero el equipo de facturación aún puede cobrar pagos con cargo a métodos autorizados.',
  'Payers matching “{search}”: {count} shown, more to load': {
    one: 'Pagadores que coinciden con “{search}”: {count} mostrado, hay más por cargar',
    other: 'Pagadores que coinciden con “{search}”: {count} mostrados, hay más por cargar',
  },
  'Payers matching “{search}”: {count} shown': {
    one: 'Pagadores que coinciden con “{search}”: {count} mostrado',
    other: 'Pagadores que coinciden con “{search}”: {count} mostrados',
  },
  'Payers: {count} shown, more to load': { one: 'Pagadores: {count} mostrado, hay más por cargar', other: 'Pagadores: {count} mostrados, hay más por cargar' },
  'Payers: {count} shown': { one: 'Pagadores: {count} mostrado', other: 'Pagadores: {count} mostrados' },
  'No payer or resident matches “{search}”.': 'Ningún pagador ni residente coincide con “{search}”.',
  'There are no payers yet.': 'Todavía no hay pagadores.',
};
