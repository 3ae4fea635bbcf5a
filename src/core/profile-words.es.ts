// area: staff
import type { Catalog } from './i18n/translate.js';

/** What the User profiles form decides and says, in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'Enter a name for the profile.': 'Ingrese un nombre para el perfil.',
  'The profile was not saved: enter a name.': 'No se guardó el perfil: ingrese un nombre.',
  'Nothing to save: the profile is as it was.': 'No hay nada que guardar: el perfil está igual que antes.',
  'Something went wrong; the profile was not saved. Please try again.': 'Algo salió mal; no se guardó el perfil. Intente de nuevo.',
  'The profile was not saved. {reason}': 'No se guardó el perfil. {reason}',
  'There is already a profile with this name. Choose another one.': 'Ya existe un perfil con este nombre. Elija otro.',
  'Not deleted. {reason}': 'No se eliminó. {reason}',
  'Something went wrong; the profile was not deleted.': 'Algo salió mal; no se eliminó el perfil.',
  "We could not reach the billing service, so we don't know whether the profile was saved. Reload the list to check before trying again.":
    'No pudimos comunicarnos con el servicio de facturación, así que no sabemos si se guardó el perfil. Vuelva a cargar la lista para comprobarlo antes de intentarlo de nuevo.',
  "We could not reach the billing service, so we don't know whether the profile was deleted. Reload the list to check before trying again.":
    'No pudimos comunicarnos con el servicio de facturación, así que no sabemos si se eliminó el perfil. Vuelva a cargar la lista para comprobarlo antes de intentarlo de nuevo.',
  'Nobody has it': 'Nadie lo tiene',
  '{people} have it': { one: '{people} lo tiene', other: '{people} lo tienen' },
  "Created the profile “{name}”. It can now be chosen when inviting someone or changing a user's profile.":
    'Se creó el perfil “{name}”. Ya se puede elegir al invitar a alguien o al cambiar el perfil de un usuario.',
  'Saved the profile “{name}”; the change applies at once to {people}.': 'Se guardó el perfil “{name}”; el cambio se aplica de inmediato a {people}.',
  'Saved the profile “{name}”.': 'Se guardó el perfil “{name}”.',
  '{who}, and a profile can be deleted only when nobody has it. Give them another profile in Portal access first.':
    '{who}, y un perfil solo se puede eliminar cuando nadie lo tiene. Primero asígneles otro perfil en Acceso al portal.',
  'Nobody has it. Once deleted it can no longer be given to anyone; this cannot be undone.':
    'Nadie lo tiene. Una vez eliminado, ya no se podrá asignar a nadie; esto no se puede deshacer.',
};
