import type { Catalog } from '../../core/i18n/translate.js';

/** `<alis-audit-trail>` in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'who made a change|billing team': 'equipo de facturación',
  'who made a change|payer': 'pagador',
  'who made a change|automatic': 'automático',
  History: 'Historial',
  'Loading the history…': 'Cargando el historial…',
  'staff only: what|The history of changes': 'El historial de cambios',
  'No change has been recorded here yet.': 'Todavía no se ha registrado ningún cambio aquí.',
  'Newest first. Times are {community} time ({timeZone}).': 'Los más recientes primero. Las horas corresponden a la hora de {community} ({timeZone}).',
  'What changed': 'Qué cambió',
  Field: 'Campo',
  Before: 'Antes',
  After: 'Después',
};
