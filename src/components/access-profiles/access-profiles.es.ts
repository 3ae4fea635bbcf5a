import type { Catalog } from '../../core/i18n/translate.js';

/** `<alis-access-profiles>` (the table, the profile form and the delete confirmation) in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  // access-profiles.ts
  'User profiles': 'Perfiles de usuario',
  'Loading user profiles…': 'Cargando perfiles de usuario…',
  'staff only: what|User profiles': 'La gestión de perfiles de usuario',
  'A profile decides what a portal user may do. A change reaches everyone who has it at once; only a profile nobody has can be deleted.':
    'Un perfil determina lo que puede hacer un usuario del portal. Un cambio llega de inmediato a todas las personas que lo tienen; solo se puede eliminar un perfil que nadie tenga.',
  '+ New profile': '+ Nuevo perfil',
  'There are no portal profiles yet.': 'Todavía no hay perfiles del portal.',
  'Portal profiles and who has them': 'Perfiles del portal y quién los tiene',
  Profile: 'Perfil',
  'What it allows': 'Lo que permite',
  'Active users': 'Usuarios activos',
  'Pending invitations': 'Invitaciones pendientes',
  Actions: 'Acciones',
  'profile row button|Change': 'Cambiar',
  'profile row button|Delete': 'Eliminar',
  'the profile {name}': 'el perfil {name}',
  // What failed to load, after "Cargando" and "No pudimos cargar".
  'your …|profile form': 'el formulario del perfil',
  'your …|confirmation': 'la confirmación',
  // profile-actions.ts
  'Deleted the profile “{name}”.': 'Se eliminó el perfil “{name}”.',
  // profile-form.ts
  'Change the profile “{name}”': 'Cambiar el perfil “{name}”',
  'New profile': 'Nuevo perfil',
  Name: 'Nombre',
  Description: 'Descripción',
  '(optional)': '(opcional)',
  'What people with this profile may do': 'Lo que pueden hacer las personas con este perfil',
  'With none checked, they see only a notice that their access does not include billing.': 'Si no marca ninguno, solo verán un aviso de que su acceso no incluye la facturación.',
  'Nothing is changed yet. {who}.': 'Todavía no ha cambiado nada. {who}.',
  Cancel: 'Cancelar',
  'Saving…': 'Guardando…',
  'Save changes': 'Guardar cambios',
  'Create profile': 'Crear perfil',
  'Delete the profile “{name}”?': '¿Eliminar el perfil “{name}”?',
  'Keep the profile': 'Conservar el perfil',
  'Deleting…': 'Eliminando…',
  'Delete profile': 'Eliminar perfil',
};
