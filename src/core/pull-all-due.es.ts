// area: staff
import type { Catalog } from './i18n/translate.js';

/** "Pull all due" (`pull-all-due.ts`): each row's status and the run's summary, in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'The card was declined.': 'La tarjeta fue rechazada.',
  '{count} pulled': { one: '{count} cobrado', other: '{count} cobrados' },
  '{count} declined': { one: '{count} rechazado', other: '{count} rechazados' },
  '{count} refused': { one: '{count} denegado', other: '{count} denegados' },
  '{count} not pulled yet': { one: '{count} aún sin cobrar', other: '{count} aún sin cobrar' },
  'Nothing pulled': 'No se cobró nada',
  Waiting: 'En espera',
  'Pulling…': 'Cobrando…',
  'Pulled {references}': 'Cobrado {references}',
  'Pulled {references}; declined (card) {declined}: {reason}': 'Cobrado {references}; rechazado (tarjeta) {declined}: {reason}',
  'Declined (card) {declined}: {reason}': 'Rechazado (tarjeta) {declined}: {reason}',
  'Refused: {reason}': 'Denegado: {reason}',
  'Not confirmed: the connection dropped': 'Sin confirmar: se perdió la conexión',
};
