// area: staff
import type { Catalog } from './i18n/translate.js';

/** What a change to a portal profile does to the people who have it, in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  '{list} and {last}': '{list} y {last}',
  '{list} or {last}': '{list} o {last}',
  nobody: 'nadie',
  '{count} users': { one: '{count} usuario', other: '{count} usuarios' },
  '{count} invitations': { one: '{count} invitación', other: '{count} invitaciones' },
  '{who} will no longer be able to {abilities}.': { one: '{who} ya no podrá {abilities}.', other: '{who} ya no podrán {abilities}.' },
  '{who} will be able to {abilities}.': { one: '{who} podrá {abilities}.', other: '{who} podrán {abilities}.' },
  'People given it later will not be able to {abilities}.': 'Quienes reciban este perfil más adelante no podrán {abilities}.',
  'People given it later will be able to {abilities}.': 'Quienes reciban este perfil más adelante podrán {abilities}.',
  'With no permission left, they will see only a notice that their access does not include billing, with the billing office’s contact.':
    'Sin ningún permiso, solo verán un aviso de que su acceso no incluye la facturación, con los datos de contacto de la oficina de facturación.',
  'The profile of {people} will be called “{after}” instead of “{before}”.': 'El perfil de {people} pasará a llamarse “{after}” en lugar de “{before}”.',
  'The profile will be called “{after}” instead of “{before}”.': 'El perfil pasará a llamarse “{after}” en lugar de “{before}”.',
  'Its description will change.': 'Su descripción cambiará.',
  'Nobody has this profile now.': 'Nadie tiene este perfil en este momento.',
  'This applies at once, from their next page.': 'Esto se aplica de inmediato, desde la próxima página que abran.',
};
