import type { Catalog } from './i18n/translate.js';

/** What the invited person reads when a link cannot be used or accepting fails, in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'This invitation has expired': 'Esta invitación venció',
  'Invitation links work for 30 days, and this one is older. Ask {office} to resend your invitation: you will get a new email with a new link.':
    'Los enlaces de invitación funcionan durante 30 días, y este es más antiguo. Pida a {office} que le vuelva a enviar la invitación: recibirá un nuevo correo electrónico con un nuevo enlace.',
  'This invitation was already used': 'Esta invitación ya se usó',
  'It has been accepted, and a link works only once. If that was you, sign in to the portal with your email address. If it was not, call {office}.':
    'Ya se aceptó, y cada enlace funciona una sola vez. Si fue usted, inicie sesión en el portal con su dirección de correo electrónico. Si no fue usted, llame a {office}.',
  'This invitation link does not work': 'Este enlace de invitación no funciona',
  'It may have been replaced by a newer invitation: open the link in the most recent email you received. Otherwise ask {office} to send you a new invitation.':
    'Es posible que una invitación más reciente lo haya reemplazado: abra el enlace del último correo electrónico que recibió. Si no, pida a {office} que le envíe una nueva invitación.',
  'Open the link from your invitation email': 'Abra el enlace de su correo electrónico de invitación',
  'This page works with the link in the invitation email you received. Open that link again, or ask {office} to send you a new invitation.':
    'Esta página funciona con el enlace del correo electrónico de invitación que recibió. Vuelva a abrir ese enlace o pida a {office} que le envíe una nueva invitación.',
  "{community}'s business office": 'la oficina administrativa de {community}',
  "the community's business office": 'la oficina administrativa de la comunidad',
  'The invitation was not accepted. {reason}': 'No se aceptó la invitación. {reason}',
  "We could not reach the portal, so we don't know whether the invitation was accepted. Try again; if it was, you will be told the link was already used and can sign in with your email.":
    'No pudimos comunicarnos con el portal, así que no sabemos si se aceptó la invitación. Inténtelo de nuevo; si ya se aceptó, se le indicará que el enlace ya se usó y podrá iniciar sesión con su correo electrónico.',
  'Something went wrong and the invitation was not accepted. Please try again.': 'Algo salió mal y no se aceptó la invitación. Por favor, inténtelo de nuevo.',
};
