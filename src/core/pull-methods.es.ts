// area: staff
import type { Catalog } from './i18n/translate.js';

/** Which of a payer's methods staff may pull from, and who the payer is (`pull-methods.ts`), in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'It cannot be used to pay now.': 'Por ahora no se puede usar para pagar.',
  'the payer has not authorized it for recurring payments.': 'el pagador no lo autorizó para pagos recurrentes.',
  'Resident.': 'Residente.',
  '{relationship} of {resident}.': '{relationship} de {resident}.',
  'Contact of {resident}.': 'Contacto de {resident}.',
};
