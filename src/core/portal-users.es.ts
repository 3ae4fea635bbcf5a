// area: staff
import type { Catalog } from './i18n/translate.js';

/** The Portal access list's statuses, checks and outcomes in Spanish, keyed by the English they replace. */
export const spanish: Catalog = {
  'portal user status|Invited': 'Invitado',
  'portal user status|Active': 'Activo',
  'portal user status|Revoked or cancelled': 'Revocado o cancelado',
  'Invitation expired': 'Invitación vencida',
  'Access revoked': 'Acceso revocado',
  'Invitation cancelled': 'Invitación cancelada',
  'No portal users with the status "{status}".': 'No hay usuarios del portal con el estado "{status}".',
  'No one has been invited to the portal yet.': 'Todavía no se ha invitado a nadie al portal.',
  "Enter the person's email address.": 'Ingrese la dirección de correo electrónico de la persona.',
  'Enter an email address like name@example.com.': 'Ingrese una dirección de correo electrónico como nombre@ejemplo.com.',
  'Choose the resident, or the contact of the resident, this person is.': 'Elija quién es esta persona: el residente o uno de los contactos del residente.',
  'Choose what this person may do in the portal.': 'Elija lo que esta persona puede hacer en el portal.',
  "Confirm that this person may see the resident's sensitive billing information; nothing is sent until you do.":
    'Confirme que esta persona puede ver la información de facturación confidencial del residente; no se enviará nada hasta que lo confirme.',
  'The invitation was not sent: {count} fields need attention.': {
    one: 'No se envió la invitación: {count} campo requiere su atención.',
    other: 'No se envió la invitación: {count} campos requieren su atención.',
  },
  'The invitation was not sent. {reason}': 'No se envió la invitación. {reason}',
  'This email already has access to the portal or a pending invitation.': 'Este correo electrónico ya tiene acceso al portal o una invitación pendiente.',
  "We could not reach the billing service, so we don't know whether the invitation was sent. Try again: if it was, you will be told that this email already has a pending invitation.":
    'No pudimos comunicarnos con el servicio de facturación, así que no sabemos si se envió la invitación. Intente de nuevo: si ya se envió, se le indicará que este correo electrónico ya tiene una invitación pendiente.',
  'Something went wrong; the invitation was not sent. Please try again.': 'Algo salió mal; no se envió la invitación. Intente de nuevo.',
  'Invitation sent to {email} for {party}. The link expires {expires}.': 'Se envió la invitación a {email} para {party}. El enlace vence el {expires}.',
  'Invitation sent to {email}. The link expires {expires}.': 'Se envió la invitación a {email}. El enlace vence el {expires}.',
  'A new invitation link was sent to {email}; the earlier link no longer works. The new one expires {expires}.':
    'Se envió un nuevo enlace de invitación a {email}; el enlace anterior ya no funciona. El nuevo vence el {expires}.',
  "{name}'s access was revoked; the portal refuses them from now on.": 'Se revocó el acceso de {name}; a partir de ahora, el portal le negará la entrada.',
  'The invitation to {email} was cancelled; its link no longer works.': 'Se canceló la invitación a {email}; su enlace ya no funciona.',
  '{name} now has the profile {profile}.': '{name} ahora tiene el perfil {profile}.',
  'The invitation to {email} now carries the profile {profile}.': 'La invitación a {email} ahora lleva el perfil {profile}.',
  '{name} already has this profile. Choose another one, or cancel.': '{name} ya tiene este perfil. Elija otro o cancele.',
  "We could not reach the billing service, so we don't know whether this was done. Reload the list to check before trying again.":
    'No pudimos comunicarnos con el servicio de facturación, así que no sabemos si se realizó esta acción. Vuelva a cargar la lista para comprobarlo antes de intentarlo de nuevo.',
  'Something went wrong; nothing was changed. Please try again.': 'Algo salió mal; no se cambió nada. Intente de nuevo.',
};
