import type { Catalog } from '../../core/i18n/translate.js';

/** `<alis-accept-invitation>` in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'Your invitation': 'Su invitación',
  'Opening your invitation…': 'Abriendo su invitación…',
  "{inviter} of {community} invited you to the resident portal, to see {resident}'s billing.":
    '{inviter}, de {community}, le envió una invitación al portal para residentes para ver la facturación de {resident}.',
  'Invited by': 'Invitación de',
  Resident: 'Residente',
  'You are': 'Usted es',
  'You sign in with': 'Inicia sesión con',
  'Your access': 'Su acceso',
  'What you will be able to do': 'Lo que podrá hacer',
  'The link works until': 'El enlace funciona hasta',
  'Your name': 'Su nombre',
  "How {community}'s billing team will see you.": 'Así aparecerá ante el equipo de facturación de {community}.',
  'Accepting…': 'Aceptando…',
  'Accept invitation': 'Aceptar la invitación',
  'Welcome, {name}': 'Le damos la bienvenida, {name}',
  'You accepted the invitation from {community}.': 'Aceptó la invitación de {community}.',
  'You accepted the invitation.': 'Aceptó la invitación.',
  "You can now see {resident}'s billing and pay online.": 'Ahora puede ver la facturación de {resident} y pagar en línea.',
  "You can now see {resident}'s billing.": 'Ahora puede ver la facturación de {resident}.',
  'From now on, sign in with {email}.': 'De ahora en adelante, inicie sesión con {email}.',
  'Enter your name.': 'Ingrese su nombre.',
  'Enter your name to accept the invitation.': 'Ingrese su nombre para aceptar la invitación.',
  'Welcome, {name}. You accepted the invitation.': 'Le damos la bienvenida, {name}. Aceptó la invitación.',
};
