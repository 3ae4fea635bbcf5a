import type { Catalog } from '../../core/i18n/translate.js';

/** `<alis-connect-access>` (the list, the invite form and the row confirmations) in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  // connect-access.ts
  'Portal access': 'Acceso al portal',
  'Loading portal users…': 'Cargando usuarios del portal…',
  'staff only: what|Portal access': 'El acceso al portal',
  'status filter|Show': 'Mostrar',
  'status filter|Everyone': 'Todos',
  '+ Invite someone': '+ Invitar a alguien',
  'User profiles: what each may do': 'Perfiles de usuario: lo que permite cada uno',
  Profiles: 'Perfiles',
  // access-actions.ts: "Daniel ahora tiene el perfil nuevo."
  'a profile not on screen|the new profile': 'nuevo',
  // confirmation-panel.ts
  'Send {email} a new invitation link?': '¿Enviar un nuevo enlace de invitación a {email}?',
  'The link sent earlier stops working at once: if {name} opens the earlier email, they will be told the link is not valid and must use the new one. The new link works once and expires after 30 days.':
    'El enlace enviado antes deja de funcionar de inmediato: si {name} abre el correo anterior, se le indicará que el enlace no es válido y que debe usar el nuevo. El nuevo enlace funciona una sola vez y vence a los 30 días.',
  'Keep the current link': 'Conservar el enlace actual',
  'Send new link': 'Enviar enlace nuevo',
  'Sending…': 'Enviando…',
  "Revoke {name}'s access?": '¿Revocar el acceso de {name}?',
  'The link sent earlier has expired, so {name} cannot accept it. The new link works once and expires after 30 days.':
    'El enlace enviado antes ya venció, así que {name} no puede aceptarlo. El nuevo enlace funciona una sola vez y vence a los 30 días.',
  'Cancel the invitation to {email}?': '¿Cancelar la invitación a {email}?',
  'The invitation has expired, so {name} cannot accept it; once cancelled, it cannot be sent again either. {name} never had access. To give them access later, invite them again.':
    'La invitación ya venció, así que {name} no puede aceptarla; una vez cancelada, tampoco se puede volver a enviar. {name} nunca tuvo acceso. Para darle acceso más adelante, envíele una nueva invitación.',
  'The invitation link stops working at once and cannot be accepted. {name} has no access yet and will not get it from this invitation. To give them access later, invite them again.':
    'El enlace de la invitación deja de funcionar de inmediato y ya no se puede aceptar. {name} todavía no tiene acceso y no lo obtendrá con esta invitación. Para darle acceso más adelante, envíele una nueva invitación.',
  'Keep the invitation': 'Conservar la invitación',
  'Cancel the invitation': 'Cancelar la invitación',
  'Cancelling…': 'Cancelando…',
  "{name} loses access at once: every page of the portal refuses them from now on, and they can no longer see {resident}'s billing or pay. This cannot be undone; to give access back, invite them again.":
    '{name} pierde el acceso de inmediato: a partir de ahora, todas las páginas del portal le negarán la entrada y ya no podrá ver la facturación de {resident} ni pagar. Esto no se puede deshacer; para devolverle el acceso, envíele una nueva invitación.',
  "{name} loses access at once: every page of the portal refuses them from now on, and they can no longer see the resident's billing or pay. This cannot be undone; to give access back, invite them again.":
    '{name} pierde el acceso de inmediato: a partir de ahora, todas las páginas del portal le negarán la entrada y ya no podrá ver la facturación del residente ni pagar. Esto no se puede deshacer; para devolverle el acceso, envíele una nueva invitación.',
  'Keep access': 'Conservar el acceso',
  'Revoke access': 'Revocar el acceso',
  'Revoking…': 'Revocando…',
  "Change {name}'s profile": 'Cambiar el perfil de {name}',
  'The new profile applies at once.': 'El nuevo perfil se aplica de inmediato.',
  'Change the profile of the invitation to {email}': 'Cambiar el perfil de la invitación a {email}',
  'The invitation carries the new profile. It has expired: resend it for {name} to accept it and get this profile.':
    'La invitación lleva el nuevo perfil. Ya venció: reenvíela para que {name} la acepte y obtenga este perfil.',
  'The invitation carries the new profile: {name} gets it on accepting the invitation.': 'La invitación lleva el nuevo perfil: {name} lo obtiene al aceptar la invitación.',
  Cancel: 'Cancelar',
  'Save profile': 'Guardar perfil',
  'Saving…': 'Guardando…',
  // invite-form.ts
  'Invite someone to the portal': 'Invitar a alguien al portal',
  'They get an email with a link that works once and expires after 30 days. Accepting it gives them the profile you choose, for the person you choose.':
    'La persona recibirá un correo electrónico con un enlace que funciona una sola vez y vence a los 30 días. Al aceptarlo, obtendrá el perfil que usted elija, para la persona que elija.',
  'Email address': 'Correo electrónico',
  'Resident or contact': 'Residente o contacto',
  "Who this person is: the resident, or one of the resident's contacts. Their profile decides whether they see all of the resident's billing; they pay only what is addressed to them.":
    'Quién es esta persona: el residente o uno de los contactos del residente. Su perfil determina si ve toda la facturación del residente; solo paga lo que está dirigido a su nombre.',
  'Loading residents…': 'Cargando residentes…',
  'Choose a resident or contact…': 'Elija un residente o contacto…',
  '{name} (the resident)': '{name} (residente)',
  '{name} ({relationship} of {resident})': '{name} ({relationship} de {resident})',
  "I confirm that this person may see {resident}'s sensitive billing information.": 'Confirmo que esta persona puede ver la información de facturación confidencial de {resident}.',
  "I confirm that this person may see the resident's sensitive billing information.": 'Confirmo que esta persona puede ver la información de facturación confidencial del residente.',
  'Send invitation': 'Enviar invitación',
  // permissions-list.ts
  'What {profile} allows': 'Lo que permite {profile}',
  'No access to billing': 'Sin acceso a la facturación',
  // profile-choices.ts
  'User profile': 'Perfil de usuario',
  '(current profile)': '(perfil actual)',
  // users-table.ts
  'Portal users and invitations': 'Usuarios del portal e invitaciones',
  '({count} shown)': { one: '({count} mostrado)', other: '({count} mostrados)' },
  'Name and email': 'Nombre y correo electrónico',
  Resident: 'Residente',
  Profile: 'Perfil',
  Status: 'Estado',
  'date column|Invited': 'Invitación',
  'Last change': 'Último cambio',
  Actions: 'Acciones',
  'Sent {count} times': { one: 'Enviada {count} vez', other: 'Enviada {count} veces' },
  'Not yet accepted; the link expires {moment}': 'Aún no aceptada; el enlace vence el {moment}',
  'Expired {moment}; resend to give a new link': 'Venció el {moment}; reenvíela para dar un enlace nuevo',
  'Since {date}': 'Desde el {date}',
  'On {date}': 'El {date}',
  'Invite again': 'Invitar de nuevo',
  'whom “Invite again” is for|{name}': 'a {name}',
  Resend: 'Reenviar',
  'the invitation to {email}': 'la invitación a {email}',
  'Change profile': 'Cambiar perfil',
  'of {name}': 'de {name}',
  Revoke: 'Revocar',
  'Cancel invitation': 'Cancelar invitación',
  'after “Cancel invitation”|to {name}': 'a {name}',
  'the access of {name}': 'el acceso de {name}',
};
